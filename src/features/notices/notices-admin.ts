import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { html } from '../../platform/views/html.ts'
import {
  actionButton, adminFormView, adminListView, adminScreenRoutes, adminTable, announcedChanges, checkboxField, FormCheck, inputField, moveWithin,
  positionField, textareaField, type AdminScreen, type FormValues,
} from '../admin-kit/index.ts'
import { deleteNotice, findNotice, insertNotice, listNotices, updateNotice, type Notice, type NoticeInput } from './notice.repository.ts'

const L = '/toa-soan/thong-bao'
const FIELDS = ['title', 'body', 'linkUrl', 'shown', 'position'] as const

/** /toa-soan/thong-bao: the notices, for those who hold notice.edit (editors, approvers, administrators). */
export function noticesAdminRoutes(deps: { db: Db; clock: Clock; events: NewsroomEventBus }) {
  const change = announcedChanges(deps, 'notices.changed', () => ({}))
  const screen: AdminScreen<Notice, NoticeInput> = {
    right: 'notice.edit',
    path: '/thong-bao',
    list: {
      path: '/thong-bao',
      page: async (csrfToken, message) => ({
        title: 'Thông báo',
        main: adminListView({
          trail: [{ label: 'Thông báo' }], heading: 'Thông báo', message, add: { href: `${L}/moi`, label: 'Thêm thông báo' },
          empty: 'Chưa có thông báo nào.',
          items: adminTable({
            className: 'notices', caption: 'Các thông báo, theo thứ tự bạn đọc thấy', rows: await listNotices(deps.db), idOf: (n) => n.id,
            columns: [
              { label: 'Tiêu đề', cell: (n) => html`<a href="${L}/${n.id}">${n.title}</a>` },
              { label: 'Bạn đọc thấy', cell: (n) => (n.shown ? 'Có' : 'Không') },
              { label: 'Thao tác', cell: (n) => html`${actionButton(`${L}/${n.id}/len`, '↑', csrfToken, `Đưa “${n.title}” lên`)} ${actionButton(`${L}/${n.id}/xuong`, '↓', csrfToken, `Đưa “${n.title}” xuống`)} ${actionButton(`${L}/${n.id}/xoa`, 'Xóa', csrfToken, `Xóa “${n.title}”`)}` },
            ],
          }),
        }),
      }),
    },
    fields: FIELDS,
    find: (id) => findNotice(deps.db, id),
    notFound: { message: 'Notice not found', messageVi: 'Không tìm thấy thông báo.' },
    valuesOf: (n) => ({ title: n.title, body: n.body, linkUrl: n.linkUrl, shown: n.shown ? '1' : '', position: String(n.position) }),
    parse: async (values, editing) => parseNotice(values, editing, await listNotices(deps.db)),
    formPage: async (editing, form, csrfToken) => ({
      title: editing ? 'Sửa thông báo' : 'Thêm thông báo',
      main: adminFormView({
        trail: [{ label: 'Thông báo', href: L }], heading: editing ? 'Sửa thông báo' : 'Thêm thông báo',
        action: `${L}${editing ? `/${editing.id}` : ''}`, form, csrfToken,
        fields: [
          inputField(form, 'title', 'Tiêu đề', { required: true, maxlength: 200 }),
          textareaField(form, 'body', 'Nội dung ngắn (không bắt buộc)', 500),
          inputField(form, 'linkUrl', 'Liên kết (không bắt buộc), bắt đầu bằng https:// hoặc /', { maxlength: 500 }),
          checkboxField(form, 'shown', 'Bạn đọc thấy thông báo này', { onWhenNew: true }),
          positionField(form),
        ],
      }),
    }),
    create: (actor, input) => change(actor, async (trx, now) => {
      const id = await insertNotice(trx, input, now)
      return { action: 'notice.create', itemType: 'notice', itemId: id, details: { title: input.title } }
    }),
    update: (actor, notice, input) => change(actor, async (trx, now) => {
      await updateNotice(trx, notice.id, input, now)
      return { action: 'notice.update', itemType: 'notice', itemId: notice.id, details: { before: notice.title, after: input.title } }
    }),
    remove: (actor, notice) => change(actor, async (trx) => {
      await deleteNotice(trx, notice.id)
      return { action: 'notice.delete', itemType: 'notice', itemId: notice.id, details: { title: notice.title } }
    }),
    move: (actor, notice, direction) => change(actor, async (trx, now) => {
      const all = await listNotices(trx)
      const order = moveWithin(all.map((n) => n.id), notice.id, direction) ?? []
      for (const [position, id] of order.entries()) {
        const n = all.find((x) => x.id === id)!
        if (n.position !== position) await updateNotice(trx, id, { ...n, position }, now)
      }
      return { action: 'notice.move', itemType: 'notice', itemId: notice.id, details: { direction } }
    }),
  }
  return adminScreenRoutes(screen)
}

/** Every field's problem at once, in Vietnamese; a link is a web page or a path on this portal. */
function parseNotice(values: FormValues, editing: Notice | undefined, all: readonly Notice[]): NoticeInput {
  const check = new FormCheck(values)
  const title = check.text('title', 'tiêu đề', 200, { required: true })
  const body = check.text('body', 'nội dung', 500)
  const linkUrl = check.text('linkUrl', 'liên kết', 500)
  if (linkUrl && !isWebAddress(linkUrl)) check.fail('linkUrl', 'Liên kết phải là một trang web (https://…) hoặc một đường dẫn trong cổng (/…).')
  const position = check.position() ?? editing?.position ?? all.length
  check.done()
  return { title, body, linkUrl, shown: values.shown === '1', position }
}

function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false
  if (value.startsWith('/') && !value.startsWith('//')) return true
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}
