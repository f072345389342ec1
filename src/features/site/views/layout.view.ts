import type { Lang, Locale } from '../../../platform/i18n/index.ts'
import type { RenderedSlots } from '../../../platform/layout/index.ts'
import { escapeHtml, html, jsonForScript, trustedHtml, type SafeHtml } from '../../../platform/views/html.ts'
import { PageText, type FixedText } from '../../../platform/views/page-text.ts'
import { siteMessages } from '../messages.ts'
import { portalPaths } from '../portal-paths.ts'
import type { SiteSettings } from '../site-settings.ts'
import type { FooterProps, HeaderProps, NavItem, ThemeViews } from '../theme.ts'
import { breadcrumbJsonLd, type Crumb } from './breadcrumb.view.ts'
import { readingToolsView } from './reading-tools.view.ts'
import { slotView } from './slot.view.ts'

export type { NavItem }

/** The same page in another language (the English home for the Vietnamese one, and back): the language switch goes there. */
export interface Alternate {
  lang: Lang
  path: string
}

/** What the header and footer are made of: the same on every page of a language but for the menu's current item. */
export interface FrameModel {
  locale: Locale
  site: SiteSettings
  nav: NavItem[]
  /** The footer menu the administrator built; empty while there is none. */
  footerNav?: NavItem[]
  /** The header and footer of the theme, when it has its own. */
  views?: Partial<Pick<ThemeViews, 'header' | 'footer'>>
  slots: RenderedSlots
}

/** A page's header (with the menu) and footer, rendered apart so that they can be kept (portal-chrome.ts). */
export interface Frame {
  header: SafeHtml
  footer: SafeHtml
}

export function frameView(frame: FrameModel): Frame {
  const { locale, site, nav, footerNav, views, slots } = frame
  const paths = portalPaths(locale.lang)
  return {
    header: (views?.header ?? headerView)({ site, nav, locale, homeUrl: paths.home, searchForm: searchFormView(locale), readingTools: readingToolsView(locale), otherLanguages: otherLanguagesView(locale), blocks: slotView(slots, 'header') }),
    footer: (views?.footer ?? footerView)({ site, locale, blocks: slotView(slots, 'footer'), ...(footerNav?.length ? { menu: footerNav } : {}) }),
  }
}

export interface LayoutModel {
  locale: Locale
  site: SiteSettings
  frame: Frame
  /** The portal's stylesheet, carried in the page (stylesheet.ts says why), encoded once. */
  siteStyle: FixedText
  /** After the portal's stylesheet: the brand tokens chosen in the newsroom, then the theme's own. */
  extraStylesheets?: string[]
  /** The readers' display script (text size and contrast kept from page to page, printing). */
  readingToolsUrl: string
  /** PUBLIC_URL: the canonical link, og:url and og:image are absolute. */
  publicUrl: string
  /** The favicon, app icons and manifest links (made with the icons, not per page). */
  icons: SafeHtml
  /** The site's own picture for shared links when the page has none (its largest icon), absolute. */
  siteImage: string
  /** Font files the text needs at once, fetched beside the stylesheet rather than after it. */
  fontPreloads?: readonly string[]
  /** The page's own title; the site name is added after it. */
  title: string
  description?: string
  canonicalPath?: string
  /** A page's own picture for shared links (an article's lead image); the site's when absent. */
  openGraph?: { type: 'article' | 'website'; image?: string | undefined }
  /** Structured data: one object, or several (each its own script). */
  jsonLd?: unknown
  /** The breadcrumb shown on the page: search engines get it as BreadcrumbList JSON-LD. */
  breadcrumb?: readonly Crumb[]
  /** A category page's own feed, offered besides the whole portal's. */
  feed?: { title: string; path: string }
  /** Pages search engines should not keep (search results). */
  noindex?: boolean
  /** Every language's address of this page, its own included, where it has a counterpart. */
  alternates?: Alternate[]
  /** The blocks the administrator placed, slot by slot. */
  slots: RenderedSlots
  main: SafeHtml
}

