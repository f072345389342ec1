import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { Locales, type Lang, type Locale } from '../../platform/i18n/index.ts'
import { PageLayout, type BlockRegistry, type RenderedSlots } from '../../platform/layout/index.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import type { CategoryDirectory, CategoryTree } from '../categories/index.ts'
import { listBlockPlacements } from './block-placement.repository.ts'
import { READING_TOOLS_SCRIPT } from './reading-tools.ts'
import { BrandStylesheets } from './brand/brand-stylesheet.ts'
import { readBrandTokens } from './brand/brand-tokens.ts'
import { readSiteSettings, type SiteSettings } from './site-settings.ts'
import { STYLESHEET_URL } from './stylesheet.ts'
import { DEFAULT_THEME, type Theme } from './theme.ts'
import { frameView, layoutView, type Frame, type LayoutModel } from './views/layout.view.ts'
import { slotView } from './views/slot.view.ts'

export type PageParts = Omit<LayoutModel, 'locale' | 'site' | 'frame' | 'stylesheetUrl' | 'extraStylesheets' | 'readingToolsUrl' | 'slots'> & {
  currentCategoryId?: number
  /** The page's language; Vietnamese unless the page is under /en/. */
  lang?: Lang
}

// Everything around a page's own content: header, menu, the blocks in their slots, footer.
// Settings are read once and kept until the newsroom changes them; the slots keep themselves
// (platform/layout).
export class PortalChrome {
  #settings: Promise<SiteSettings> | undefined
  readonly #layout: PageLayout
  #brandUrl: Promise<string | undefined> | undefined
  /**
   * Header and footer, by language and the menu's current section. They were a sixth of an
   * uncached article page's work, the same on every page; each is kept with the settings,
   * categories and blocks it was made from, which are new objects once any of them changes.
   */
  readonly #frames = new Map<string, { site: SiteSettings; tree: CategoryTree; slots: RenderedSlots; frame: Frame }>()
  /** The stylesheets of the brand tokens chosen in the newsroom, served by site.routes.ts. */
  readonly brandStylesheets = new BrandStylesheets()

  constructor(
    private readonly db: Db,
    events: NewsroomEventBus,
    private readonly categories: CategoryDirectory,
    /** The features' blocks, shown where the administrator placed them. */
    blocks: BlockRegistry,
    /** THEME_DIR's stylesheet and views, loaded at start (theme-loader.ts). */
    readonly theme: Theme = DEFAULT_THEME,
    /** The languages' words (the pseudo-language in tests). */
    private readonly locales: Locales = new Locales(),
  ) {
    this.#layout = new PageLayout(events, blocks, () => listBlockPlacements(db))
    events.on('settings.changed', () => {
      this.#settings = undefined
      this.#brandUrl = undefined
    })
    events.on('instance.resync', () => {
      this.#settings = undefined
      this.#brandUrl = undefined
    })
  }

  settings(): Promise<SiteSettings> {
    this.#settings ??= readSiteSettings(this.db)
    this.#settings.catch(() => (this.#settings = undefined))
    return this.#settings
  }

  /** The words and formats of a page in this language. */
  locale(lang: Lang = 'vi'): Locale {
    return this.locales.of(lang)
  }

  /** What follows an article, before its comments: the blocks of the "after-article" slot. */
  async afterArticle(lang: Lang = 'vi'): Promise<SafeHtml | ''> {
    return slotView(await this.#layout.slots(this.locale(lang)), 'after-article')
  }

  /** The address of the brand stylesheet, or undefined while nothing is chosen. */
  brandStylesheetUrl(): Promise<string | undefined> {
    this.#brandUrl ??= readBrandTokens(this.db).then((tokens) => this.brandStylesheets.of(tokens)?.url)
    this.#brandUrl.catch(() => (this.#brandUrl = undefined))
    return this.#brandUrl
  }

  async page(parts: PageParts): Promise<string> {
    const locale = this.locale(parts.lang)
    const [site, slots, tree, brandUrl] = await Promise.all([this.settings(), this.#layout.slots(locale), this.categories.tree(), this.brandStylesheetUrl()])
    const currentRoot = parts.currentCategoryId === undefined ? undefined : tree.lineage(parts.currentCategoryId)[0]?.id
    const frame = this.#frame(locale, site, tree, slots, currentRoot)
    // The theme's look first, then the administrator's choices over it.
    const extraStylesheets = [this.theme.stylesheet?.url, brandUrl].filter((url) => url !== undefined)
    return layoutView({ ...parts, locale, site, frame, slots, stylesheetUrl: STYLESHEET_URL, extraStylesheets, readingToolsUrl: READING_TOOLS_SCRIPT.url }).value
  }

  #frame(locale: Locale, site: SiteSettings, tree: CategoryTree, slots: RenderedSlots, currentRoot: number | undefined): Frame {
    const key = `${locale.lang} ${currentRoot ?? ''}`
    const kept = this.#frames.get(key)
    if (kept && kept.site === site && kept.tree === tree && kept.slots === slots) return kept.frame
    // The menu is the Vietnamese portal's categories; other languages have only their home page yet.
    const nav = locale.lang !== 'vi' ? [] : tree.roots().filter((c) => c.inMenu).map((c) => ({ name: c.name, url: tree.url(c.id), current: c.id === currentRoot }))
    const frame = frameView({ locale, site, nav, slots, views: this.theme.views })
    this.#frames.set(key, { site, tree, slots, frame })
    return frame
  }
}
