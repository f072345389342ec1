import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { Locales, say, type Lang, type Locale } from '../../platform/i18n/index.ts'
import { PageLayout, type BlockRegistry, type RenderedSlots } from '../../platform/layout/index.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import type { FixedText, PageText } from '../../platform/views/page-text.ts'
import type { MenuLink } from '../../platform/module.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import type { CategoryDirectory, CategoryTree } from '../categories/index.ts'
import { listBlockPlacements } from './block-placement.repository.ts'
import { NO_BUILT_MENUS, type BuiltMenus, type MenuEntry, type MenuSource } from './menu-source.ts'
import { READING_TOOLS_SCRIPT } from './reading-tools.ts'
import { BrandStylesheets } from './brand/brand-stylesheet.ts'
import { effectiveColours, readBrandTokens } from './brand/brand-tokens.ts'
import { logoStorageKey, readLogo, SiteIcons } from './brand/site-icon-store.ts'
import type { IconSource } from './brand/site-icons.ts'
import { readSiteSettings, type SiteSettings } from './site-settings.ts'
import { readerStyle } from './stylesheet.ts'
import { DEFAULT_FONT, preloadedFaces } from './brand/fonts.ts'
import { DEFAULT_THEME, type Theme } from './theme.ts'
import { frameView, languageSwitchTarget, layoutView, withLanguageSwitch, type Frame, type LayoutModel, type NavItem } from './views/layout.view.ts'
import { slotView } from './views/slot.view.ts'

export type PageParts = Omit<LayoutModel, 'locale' | 'site' | 'frame' | 'siteStyle' | 'extraStylesheets' | 'readingToolsUrl' | 'slots' | 'publicUrl' | 'icons' | 'siteImage' | 'fontPreloads'> & {
  currentCategoryId?: number
  /** The page's language; Vietnamese unless the page is under /en/. */
  lang?: Lang
}

/** Where the chrome finds what it does not own: the portal's address, and the logo's bytes for the icons. */
export interface ChromeOptions {
  /** PUBLIC_URL: canonical links, og:url and og:image are absolute. */
  publicUrl?: string
  media?: MediaStorage
  /** MEDIA_PUBLIC_URL, under which a logo's address may also be. */
  mediaPublicUrl?: string | undefined
  /** The readers' `<style>` with the modules' reader styles (ModuleContext.readerStyle); the portal's own alone if not given. */
  readerStyle?: FixedText
  /** Told when the logo cannot be read (the drawn icon stands in). */
  onLogoUnreadable?: (error: unknown) => void
  /** The modules' links in the readers' menu, after the categories (ModuleContext.menuLinks). */
  menuLinks?: readonly MenuLink[]
}

/** The organisation as JSON-LD names it (a NewsArticle's publisher). */
export interface Publisher {
  '@type': 'Organization'
  name: string
  url: string
  logo: { '@type': 'ImageObject'; url: string }
}