export function layoutView(page: LayoutModel): PageText {
  const fullTitle = page.title ? `${page.title} - ${page.site.name}` : page.site.name
  const { locale } = page
  const t = locale.t(siteMessages)
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? page.publicUrl + url : url)
  const canonical = page.canonicalPath === undefined ? undefined : absolute(page.canonicalPath)
  const structured = [
    ...(page.jsonLd === undefined ? [] : Array.isArray(page.jsonLd) ? page.jsonLd : [page.jsonLd]),
    ...(page.breadcrumb && page.breadcrumb.length > 1 ? [breadcrumbJsonLd(page.breadcrumb, page.publicUrl, canonical)] : []),
  ]
  const head = html`<!doctype html>
<html lang="${locale.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${canonical ? html`<link rel="canonical" href="${canonical}">` : ''}
${page.noindex ? html`<meta name="robots" content="noindex">` : ''}
${page.alternates?.map((a) => html`<link rel="alternate" hreflang="${a.lang}" href="${absolute(a.path)}">`)}
<meta property="og:site_name" content="${page.site.name}">
<meta property="og:title" content="${page.title || page.site.name}">
<meta property="og:type" content="${page.openGraph?.type ?? 'website'}">
${page.description ? html`<meta property="og:description" content="${page.description}">` : ''}
${canonical ? html`<meta property="og:url" content="${canonical}">\n` : ''}<meta property="og:image" content="${absolute(page.openGraph?.image || page.siteImage)}">
${page.icons}
<link rel="alternate" type="application/rss+xml" title="${page.site.name}" href="/rss">
${page.feed ? html`<link rel="alternate" type="application/rss+xml" title="${page.feed.title}" href="${page.feed.path}">` : ''}
${(page.fontPreloads ?? []).map((url) => html`<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin>
`)}`
  const rest = html`${(page.extraStylesheets ?? []).map((url) => html`
<link rel="stylesheet" href="${url}">`)}
<script src="${page.readingToolsUrl}" defer></script>
${structured.map((data) => html`<script type="application/ld+json">${jsonForScript(data)}</script>`)}${page.slots.head.value ? html`\n${page.slots.head}` : ''}
</head>
<body>
<a class="skip-link" href="#noi-dung">${t('skipToContent')}</a>${slotView(page.slots, 'top')}
${page.frame.header}
<div class="page">
<main id="noi-dung" tabindex="-1">
${page.main}
</main>${page.slots.sidebar.value ? html`
<aside class="sidebar" aria-label="${t('sidebar')}">
${page.slots.sidebar}
</aside>` : ''}
</div>
${page.frame.footer}
</body>
</html>`
  return new PageText([head.value, page.siteStyle, rest.value])
}

export function footerView({ site, locale, blocks, menu }: FooterProps): SafeHtml {
  const t = locale.t(siteMessages)
  return html`<footer class="site-footer"><div class="inner">
${menu?.length ? html`<nav class="footer-menu" aria-label="${t('footerMenu')}"><ul>${menu.map((item) => html`<li><a href="${item.url}">${item.name}</a>${item.children?.length ? html`<ul>${item.children.map((child) => html`<li><a href="${child.url}">${child.name}</a></li>`)}</ul>` : ''}</li>`)}</ul></nav>` : ''}
<p><strong>${site.governingBody || site.name}</strong></p>
${site.responsiblePerson ? html`<p>${t('responsiblePerson', { name: site.responsiblePerson })}</p>` : ''}
${site.licence ? html`<p>${site.licence}</p>` : ''}
${site.address ? html`<p>${t('address', { address: site.address })}</p>` : ''}
${site.phone || site.email
    ? html`<p>${site.phone ? t('phone', { phone: site.phone }) : ''}${site.phone && site.email ? ' · ' : ''}${site.email ? html`${t('email')} <a href="mailto:${site.email}">${site.email}</a>` : ''}</p>`
    : ''}${blocks}
</div></footer>`
}

