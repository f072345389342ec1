import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { linksBlockView, listLinkGroups } from '../links/index.ts'
import { listPlaceWeather, weatherBlockView } from '../weather/index.ts'
import { READING_TOOLS_SCRIPT } from './reading-tools.ts'
import { readSiteSettings, type SiteSettings } from './site-settings.ts'
import { layoutView, type LayoutModel } from './views/layout.view.ts'
import { SITE_CSS } from './views/site.css.ts'

export type PageParts = Omit<LayoutModel, 'site' | 'nav' | 'stylesheetUrl' | 'readingToolsUrl' | 'sidebar'> & { currentCategoryId?: number }

export const STYLESHEET = hashedAsset('site', SITE_CSS, 'css')
export const STYLESHEET_URL = STYLESHEET.url

// Everything around a page's own content: header, menu, sidebar blocks, footer. Settings and
// the sidebar are built once and kept until the newsroom changes them.
export class PortalChrome {
  #settings: Promise<SiteSettings> | undefined
  #sidebar: Promise<SafeHtml> | undefined

  constructor(
    private readonly db: Db,
    events: NewsroomEventBus,
    private readonly categories: CategoryDirectory,
    /** Blocks of other features, shown between the weather and the links ("Đọc nhiều"). */
    private readonly otherBlocks: () => Promise<SafeHtml> = async () => html``,
  ) {
    events.on('settings.changed', () => (this.#settings = undefined))
    for (const name of ['links.changed', 'weather.changed', 'most-read.changed', 'category.changed'] as const) events.on(name, () => (this.#sidebar = undefined))
    events.on('instance.resync', () => {
      this.#settings = undefined
      this.#sidebar = undefined
    })
  }

  settings(): Promise<SiteSettings> {
    this.#settings ??= readSiteSettings(this.db)
    this.#settings.catch(() => (this.#settings = undefined))
    return this.#settings
  }

  sidebar(): Promise<SafeHtml> {
    this.#sidebar ??= Promise.all([listPlaceWeather(this.db), this.otherBlocks(), listLinkGroups(this.db)])
      .then(([weather, others, links]) => html`${weatherBlockView(weather)}${others}${linksBlockView(links)}`)
    this.#sidebar.catch(() => (this.#sidebar = undefined))
    return this.#sidebar
  }

  async page(parts: PageParts): Promise<string> {
    const [site, sidebar, tree] = await Promise.all([this.settings(), this.sidebar(), this.categories.tree()])
    const currentRoot = parts.currentCategoryId === undefined ? undefined : tree.lineage(parts.currentCategoryId)[0]?.id
    const nav = tree.roots().filter((c) => c.inMenu).map((c) => ({ name: c.name, url: tree.url(c.id), current: c.id === currentRoot }))
    return layoutView({ ...parts, site, nav, sidebar, stylesheetUrl: STYLESHEET_URL, readingToolsUrl: READING_TOOLS_SCRIPT.url }).value
  }
}
