import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { linksBlockView, listLinkGroups } from '../links/index.ts'
import { listPlaceWeather, weatherBlockView } from '../weather/index.ts'
import { READING_TOOLS_SCRIPT } from './reading-tools.ts'
import { BrandStylesheets } from './brand/brand-stylesheet.ts'
import { readBrandTokens } from './brand/brand-tokens.ts'
import { readSiteSettings, type SiteSettings } from './site-settings.ts'
import { STYLESHEET_URL } from './stylesheet.ts'
import { DEFAULT_THEME, type Theme } from './theme.ts'
import { layoutView, type LayoutModel } from './views/layout.view.ts'

export type PageParts = Omit<LayoutModel, 'site' | 'nav' | 'stylesheetUrl' | 'extraStylesheets' | 'views' | 'readingToolsUrl' | 'sidebar'> & { currentCategoryId?: number }

// Everything around a page's own content: header, menu, sidebar blocks, footer. Settings and
// the sidebar are built once and kept until the newsroom changes them.
export class PortalChrome {
  #settings: Promise<SiteSettings> | undefined
  #sidebar: Promise<SafeHtml> | undefined
  #brandUrl: Promise<string | undefined> | undefined
  /** The stylesheets of the brand tokens chosen in the newsroom, served by site.routes.ts. */
  readonly brandStylesheets = new BrandStylesheets()

  constructor(
    private readonly db: Db,
    events: NewsroomEventBus,
    private readonly categories: CategoryDirectory,
    /** Blocks of other features, shown between the weather and the links ("Đọc nhiều"). */
    private readonly otherBlocks: () => Promise<SafeHtml> = async () => html``,
    /** THEME_DIR's stylesheet and views, loaded at start (theme-loader.ts). */
    readonly theme: Theme = DEFAULT_THEME,
  ) {
    events.on('settings.changed', () => {
      this.#settings = undefined
      this.#brandUrl = undefined
    })
    for (const name of ['links.changed', 'weather.changed', 'most-read.changed', 'category.changed'] as const) events.on(name, () => (this.#sidebar = undefined))
    events.on('instance.resync', () => {
      this.#settings = undefined
      this.#sidebar = undefined
      this.#brandUrl = undefined
    })
  }

  settings(): Promise<SiteSettings> {
    this.#settings ??= readSiteSettings(this.db)
    this.#settings.catch(() => (this.#settings = undefined))
    return this.#settings
  }

  /** The address of the brand stylesheet, or undefined while nothing is chosen. */
  brandStylesheetUrl(): Promise<string | undefined> {
    this.#brandUrl ??= readBrandTokens(this.db).then((tokens) => this.brandStylesheets.of(tokens)?.url)
    this.#brandUrl.catch(() => (this.#brandUrl = undefined))
    return this.#brandUrl
  }

  sidebar(): Promise<SafeHtml> {
    this.#sidebar ??= Promise.all([listPlaceWeather(this.db), this.otherBlocks(), listLinkGroups(this.db)])
      .then(([weather, others, links]) => html`${weatherBlockView(weather)}${others}${linksBlockView(links)}`)
    this.#sidebar.catch(() => (this.#sidebar = undefined))
    return this.#sidebar
  }

  async page(parts: PageParts): Promise<string> {
    const [site, sidebar, tree, brandUrl] = await Promise.all([this.settings(), this.sidebar(), this.categories.tree(), this.brandStylesheetUrl()])
    const currentRoot = parts.currentCategoryId === undefined ? undefined : tree.lineage(parts.currentCategoryId)[0]?.id
    const nav = tree.roots().filter((c) => c.inMenu).map((c) => ({ name: c.name, url: tree.url(c.id), current: c.id === currentRoot }))
    // The theme's look first, then the administrator's choices over it.
    const extraStylesheets = [this.theme.stylesheet?.url, brandUrl].filter((url) => url !== undefined)
    return layoutView({ ...parts, site, nav, sidebar, stylesheetUrl: STYLESHEET_URL, extraStylesheets, views: this.theme.views, readingToolsUrl: READING_TOOLS_SCRIPT.url }).value
  }
}
