import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { formatNewsroomTime } from '../../platform/text/time.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import {
  actionButton, adminFormView, adminListView, adminScreenRoutes, announcedChanges, csrfField, FormCheck, moveWithin, selectField,
  type AdminScreen, type FormState, type FormValues,
} from '../admin-kit/index.ts'
import { HOME_SLOTS, SLOT_NAMES, SLOT_SIZES, type HomeSlot } from './home-arrangement.ts'
import { deleteHomePick, insertHomePick, isPublishedArticle, listHomePicks, listPickable, updateHomePick, type HomePick } from './home-picks.repository.ts'

const L = '/toa-soan/trang-chu'
const FIELDS = ['articleId', 'slot'] as const
/** The add list offers this many of the newest published articles not placed yet. */
const PICKABLE = 60

interface PickInput {
  articleId: number
  slot: HomeSlot
}

/**
 * /toa-soan/trang-chu: editors and administrators (home.arrange) choose the home page's lead
 * stories (tin tiêu điểm) and featured stories (tin nổi bật) and their order. Each change is
 * audited and announced ('home.arranged'), which purges the home page.
 */
export function homeArrangementRoutes(deps: { db: Db; clock: Clock; events: NewsroomEventBus }) {
  const change = announcedChanges(deps, 'home.arranged', () => ({}))
  const slotOrder = async (db: Db, slot: HomeSlot) => (await listHomePicks(db)).filter((p) => p.slot === slot)

  const screen: AdminScreen<HomePick, PickInput> = {
    right: 'home.arrange',
    path: '/trang-chu',
    list: {
      path: '/trang-chu',
      page: async (csrfToken, message) => {
        const picks = await listHomePicks(deps.db)
        return {
          title: 'Sắp xếp trang chủ',
          main: adminListView({
            trail: [{ label: 'Sắp xếp trang chủ' }], heading: 'Sắp xếp trang chủ', message, add: { href: `${L}/moi`, label: 'Đặt một bài lên trang chủ' },
            empty: '',
            items: html`${addForm(await listPickable(deps.db, PICKABLE), csrfToken)}
${HOME_SLOTS.map((slot) => slotView(slot, picks.filter((p) => p.slot === slot), csrfToken))}`,
            note: 'Khi một phần chưa đủ bài được chọn, trang chủ lấy thêm những bài mới nhất. Bài bị gỡ tự rời khỏi trang chủ.',
          }),
        }
      },
    },
    fields: FIELDS,
    find: async (id) => (await listHomePicks(deps.db)).find((p) => p.articleId === id),
    notFound: { message: 'Home page pick not found', messageVi: 'Bài này không có trên trang chủ.' },
    valuesOf: (p) => ({ articleId: String(p.articleId), slot: p.slot }),
    parse: (values, editing) => parsePick(deps.db, values, editing),
    formPage: async (editing, form, csrfToken) => ({
      title: editing ? 'Đổi chỗ bài trên trang chủ' : 'Đặt bài lên trang chủ',
      main: pickFormView(editing, form, csrfToken, await listPickable(deps.db, PICKABLE)),
    }),
    create: (actor, input) => change(actor, async (trx, now) => {
      const order = await slotOrder(trx, input.slot)
      await insertHomePick(trx, { ...input, position: order.length, pickedBy: actor.userId }, now)
      return { action: 'home.pick', itemType: 'article', itemId: input.articleId, details: { slot: input.slot } }
    }),
    update: (actor, pick, input) => change(actor, async (trx) => {
      if (input.slot !== pick.slot) await updateHomePick(trx, pick.articleId, { slot: input.slot, position: (await slotOrder(trx, input.slot)).length })
      return { action: 'home.move', itemType: 'article', itemId: pick.articleId, details: { from: pick.slot, to: input.slot } }
    }),
    remove: (actor, pick) => change(actor, async (trx) => {
      await deleteHomePick(trx, pick.articleId)
      return { action: 'home.unpick', itemType: 'article', itemId: pick.articleId, details: { slot: pick.slot } }
    }),
    move: (actor, pick, direction) => change(actor, async (trx) => {
      const order = await slotOrder(trx, pick.slot)
      const ids = moveWithin(order.map((p) => p.articleId), pick.articleId, direction) ?? []
      for (const [position, id] of ids.entries()) await updateHomePick(trx, id, { slot: pick.slot, position })
      return { action: 'home.move', itemType: 'article', itemId: pick.articleId, details: { slot: pick.slot, direction } }
    }),
  }

  return adminScreenRoutes(screen)
}

