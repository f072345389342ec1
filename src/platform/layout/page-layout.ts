import type { NewsroomEventBus } from '../events.ts'
import { html, type SafeHtml } from '../views/html.ts'
import type { BlockRegistry } from './block-registry.ts'
import { resolveLayout, type Layout, type Placement } from './placement.ts'
import { SLOTS, type SlotName } from './slots.ts'

/** Each slot's markup: its shown blocks one after another; an empty slot is empty. */
export type RenderedSlots = Record<SlotName, SafeHtml>

/**
 * The blocks of every public page, slot by slot, as the administrator placed them. The
 * placements are read once and kept until 'layout.changed'; the slots' markup is kept until
 * the layout or one of its blocks changes.
 */
export class PageLayout {
  #layout: Promise<Layout> | undefined
  #slots: Promise<RenderedSlots> | undefined

  constructor(
    events: NewsroomEventBus,
    readonly blocks: BlockRegistry,
    /** What the administrator stored (nothing: every block where it goes by default). */
    private readonly readPlacements: () => Promise<Placement[]>,
  ) {
    for (const name of ['layout.changed', 'instance.resync'] as const) {
      events.on(name, () => {
        this.#layout = undefined
        this.#slots = undefined
      })
    }
    // Blocks are added after the chrome exists (platform: after every module's services), so
    // the registry says when one goes stale rather than a list of events read now.
    blocks.onStale(() => (this.#slots = undefined))
  }

  layout(): Promise<Layout> {
    if (!this.#layout) {
      const reading = this.readPlacements().then((stored) => resolveLayout(this.blocks.list(), stored))
      this.#layout = reading
      reading.catch(() => {
        if (this.#layout === reading) this.#layout = undefined
      })
    }
    return this.#layout
  }

  slots(): Promise<RenderedSlots> {
    if (!this.#slots) {
      const rendering = this.layout().then((layout) => renderSlots(this.blocks, layout))
      this.#slots = rendering
      rendering.catch(() => {
        if (this.#slots === rendering) this.#slots = undefined
      })
    }
    return this.#slots
  }
}

async function renderSlots(blocks: BlockRegistry, layout: Layout): Promise<RenderedSlots> {
  const rendered = await Promise.all(SLOTS.map(async (slot) => {
    const shown = layout[slot].filter((p) => p.shown).map((p) => blocks.find(p.blockId)).filter((b) => b !== undefined)
    return html`${await Promise.all(shown.map((b) => blocks.render(b)))}`
  }))
  return Object.fromEntries(SLOTS.map((slot, i) => [slot, rendered[i]!])) as RenderedSlots
}