/**
 * The portal's own header and menu; a theme may put its own in their place (theme.ts).
 * On a phone the menu and the display tools fold behind "Chuyên mục": a checkbox and its label,
 * read by the stylesheet, so it opens and closes without JavaScript (the text-size controls
 * work the same way). The checkbox comes first so that both the tools and the menu follow it.
 */
export function headerView({ site, nav, locale, homeUrl, searchForm, readingTools, otherLanguages, blocks }: HeaderProps): SafeHtml {
  const t = locale.t(siteMessages)
  return html`<header class="site-header">
<input type="checkbox" id="mo-menu" class="menu-switch visually-hidden" aria-controls="menu-chinh">
<div class="masthead"><div class="inner">
<div class="site-brand"><a class="site-title" href="${homeUrl}">${site.logoUrl ? html`<img class="site-logo" src="${site.logoUrl}" alt="" width="64" height="64">` : ''}<span class="site-name">${site.name}</span></a>
${site.tagline ? html`<p class="site-tagline">${site.tagline}</p>` : ''}</div>
<label for="mo-menu" class="menu-button"><span class="menu-icon" aria-hidden="true"></span>${t('menuButton')}</label>
${searchForm}
${readingTools}${blocks}
</div></div>
<nav class="site-nav" id="menu-chinh" aria-label="${t('menu')}"><div class="inner"><ul>
<li><a href="${homeUrl}">${t('home')}</a></li>
${nav.map((item) => html`<li${item.fromModule ? html` class="module-link"` : item.children?.length ? html` class="has-sub-menu"` : ''}><a href="${item.url}"${item.current ? html` aria-current="true"` : ''}>${item.name}</a>${item.children?.length
    ? html`<ul class="sub-menu">${item.children.map((child) => html`<li><a href="${child.url}"${child.current ? html` aria-current="true"` : ''}>${child.name}</a></li>`)}</ul>`
    : ''}</li>`)}${otherLanguages}
</ul></div></nav>
</header>`
}

function searchFormView(locale: Locale): SafeHtml {
  const t = locale.t(siteMessages)
  return html`<form class="site-search" method="get" action="${portalPaths(locale.lang).search}" role="search" aria-label="${t('searchLandmark')}"><label for="site-search-q">${t('searchLabel')}</label><span class="search-line"><input type="search" id="site-search-q" name="q" maxlength="1000" placeholder="${t('searchPlaceholder')}"><button type="submit">${t('searchButton')}</button></span></form>`
}

/**
 * Where the language switch's link goes in a kept frame: each page puts its own address there
 * (withLanguageSwitch), so one kept header serves every page of a language.
 */
const SWITCH_TARGET = 'language-switch-target:'

/** The language switch (a menu item): to the other language's portal, at this page's counterpart once the page puts it in. */
function otherLanguagesView(locale: Locale): SafeHtml {
  const other = otherLanguage(locale.lang)
  return html`\n<li class="language-switch"><a href="${SWITCH_TARGET}" lang="${other}" hreflang="${other}">${locale.t(siteMessages)('otherLanguage')}</a></li>`
}

export const otherLanguage = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi')

/**
 * The language switch of a page: its counterpart among its alternates (the English version of a
 * Vietnamese article, and back), else the other language's home page.
 */
export function languageSwitchTarget(lang: Lang, alternates: readonly Alternate[] | undefined): string {
  const other = otherLanguage(lang)
  return alternates?.find((a) => a.lang === other)?.path ?? portalPaths(other).home
}

/** The frame with its language switch going to `target` (a theme's header without the switch is left as it is). */
export function withLanguageSwitch(frame: Frame, target: string): Frame {
  const header = frame.header.value
  return header.includes(SWITCH_TARGET) ? { ...frame, header: trustedHtml(header.split(SWITCH_TARGET).join(escapeHtml(target))) } : frame
}
