import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { ValidationError } from '../../platform/http/errors.ts'
import { formatNewsroomTime } from '../../platform/text/time.ts'
import { html } from '../../platform/views/html.ts'
import {
  actionButton, adminFormView, adminListView, adminScreenRoutes, adminTable, announcedChanges, checkboxField, inputField,
  selectField, type AdminScreen,
} from '../admin-kit/index.ts'
import { stateOf, type Poll, type PollInput } from './poll.ts'
import { deletePoll, findPoll, findPollBySlug, insertPoll, listPolls, updatePoll } from './poll.repository.ts'
import { typedNewsroomTime } from '../../platform/text/time.ts'
import { CHOICE_FIELDS, parsePollForm, POLL_FIELDS } from './poll-form.ts'
import { pollPath } from './paths.ts'
import { pollResultsView } from './views/poll.view.ts'
import { createLocale } from '../../platform/i18n/index.ts'

const L = '/toa-soan/binh-chon'
const STATE_WORDS = { upcoming: 'Chưa mở', open: 'Đang mở', closed: 'Đã kết thúc' } as const
const vietnamese = createLocale('vi')

/** /toa-soan/binh-chon: the polls, for those who hold poll.manage (editors, approvers, administrators). */
export function pollsAdminRoutes(deps: { db: Db; clock: Clock; events: NewsroomEventBus }) {
  const change = announcedChanges(deps, 'polls.changed', (audit) => ({ pollId: Number(audit.itemId) }))
  const screen: AdminScreen<Poll, PollInput> = {
    right: 'poll.manage',
    path: '/binh-chon',
    list: {
      path: '/binh-chon',
      page: async (csrfToken, message) => {
        const now = deps.clock.now()
        return {
          title: 'Bình chọn',
          main: adminListView({
            trail: [{ label: 'Bình chọn' }], heading: 'Bình chọn', message, add: { href: `${L}/moi`, label: 'Thêm cuộc bình chọn' },
            empty: 'Chưa có cuộc bình chọn nào.',
            items: adminTable({
              className: 'polls', caption: 'Các cuộc bình chọn, mới mở trước', rows: await listPolls(deps.db), idOf: (p) => p.id,
              columns: [
                { label: 'Câu hỏi', cell: (p) => html`<a href="${L}/${p.id}">${p.question}</a>` },
                { label: 'Trạng thái', cell: (p) => STATE_WORDS[stateOf(p, now)] },
                { label: 'Thời gian (giờ Việt Nam)', cell: (p) => `${formatNewsroomTime(p.opensAt)} – ${formatNewsroomTime(p.closesAt)}` },
                { label: 'Người bình chọn', cell: (p) => String(p.voters) },
                { label: 'Thao tác', cell: (p) => html`<a href="${pollPath(p.slug)}">Xem trang</a> ${actionButton(`${L}/${p.id}/xoa`, 'Xóa', csrfToken, `Xóa “${p.question}”`)}` },
              ],
            }),
          }),
        }
      },
    },
    fields: POLL_FIELDS,
    find: (id) => findPoll(deps.db, id),
    notFound: { message: 'Poll not found', messageVi: 'Không tìm thấy cuộc bình chọn.' },
    valuesOf: (p) => ({
      question: p.question, slug: p.slug, multiple: p.multiple ? '1' : '', resultsShown: p.resultsShown,
      opensAt: typedNewsroomTime(p.opensAt), closesAt: typedNewsroomTime(p.closesAt),
      ...Object.fromEntries(CHOICE_FIELDS.map((f, i) => [f, p.choices[i]?.label ?? ''])),
    }),
    parse: async (values, editing) => {
      const input = parsePollForm(values, editing)
      const holder = await findPollBySlug(deps.db, input.slug)
      if (holder && holder.id !== editing?.id) throw new ValidationError({ slug: `Đường dẫn “${input.slug}” đã thuộc cuộc bình chọn khác; xin chọn đường dẫn khác.` })
      return input
    },
    formPage: async (editing, form, csrfToken) => ({
      title: editing ? 'Sửa cuộc bình chọn' : 'Thêm cuộc bình chọn',
      main: html`${editing && editing.voters > 0 ? html`<h2>Kết quả đến lúc này</h2>${pollResultsView(editing, vietnamese)}` : ''}
${adminFormView({
        trail: [{ label: 'Bình chọn', href: L }], heading: editing ? 'Sửa cuộc bình chọn' : 'Thêm cuộc bình chọn',
        action: `${L}${editing ? `/${editing.id}` : ''}`, form, csrfToken,
        fields: [
          inputField(form, 'question', 'Câu hỏi', { required: true, maxlength: 300 }),
          inputField(form, 'slug', 'Đường dẫn (không bắt buộc: để trống để lấy từ câu hỏi)', { maxlength: 80, hint: 'Chữ thường không dấu, số và gạch nối; bạn đọc mở /binh-chon/đường-dẫn.' }),
          ...CHOICE_FIELDS.map((f, i) => inputField(form, f, `Phương án ${i + 1}${i < 2 ? '' : ' (không bắt buộc)'}`, { maxlength: 200, ...(i < 2 ? { required: true } : {}) })),
          checkboxField(form, 'multiple', 'Bạn đọc được chọn nhiều phương án'),
          inputField(form, 'opensAt', 'Mở lúc (giờ Việt Nam)', { required: true, maxlength: 20, hint: 'Ngày/tháng/năm giờ:phút, ví dụ 08/12/2026 08:00.' }),
          inputField(form, 'closesAt', 'Đóng lúc (giờ Việt Nam)', { required: true, maxlength: 20, hint: 'Sau giờ này biểu mẫu biến mất và phiếu không được nhận.' }),
          selectField(form, 'resultsShown', 'Bạn đọc xem kết quả', [
            { value: 'after-vote', label: 'Ngay sau khi bình chọn' }, { value: 'after-close', label: 'Khi cuộc bình chọn kết thúc' },
          ]),
        ],
      })}`,
    }),
    create: (actor, input) => change(actor, async (trx, now) => {
      const id = await insertPoll(trx, input, now)
      return { action: 'poll.create', itemType: 'poll', itemId: id, details: { question: input.question } }
    }),
    update: (actor, poll, input) => change(actor, async (trx, now) => {
      await updatePoll(trx, poll, input, now)
      return { action: 'poll.update', itemType: 'poll', itemId: poll.id, details: { before: poll.question, after: input.question } }
    }),
    remove: (actor, poll) => change(actor, async (trx) => {
      await deletePoll(trx, poll.id)
      return { action: 'poll.delete', itemType: 'poll', itemId: poll.id, details: { question: poll.question, voters: poll.voters } }
    }),
  }
  return adminScreenRoutes(screen)
}
