import { findPlacement, SLOT_TITLES, SLOTS, type Block, type Layout, type SlotName } from '../../../platform/layout/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { actionButton, ADMIN, csrfField, moveButtons, notice } from './admin-form.view.ts'

export const LAYOUT = `${ADMIN}/bo-cuc`

/** Every slot of the public pages with its blocks in order, and what may be added to it. */
export function blockLayoutView(layout: Layout, blocks: readonly Block[], csrfToken: string, message?: string): SafeHtml {
  const titleOf = (id: string) => blocks.find((b) => b.id === id)?.title ?? id
  return html`<p><a href="${ADMIN}">Quản trị</a> › Bố cục trang</p>
<h1>Bố cục trang</h1>
${notice(message)}
<p class="muted">Các khối hiện ở mỗi vùng của trang công khai theo thứ tự dưới đây. Khối bị ẩn vẫn giữ chỗ để hiện lại.</p>
${SLOTS.map((slot) => html`<section class="layout-slot" data-slot="${slot}" aria-labelledby="vung-${slot}">
<h2 id="vung-${slot}">${SLOT_TITLES[slot]}</h2>
${layout[slot].length === 0 ? html`<p class="muted">Chưa có khối nào ở vùng này.</p>` : html`<ol class="slot-blocks">
${layout[slot].map((p) => html`<li data-block="${p.blockId}"><span class="block-name">${titleOf(p.blockId)}</span>${p.shown ? '' : html` <small class="muted">(đang ẩn)</small>`}
${moveButtons(`${LAYOUT}/khoi/${p.blockId}`, titleOf(p.blockId), csrfToken)}
${blocks.find((b) => b.id === p.blockId)?.alwaysShown ? html` <small class="muted">(luôn hiện)</small>`
    : p.shown ? actionButton(`${LAYOUT}/khoi/${p.blockId}/an`, 'Ẩn', csrfToken, `Ẩn “${titleOf(p.blockId)}”`)
    : actionButton(`${LAYOUT}/khoi/${p.blockId}/hien`, 'Hiện', csrfToken, `Hiện “${titleOf(p.blockId)}”`)}</li>`)}
</ol>`}
${addBlockForm(slot, layout, blocks, csrfToken)}
</section>`)}`
}

/** The blocks that may go in this slot and are not in it yet (a block in another slot moves here). */
function addBlockForm(slot: SlotName, layout: Layout, blocks: readonly Block[], csrfToken: string): SafeHtml | '' {
  const candidates = blocks.filter((b) => b.slots.includes(slot) && findPlacement(layout, b.id)?.slot !== slot)
  if (candidates.length === 0) return ''
  return html`<form method="post" action="${LAYOUT}/vung/${slot}" class="add-block">${csrfField(csrfToken)}
<label for="them-${slot}">Thêm khối vào vùng này</label>
<select id="them-${slot}" name="khoi">${candidates.map((b) => {
    const now = findPlacement(layout, b.id)?.slot
    return html`<option value="${b.id}">${b.title}${now ? ` (đang ở vùng “${SLOT_TITLES[now]}”)` : ''}</option>`
  })}</select>
<button type="submit">Thêm</button>
</form>`
}