// Everything around a page's own content: header, menu, the blocks in their slots, footer.
// Settings are read once and kept until the newsroom changes them; the slots keep themselves
// (platform/layout).
export class PortalChrome {
  #settings: Promise<SiteSettings> | undefined
  readonly #layout: PageLayout
  /** The brand stylesheet's address and the font files every page asks for first. */
  #brand: Promise<{ url: string | undefined; fontPreloads: string[] }> | undefined
  /**
   * Header and footer, by language and the menu's current section. They were a sixth of an
   * uncached article page's work, the same on every page; each is kept with the settings,
   * categories and blocks it was made from, which are new objects once any of them changes.
   */
  readonly #frames = new Map<string, { site: SiteSettings; tree: CategoryTree; slots: RenderedSlots; menus: BuiltMenus; frame: Frame }>()
  /** Where the administrator's menus come from, once a module offers them (useMenus). */
  #menuSource: MenuSource | undefined
  /** The stylesheets of the brand tokens chosen in the newsroom, served by site.routes.ts. */
  readonly brandStylesheets = new BrandStylesheets()
  /** The favicon and app icons, made from the logo (served by site.routes.ts). */
  readonly icons: SiteIcons
  readonly publicUrl: string

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
    private readonly options: ChromeOptions = {},
  ) {
    this.#layout = new PageLayout(events, blocks, () => listBlockPlacements(db))
    this.publicUrl = options.publicUrl ?? ''
    this.icons = new SiteIcons(() => this.#iconSource())
    const forget = () => {
      this.#settings = undefined
      this.#brand = undefined
      this.icons.forget()
    }
    events.on('settings.changed', forget)
    events.on('instance.resync', forget)
  }

  /**
   * The menus an administrator built replace the default one from now on: the site module hands
   * over what a module contributed to its `menus` point at start, without knowing that module.
   */
  useMenus(source: MenuSource): void {
    this.#menuSource = source
    this.#frames.clear()
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
  async brandStylesheetUrl(): Promise<string | undefined> {
    return (await this.#brandLook()).url
  }

  #brandLook() {
    this.#brand ??= readBrandTokens(this.db).then((tokens) => ({
      url: this.brandStylesheets.of(tokens)?.url, fontPreloads: preloadedFaces(tokens.bodyFont || DEFAULT_FONT),
    }))
    this.#brand.catch(() => (this.#brand = undefined))
    return this.#brand
  }

  async page(parts: PageParts): Promise<PageText> {
    const locale = this.locale(parts.lang)
    const [site, slots, tree, brand, icons, menus] = await Promise.all([
      this.settings(), this.#layout.slots(locale), this.categories.tree(), this.#brandLook(), this.icons.current(),
      this.#menuSource?.menus(locale.lang) ?? NO_BUILT_MENUS,
    ])
    const currentRoot = parts.currentCategoryId === undefined ? undefined : tree.lineage(parts.currentCategoryId)[0]?.id
    const kept = menus.main
      ? this.#builtFrame(locale, site, tree, slots, menus, builtCurrent(menus.main, parts.canonicalPath, parts.currentCategoryId === undefined ? undefined : tree.url(parts.currentCategoryId)))
      : this.#frame(locale, site, tree, slots, menus, currentRoot, this.#currentLink(locale.lang, parts.canonicalPath))
    // Any page with a counterpart in the other language (its alternates) has the switch go there.
    const frame = withLanguageSwitch(kept, languageSwitchTarget(locale.lang, parts.alternates))
    // The theme's look first, then the administrator's choices over it.
    const extraStylesheets = [this.theme.stylesheet?.url, brand.url].filter((url) => url !== undefined)
    return layoutView({
      ...parts, locale, site, frame, slots, siteStyle: this.options.readerStyle ?? readerStyle().style, extraStylesheets, readingToolsUrl: READING_TOOLS_SCRIPT.url,
      publicUrl: this.publicUrl, icons: icons.head, siteImage: this.absolute(icons.url(512)), fontPreloads: brand.fontPreloads,
    })
  }

  /** An address on this portal made absolute with PUBLIC_URL; one already absolute stays as it is. */
  absolute(url: string): string {
    return url.startsWith('/') && !url.startsWith('//') ? this.publicUrl + url : url
  }

  /** The organisation behind the portal, with its logo (or its icon when it has none). */
  async publisher(): Promise<Publisher> {
    const [site, icons] = await Promise.all([this.settings(), this.icons.current()])
    return { '@type': 'Organization', name: site.name, url: `${this.publicUrl}/`, logo: { '@type': 'ImageObject', url: this.absolute(site.logoUrl || icons.url(512)) } }
  }

  async #iconSource(): Promise<IconSource> {
    const [site, tokens] = await Promise.all([this.settings(), readBrandTokens(this.db)])
    const colour = effectiveColours(tokens).header
    const key = site.logoUrl ? logoStorageKey(site.logoUrl, this.options.mediaPublicUrl) : undefined
    const logo = this.options.media && key !== undefined
      ? await readLogo(this.options.media, key).catch((error: unknown) => {
        this.options.onLogoUnreadable?.(error)
        return undefined
      })
      : undefined
    return { siteName: site.name, logo, logoKey: site.logoUrl, colour }
  }

  /** The module link the page is under (/van-ban/15-2021-qd-ubnd is under /van-ban), if any. */
  #currentLink(lang: Lang, path: string | undefined): string | undefined {
    if (path === undefined) return undefined
    return (this.options.menuLinks ?? []).map((link) => link.href[lang]).find((href) => href !== undefined && (path === href || path.startsWith(`${href}/`)))
  }

  #frame(locale: Locale, site: SiteSettings, tree: CategoryTree, slots: RenderedSlots, menus: BuiltMenus, currentRoot: number | undefined, currentLink: string | undefined): Frame {
    const key = `${locale.lang} ${currentRoot ?? ''} ${currentLink ?? ''}`
    const kept = this.#frames.get(key)
    if (kept && kept.site === site && kept.tree === tree && kept.slots === slots && kept.menus === menus) return kept.frame
    // The categories are the Vietnamese portal's; other languages have only their home page and the modules' links yet.
    const categories = locale.lang !== 'vi' ? [] : tree.roots().filter((c) => c.inMenu).map((c) => ({ name: c.name, url: tree.url(c.id), current: c.id === currentRoot }))
    const modules = (this.options.menuLinks ?? []).flatMap((link) => {
      const url = link.href[locale.lang]
      return url === undefined ? [] : [{ name: say(locale, link.label), url, current: url === currentLink, fromModule: true }]
    })
    const nav = [...categories, ...modules]
    const frame = frameView({ locale, site, nav, footerNav: navOf(menus.footer ?? [], undefined), slots, views: this.theme.views })
    this.#frames.set(key, { site, tree, slots, menus, frame })
    return frame
  }

  /** The header and footer with the main menu the administrator built (its current item marked). */
  #builtFrame(locale: Locale, site: SiteSettings, tree: CategoryTree, slots: RenderedSlots, menus: BuiltMenus, current: string | undefined): Frame {
    const key = `${locale.lang} built ${current ?? ''}`
    const kept = this.#frames.get(key)
    if (kept && kept.site === site && kept.tree === tree && kept.slots === slots && kept.menus === menus) return kept.frame
    const frame = frameView({ locale, site, nav: navOf(menus.main ?? [], current), footerNav: navOf(menus.footer ?? [], undefined), slots, views: this.theme.views })
    this.#frames.set(key, { site, tree, slots, menus, frame })
    return frame
  }
}

function navOf(entries: readonly MenuEntry[], current: string | undefined): NavItem[] {
  return entries.map((entry) => ({
    name: entry.name, url: entry.url, current: entry.url === current || (entry.children ?? []).some((child) => child.url === current),
    ...(entry.children?.length ? { children: entry.children.map((child) => ({ name: child.name, url: child.url, current: child.url === current })) } : {}),
  }))
}

/** The built menu's address the page is at or under (the longest that matches), if any. */
function builtCurrent(main: readonly MenuEntry[], path: string | undefined, categoryUrl: string | undefined): string | undefined {
  const urls = main.flatMap((entry) => [entry.url, ...(entry.children ?? []).map((child) => child.url)]).filter((url) => url.startsWith('/') && url !== '/' && url !== '/en/')
  let best: string | undefined
  for (const at of [path, categoryUrl]) {
    if (at === undefined) continue
    for (const url of urls) {
      if ((at === url || at.startsWith(url.endsWith('/') ? url : `${url}/`)) && (best === undefined || url.length > best.length)) best = url
    }
  }
  return best
}
