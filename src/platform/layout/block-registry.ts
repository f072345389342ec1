import type { NewsroomEventBus } from '../events.ts'
import type { SafeHtml } from '../views/html.ts'
import type { Block } from './block.ts'

const BLOCK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The one place that knows every block the portal's features offer. Each block's markup is
 * kept until one of the events the block names (or a resync), so that a change to one block
 * (the "Đọc nhiều" list) does not read the others again.
 */
export class BlockRegistry {
  readonly #blocks: readonly Block[]
  readonly #rendered = new Map<string, Promise<SafeHtml>>()

  constructor(events: NewsroomEventBus, blocks: readonly Block[]) {
    const seen = new Set<string>()
    for (const block of blocks) {
      // Programming errors: stop the start rather than show a layout nobody chose.
      if (!BLOCK_ID.test(block.id)) throw new Error(`block id "${block.id}" must be lower-case words joined by hyphens`)
      if (seen.has(block.id)) throw new Error(`two blocks are called "${block.id}"`)
      if (block.defaultPlacement && !block.slots.includes(block.defaultPlacement.slot)) {
        throw new Error(`block "${block.id}" is placed by default in slot "${block.defaultPlacement.slot}", which it does not allow`)
      }
      seen.add(block.id)
      for (const name of block.staleOn) events.on(name, () => this.#rendered.delete(block.id))
    }
    this.#blocks = [...blocks]
    events.on('instance.resync', () => this.#rendered.clear())
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

  /** The block's markup, rendered once and kept until it goes stale. */
  render(block: Block): Promise<SafeHtml> {
    let rendered = this.#rendered.get(block.id)
    if (!rendered) {
      rendered = block.render()
      this.#rendered.set(block.id, rendered)
      rendered.catch(() => {
        if (this.#rendered.get(block.id) === rendered) this.#rendered.delete(block.id)
      })
    }
    return rendered
  }
}
