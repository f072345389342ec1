// The English edition: what each module holds that should have an English version, and how far
// each English version is. A module reports its own items (`contributes: { translations }`):
// the structure its units and people, the translations module the articles chosen for
// translation, the pages module its pages. The newsroom's "Bản dịch tiếng Anh" page asks here,
// and never learns a module's tables.

declare module '../module.ts' {
  interface ContributionPoints {
    /** A module's kind of items that should be in English (the translations module's status page reads them). */
    translations: TranslationSource
  }
}

/** 'missing': no English version; 'outdated': the Vietnamese one changed after it; 'current': as new as the Vietnamese. */
export type TranslationState = 'missing' | 'outdated' | 'current'

/** One item that should be in English, linked to the newsroom screen where it is translated. */
export interface TranslationItem {
  /** In Vietnamese, as the newsroom reads it: "Đơn vị Văn phòng", "Bài: Khai mạc kỳ họp…". */
  title: string
  href: string
  state: TranslationState
}

/** A module's kind of items to translate: "Cơ cấu tổ chức", "Bài viết cần dịch". */
export interface TranslationSource {
  /** In Vietnamese: the group's heading on the status page. */
  label: string
  /** Every item of this kind now, in the order the page shows them. */
  items(): Promise<readonly TranslationItem[]>
}

export interface TranslationGroup {
  label: string
  module: string
  items: readonly TranslationItem[]
}

/** Every module's sources, in the modules' order. */
export class TranslationSources {
  readonly #sources: { source: TranslationSource; module: string }[] = []

  /** From what the modules contributed (ctx.contributions.byModule('translations')). */
  static from(contributed: readonly { module: string; item: TranslationSource }[]): TranslationSources {
    const sources = new TranslationSources()
    for (const { module, item } of contributed) sources.add(item, module)
    return sources
  }

  add(source: TranslationSource, module: string): void {
    this.#sources.push({ source, module })
  }

  get size(): number {
    return this.#sources.length
  }

  /** Every source's items now; a source that fails is left out and reported through `onError`. */
  async groups(onError?: (error: unknown, module: string) => void): Promise<TranslationGroup[]> {
    const read = await Promise.all(this.#sources.map(async ({ source, module }) => {
      try {
        return [{ label: source.label, module, items: await source.items() }]
      } catch (error) {
        onError?.(error, module)
        return []
      }
    }))
    return read.flat()
  }
}
