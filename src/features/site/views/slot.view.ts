import type { RenderedSlots, SlotName } from '../../../platform/layout/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'

// A slot's blocks on a line of their own. An empty slot adds nothing to the page, not even a
// line: a page with no blocks placed there reads exactly as it did before slots existed.
export function slotView(slots: RenderedSlots, slot: SlotName): SafeHtml | '' {
  return slots[slot].value ? html`\n<div class="slot slot-${slot}">${slots[slot]}</div>` : ''
}
