import type { Locale } from '../i18n/index.ts'
import { html, type SafeHtml } from '../views/html.ts'

// Parts a module shows under every item's own content (an article's body, a document's page,
// later an answer): "Thông tin này có hữu ích không?". They go into the cached page, so a part
// is the same for every reader: nothing per reader, no cookie. The page that shows an item asks
// `below(…)` with the item's kind and id as its content source names them ('article', 'document').

/** The item a part is shown under. */
export interface PartOf {
  kind: string
  id: number
}

export interface ContentPart {
  /** Stable, for errors and logs. */
  id: string
  /** The kinds it goes under; absent: every kind. */
  kinds?: readonly string[]
  render(item: PartOf, locale: Locale): SafeHtml | Promise<SafeHtml>
}

/** Every module's parts, in the modules' order. */
export class ContentParts {
  readonly #parts: ContentPart[] = []

  add(part: ContentPart): void {
    if (this.#parts.some((p) => p.id === part.id)) throw new Error(`the content part "${part.id}" is added twice`)
    this.#parts.push(part)
  }

  /** The parts for this item, in order; empty markup when there are none. */
  async below(item: PartOf, locale: Locale): Promise<SafeHtml> {
    const shown = this.#parts.filter((p) => !p.kinds || p.kinds.includes(item.kind))
    return html`${await Promise.all(shown.map((p) => p.render(item, locale)))}`
  }
}
