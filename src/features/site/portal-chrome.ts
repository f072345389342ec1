import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'
import { PageLayout, type BlockRegistry } from '../../platform/layout/index.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { listBlockPlacements } from './block-placement.repository.ts'
import { READING_TOOLS_SCRIPT } from './reading-tools.ts'
import { readSiteSettings, type SiteSettings } from './site-settings.ts'
import { layoutView, type LayoutModel } from './views/layout.view.ts'
import { SITE_CSS } from './views/site.css.ts'
import { slotView } from './views/slot.view.ts'

export type PageParts = Omit<LayoutModel, 'site' | 'nav' | 'stylesheetUrl' | 'readingToolsUrl' | 'slots'> & { currentCategoryId?: number }

export const STYLESHEET = hashedAsset('site', SITE_CSS, 'css')
export const STYLESHEET_URL = STYLESHEET.url

// Everything around a page's own content: header, menu, the blocks in their slots, footer.
// Settings are read once and kept until the newsroom changes them; the slots keep themselves
// (platform/layout).
export class PortalChrome {
  #settings: Promise<SiteSettings> | undefined
  readonly #layout: PageLayout

  constructor(
    private readonly db: Db,
    events: NewsroomEventBus,
    private readonly categories: CategoryDirectory,
    /** The features' blocks, shown where the administrator placed them. */
    blocks: BlockRegistry,
  ) {
    this.#layout = new PageLayout(events, blocks, () => listBlockPlacements(db))
    events.on('settings.changed', () => (this.#settings = undefined))
    events.on('instance.resync', () => (this.#settings = undefined))
  }

  settings(): Promise<SiteSettings> {
    this.#settings ??= readSiteSettings(this.db)
    this.#settings.catch(() => (this.#settings = undefined))
    return this.#settings
  }

  /** What follows an article, before its comments: the blocks of the "after-article" slot. */
  async afterArticle(): Promise<SafeHtml | ''> {
    return slotView(await this.#layout.slots(), 'after-article')
  }

  async page(parts: PageParts): Promise<string> {
    const [site, slots, tree] = await Promise.all([this.settings(), this.#layout.slots(), this.categories.tree()])
    const currentRoot = parts.currentCategoryId === undefined ? undefined : tree.lineage(parts.currentCategoryId)[0]?.id
    const nav = tree.roots().filter((c) => c.inMenu).map((c) => ({ name: c.name, url: tree.url(c.id), current: c.id === currentRoot }))
    return layoutView({ ...parts, site, nav, slots, stylesheetUrl: STYLESHEET_URL, readingToolsUrl: READING_TOOLS_SCRIPT.url }).value
  }
}
