import type { defineMessages, Locale } from '../../platform/i18n/index.ts'
import type { SafeHtml, html } from '../../platform/views/html.ts'
import type { siteMessages } from './messages.ts'
import type { HashedAsset } from '../../platform/http/hashed-asset.ts'
import type { SiteSettings } from './site-settings.ts'
import type { Picture } from '../../platform/views/picture.ts'

// A theme (THEME_DIR) adds a stylesheet and may replace these views, and only these: each gets
// typed props and returns escaped HTML, like the portal's own views.

export interface NavItem {
  name: string
  url: string
  current: boolean
  /** Set on a module's link (the register's "Văn bản"), which follows the categories. */
  fromModule?: boolean
  /** The second level of a menu the administrator built (menu-source.ts); one level deep at most. */
  children?: NavItem[]
}

/** An article as lists and the home page show it. */
export interface ThemeArticle {
  url: string
  article: { title: string; lead: string; publishedAt: Date; leadImage?: Picture | undefined }
}

export interface HeaderProps {
  site: SiteSettings
  nav: NavItem[]
  /** The page's language: its words come from the catalogues (`locale.t(siteMessages)`, the kit gives it). */
  locale: Locale
  /** The home page in the page's language ('/' or '/en/'). */
  homeUrl: string
  /** The search form and the readers' display tools, ready to place. */
  searchForm: SafeHtml
  readingTools: SafeHtml
  /** The language switch, a menu item to this page's counterpart in the other language (else that language's home): put it last in the menu. */
  otherLanguages: SafeHtml | ''
  /** The blocks the administrator placed in the header slot ('' when none): put them in the header. */
  blocks: SafeHtml | ''
}

export interface FooterProps {
  site: SiteSettings
  locale: Locale
  /** The footer menu the administrator built (absent or empty while there is none): put it in the footer. */
  menu?: NavItem[]
  /** The blocks the administrator placed in the footer slot ('' when none): put them in the footer. */
  blocks: SafeHtml | ''
}

export interface ArticleCardProps {
  item: ThemeArticle
  /** The page's language (the date is written its way). */
  locale: Locale
  withLead: boolean
  withImage: boolean
  /** The page's first picture, above the fold: loaded at once (every other one lazily). */
  first?: boolean
}

export interface HomeLayoutProps {
  siteName: string
  /** The page's language (words from the catalogues, dates its way). */
  locale: Locale
  /** Tin tiêu điểm: the first shown large, the others beside it (editors choose them; the newest otherwise). */
  leadStory: ThemeArticle | undefined
  focus: ThemeArticle[]
  /** Tin nổi bật (editors choose them; the newest not shown above otherwise). */
  featured: ThemeArticle[]
  latest: ThemeArticle[]
  sections: { name: string; url: string; articles: ThemeArticle[] }[]
  /** The list of articles as the portal renders it (with the theme's card, if it has one). */
  articleList(items: ThemeArticle[], options?: { withImage?: boolean; withLead?: boolean }): SafeHtml
}

export interface ThemeViews {
  /** The page header and the main menu under it. */
  header(props: HeaderProps): SafeHtml
  footer(props: FooterProps): SafeHtml
  /** One article in a list: its `<li>` content. */
  articleCard(props: ArticleCardProps): SafeHtml
  /** The home page's main column. */
  homeLayout(props: HomeLayoutProps): SafeHtml
}

/** What a theme's views module is given: the escaping template tag and the portal's own views to wrap. */
export interface ThemeKit {
  html: typeof html
  defaults: Pick<ThemeViews, 'header' | 'footer'>
  /** The portal's words around every page, for `props.locale.t(siteMessages)`. */
  siteMessages: typeof siteMessages
  /** A theme's own words, in every language the portal speaks (platform/i18n). */
  defineMessages: typeof defineMessages
}

/** A theme's views.ts (or .js) default-exports this. */
export type ThemeViewsModule = (kit: ThemeKit) => Partial<ThemeViews>

export interface Theme {
  /** Where it was loaded from (THEME_DIR); undefined for the portal's own look. */
  dir: string | undefined
  stylesheet: HashedAsset | undefined
  views: Partial<ThemeViews>
}

export const DEFAULT_THEME: Theme = Object.freeze({ dir: undefined, stylesheet: undefined, views: Object.freeze({}) })
