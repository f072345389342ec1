import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { Locales, type Lang, type Locale } from '../../platform/i18n/index.ts'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { linksBlockView, listLinkGroups } from '../links/index.ts'
import { listPlaceWeather, weatherBlockView } from '../weather/index.ts'
import { READING_TOOLS_SCRIPT } from './reading-tools.ts'
import { readSiteSettings, type SiteSettings } from './site-settings.ts'
import { layoutView, type LayoutModel } from './views/layout.view.ts'
import { SITE_CSS } from './views/site.css.ts'

export type PageParts = Omit<LayoutModel, 'locale' | 'site' | 'nav' | 'stylesheetUrl' | 'readingToolsUrl' | 'sidebar'> & {
  currentCategoryId?: number
  /** The page's language; Vietnamese unless the page is under /en/. */
  lang?: Lang
}

export const STYLESHEET = hashedAsset('site', SITE_CSS, 'css')
export const STYLESHEET_URL = STYLESHEET.url

// Everything around a page's own content: header, menu, sidebar blocks, footer. Settings and
// the sidebar are built once and kept until the newsroom changes them.
export class PortalChrome {
  #settings: Promise<SiteSettings> | undefined
  readonly #sidebars = new Map<Lang, Promise<SafeHtml>>()

  constructor(
    private readonly db: Db,
    events: NewsroomEventBus,
    private readonly categories: CategoryDirectory,
    /** Blocks of other features, shown between the weather and the links ("Đọc nhiều"). */
    private readonly otherBlocks: (locale: Locale) => Promise<SafeHtml> = async () => html``,
    private readonly locales: Locales = new Locales(),
  ) {
    events.on('settings.changed', () => (this.#settings = undefined))
    for (const name of ['links.changed', 'weather.changed', 'most-read.changed', 'category.changed'] as const) events.on(name, () => this.#sidebars.clear())
    events.on('instance.resync', () => {
      this.#settings = undefined
      this.#sidebars.clear()
    })
  }

  /** The words, dates and numbers of a page in this language. */
  locale(lang: Lang = 'vi'): Locale {
    return this.locales.of(lang)
  }

  settings(): Promise<SiteSettings> {
    this.#settings ??= readSiteSettings(this.db)
    this.#settings.catch(() => (this.#settings = undefined))
    return this.#settings
  }

  sidebar(lang: Lang = 'vi'): Promise<SafeHtml> {
    let sidebar = this.#sidebars.get(lang)
    if (!sidebar) {
      const locale = this.locale(lang)
      // Other languages' pages show no Vietnamese content: the weather (place names only), not the
      // Vietnamese articles most read or the links to Vietnamese sites.
      sidebar = lang === 'vi'
        ? Promise.all([listPlaceWeather(this.db), this.otherBlocks(locale), listLinkGroups(this.db)])
          .then(([weather, others, links]) => html`${weatherBlockView(weather, locale)}${others}${linksBlockView(links, locale)}`)
        : listPlaceWeather(this.db).then((weather) => weatherBlockView(weather, locale))
      this.#sidebars.set(lang, sidebar)
      sidebar.catch(() => this.#sidebars.delete(lang))
    }
    return sidebar
  }

  async page(parts: PageParts): Promise<string> {
    const lang = parts.lang ?? 'vi'
    const [site, sidebar, tree] = await Promise.all([this.settings(), this.sidebar(lang), this.categories.tree()])
    const currentRoot = parts.currentCategoryId === undefined ? undefined : tree.lineage(parts.currentCategoryId)[0]?.id
    // The menu is the Vietnamese portal's categories; other languages have only their home page yet.
    const nav = lang !== 'vi' ? [] : tree.roots().filter((c) => c.inMenu).map((c) => ({ name: c.name, url: tree.url(c.id), current: c.id === currentRoot }))
    return layoutView({ ...parts, locale: this.locale(lang), site, nav, sidebar, stylesheetUrl: STYLESHEET_URL, readingToolsUrl: READING_TOOLS_SCRIPT.url }).value
  }
}
