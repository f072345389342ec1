import type { NewsroomEventBus } from '../events.ts'
import type { Lang, Locale } from '../i18n/index.ts'
import { html, type SafeHtml } from '../views/html.ts'
import type { Block } from './block.ts'
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
  /** Per language: a block's words, and whether it shows at all, depend on it. */
  readonly #slots = new Map<Lang, Promise<RenderedSlots>>()

  constructor(
    events: NewsroomEventBus,
    readonly blocks: BlockRegistry,
    /** What the administrator stored (nothing: every block where it goes by default). */
    private readonly readPlacements: () => Promise<Placement[]>,
  ) {
    for (const name of ['layout.changed', 'instance.resync'] as const) {
      events.on(name, () => {
        this.#layout = undefined
        this.#slots.clear()
      })
    }
    // Blocks are added after the chrome exists (platform: after every module's services), so
    // the registry says when one goes stale rather than a list of events read now.
    blocks.onStale(() => this.#slots.clear())
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

  /** The slots of a page in the locale's language. */
  slots(locale: Locale): Promise<RenderedSlots> {
    let slots = this.#slots.get(locale.lang)
    if (!slots) {
      const rendering = this.layout().then((layout) => renderSlots(this.blocks, layout, locale))
      slots = rendering
      this.#slots.set(locale.lang, rendering)
      rendering.catch(() => {
        if (this.#slots.get(locale.lang) === rendering) this.#slots.delete(locale.lang)
      })
    }
    return slots
  }
}

async function renderSlots(blocks: BlockRegistry, layout: Layout, locale: Locale): Promise<RenderedSlots> {
  const rendered = await Promise.all(SLOTS.map(async (slot) => {
    const shown = layout[slot].filter((p) => p.shown).map((p) => blocks.find(p.blockId)).filter((b): b is Block => b !== undefined && blocks.shownIn(b, locale.lang))
    return html`${await Promise.all(shown.map((b) => blocks.render(b, locale)))}`
  }))
  return Object.fromEntries(SLOTS.map((slot, i) => [slot, rendered[i]!])) as RenderedSlots
}