/** The kit's form of one pick (Lưu, Hủy): a new one, or moving one to the other list. */
function pickFormView(editing: HomePick | undefined, form: FormState, csrfToken: string, pickable: { id: number; title: string; publishedAt: Date }[]): SafeHtml {
  return adminFormView({
    trail: [{ label: 'Sắp xếp trang chủ', href: L }], heading: editing ? `Đổi chỗ “${editing.title}”` : 'Đặt bài lên trang chủ',
    action: `${L}${editing ? `/${editing.articleId}` : ''}`, form, csrfToken,
    fields: [
      editing
        ? html`<input type="hidden" name="articleId" value="${String(editing.articleId)}">`
        : selectField(form, 'articleId', 'Bài viết', [{ value: '', label: '(chọn một bài đã đăng)' }, ...pickable.map((a) => ({ value: String(a.id), label: `${a.title} (${formatNewsroomTime(a.publishedAt)})` }))]),
      selectField(form, 'slot', 'Đặt vào', HOME_SLOTS.map((s) => ({ value: s, label: `${SLOT_NAMES[s]} (tối đa ${SLOT_SIZES[s]} bài)` }))),
    ],
  })
}

/** The add form on the list itself: choose an article, choose where, press Thêm. */
function addForm(pickable: { id: number; title: string; publishedAt: Date }[], csrfToken: string): SafeHtml {
  return html`<form method="post" action="${L}" class="form home-pick-form">
${csrfField(csrfToken)}
<p class="field"><label for="f-articleId">Bài viết đã đăng</label><br>
<select id="f-articleId" name="articleId" required><option value="">(chọn một bài)</option>
${pickable.map((a) => html`<option value="${String(a.id)}">${a.title} (${formatNewsroomTime(a.publishedAt)})</option>`)}
</select></p>
<p class="field"><label for="f-slot">Đặt vào</label><br>
<select id="f-slot" name="slot">${HOME_SLOTS.map((s) => html`<option value="${s}">${SLOT_NAMES[s]}</option>`)}</select></p>
<p><button type="submit">Thêm</button></p>
</form>`
}

function slotView(slot: HomeSlot, picks: HomePick[], csrfToken: string): SafeHtml {
  const heading = `${SLOT_NAMES[slot]} (${picks.length}/${SLOT_SIZES[slot]})`
  return html`<section class="home-slot" aria-labelledby="vi-tri-${slot}">
<h2 id="vi-tri-${slot}">${heading}</h2>
${picks.length === 0 ? html`<p class="muted">Chưa chọn bài nào: trang chủ hiện những bài mới nhất.</p>` : html`<ol class="home-picks">
${picks.map((p) => html`<li data-id="${String(p.articleId)}">
${p.thumbnail ? html`<img src="${p.thumbnail}" alt="" width="96" height="64" loading="lazy">` : ''}
<span class="home-pick-title">${p.title}${p.isPublished ? '' : html` <strong class="muted">(đã gỡ, không hiện trên trang chủ)</strong>`}</span>
<span class="home-pick-actions">${actionButton(`${L}/${p.articleId}/len`, '↑', csrfToken, `Đưa “${p.title}” lên`)} ${actionButton(`${L}/${p.articleId}/xuong`, '↓', csrfToken, `Đưa “${p.title}” xuống`)}
<a href="${L}/${p.articleId}">Đổi chỗ</a> ${actionButton(`${L}/${p.articleId}/xoa`, 'Bỏ khỏi trang chủ', csrfToken, `Bỏ “${p.title}” khỏi trang chủ`)}</span>
</li>`)}
</ol>`}
</section>`
}

/** Every problem at once: a published article not placed yet, a place that is not full. */
async function parsePick(db: Db, values: FormValues, editing: HomePick | undefined): Promise<PickInput> {
  const check = new FormCheck(values)
  const rawId = values.articleId ?? ''
  const articleId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : Number.NaN
  if (editing) {
    if (articleId !== editing.articleId) check.fail('articleId', 'Không đổi được bài của chỗ này; xin bỏ bài rồi đặt bài khác.')
  } else if (!rawId) {
    check.fail('articleId', 'Xin chọn một bài viết.')
  } else if (!Number.isFinite(articleId) || !(await isPublishedArticle(db, articleId))) {
    check.fail('articleId', 'Chỉ đặt được lên trang chủ những bài đã đăng.')
  } else if ((await listHomePicks(db)).some((p) => p.articleId === articleId)) {
    check.fail('articleId', 'Bài này đã có trên trang chủ.')
  }
  const slot = values.slot === 'lead' || values.slot === 'featured' ? values.slot : undefined
  if (!slot) check.fail('slot', 'Xin chọn Tin tiêu điểm hoặc Tin nổi bật.')
  else if (slot !== editing?.slot && (await listHomePicks(db)).filter((p) => p.slot === slot).length >= SLOT_SIZES[slot]) {
    check.fail('slot', `${SLOT_NAMES[slot]} đã đủ ${SLOT_SIZES[slot]} bài: xin bỏ bớt một bài trước.`)
  }
  check.done()
  return { articleId, slot: slot! }
}
