import type { NewsroomEventBus } from '../events.ts'
import type { Lang, Locale } from '../i18n/index.ts'
import type { SafeHtml } from '../views/html.ts'
import type { Block } from './block.ts'

const BLOCK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The one place that knows every block the portal's features offer. Each block's markup is
 * kept until one of the events the block names (or a resync), so that a change to one block
 * (the "Đọc nhiều" list) does not read the others again.
 */
export class BlockRegistry {
  readonly #blocks: Block[] = []
  /** Keyed by block id, then by language: a block's markup is rendered once per language. */
  readonly #rendered = new Map<string, Map<Lang, Promise<SafeHtml>>>()
  readonly #staleListeners: (() => void)[] = []

  constructor(private readonly events: NewsroomEventBus, blocks: readonly Block[] = []) {
    for (const block of blocks) this.add(block)
    events.on('instance.resync', () => this.#rendered.clear())
  }

  /** A feature's block; the platform adds each module's once their services exist. */
  add(block: Block): void {
    // Programming errors: stop the start rather than show a layout nobody chose.
    if (!BLOCK_ID.test(block.id)) throw new Error(`block id "${block.id}" must be lower-case words joined by hyphens`)
    if (this.find(block.id)) throw new Error(`two blocks are called "${block.id}"`)
    if (block.defaultPlacement && !block.slots.includes(block.defaultPlacement.slot)) {
      throw new Error(`block "${block.id}" is placed by default in slot "${block.defaultPlacement.slot}", which it does not allow`)
    }
    for (const name of block.staleOn) {
      this.events.on(name, () => {
        this.#rendered.delete(block.id)
        for (const listener of this.#staleListeners) listener()
      })
    }
    this.#blocks.push(block)
  }

  /** Called whenever some block has gone stale, blocks added later included (the page's slots listen). */
  onStale(listener: () => void): void {
    this.#staleListeners.push(listener)
  }

  /** Every block, in the order the features offered them. */
  list(): readonly Block[] {
    return this.#blocks
  }

  find(id: string): Block | undefined {
    return this.#blocks.find((b) => b.id === id)
  }

  /** Every event after which some block must be rendered again. */
  staleOn(): Set<Block['staleOn'][number]> {
    return new Set(this.#blocks.flatMap((b) => b.staleOn))
  }

  /** Whether pages in this language show the block at all. */
  shownIn(block: Block, lang: Lang): boolean {
    return block.languages === undefined || block.languages.includes(lang)
  }

  /** The block's markup in the locale's language, rendered once and kept until it goes stale. */
  render(block: Block, locale: Locale): Promise<SafeHtml> {
    let byLang = this.#rendered.get(block.id)
    if (!byLang) this.#rendered.set(block.id, (byLang = new Map()))
    let rendered = byLang.get(locale.lang)
    if (!rendered) {
      const rendering = block.render(locale)
      rendered = rendering
      byLang.set(locale.lang, rendering)
      rendering.catch(() => {
        if (this.#rendered.get(block.id)?.get(locale.lang) === rendering) this.#rendered.get(block.id)?.delete(locale.lang)
      })
    }
    return rendered
  }
}
