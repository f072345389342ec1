import type { Lang, Locale } from '../../../platform/i18n/index.ts'
import { html, jsonForScript, type SafeHtml } from '../../../platform/views/html.ts'
import { siteMessages } from '../messages.ts'
import { portalPaths } from '../portal-paths.ts'
import type { SiteSettings } from '../site-settings.ts'
import { readingToolsView } from './reading-tools.view.ts'

export interface NavItem {
  name: string
  url: string
  current: boolean
}

/** The same page in another language (the English home for the Vietnamese one, and back). */
export interface Alternate {
  lang: Lang
  path: string
}

export interface LayoutModel {
  locale: Locale
  site: SiteSettings
  nav: NavItem[]
  stylesheetUrl: string
  /** The readers' display script (text size and contrast kept from page to page, printing). */
  readingToolsUrl: string
  /** The page's own title; the site name is added after it. */
  title: string
  description?: string
  canonicalPath?: string
  openGraph?: { type: 'article' | 'website'; image?: string }
  jsonLd?: unknown
  /** A category page's own feed, offered besides the whole portal's. */
  feed?: { title: string; path: string }
  /** Pages search engines should not keep (search results). */
  noindex?: boolean
  /** Every language's address of this page, its own included, where it has a counterpart. */
  alternates?: Alternate[]
  sidebar: SafeHtml
  main: SafeHtml
}

export function layoutView(page: LayoutModel): SafeHtml {
  const fullTitle = page.title ? `${page.title} - ${page.site.name}` : page.site.name
  const { locale } = page
  const t = locale.t(siteMessages)
  const paths = portalPaths(locale.lang)
  return html`<!doctype html>
<html lang="${locale.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${page.canonicalPath ? html`<link rel="canonical" href="${page.canonicalPath}">` : ''}
${page.noindex ? html`<meta name="robots" content="noindex">` : ''}
${page.alternates?.map((a) => html`<link rel="alternate" hreflang="${a.lang}" href="${a.path}">`)}
<meta property="og:site_name" content="${page.site.name}">
<meta property="og:title" content="${page.title || page.site.name}">
<meta property="og:type" content="${page.openGraph?.type ?? 'website'}">
${page.description ? html`<meta property="og:description" content="${page.description}">` : ''}
${page.openGraph?.image ? html`<meta property="og:image" content="${page.openGraph.image}">` : ''}
<link rel="alternate" type="application/rss+xml" title="${page.site.name}" href="/rss">
${page.feed ? html`<link rel="alternate" type="application/rss+xml" title="${page.feed.title}" href="${page.feed.path}">` : ''}
<link rel="stylesheet" href="${page.stylesheetUrl}">
<script src="${page.readingToolsUrl}" defer></script>
${page.jsonLd ? html`<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>` : ''}
</head>
<body>
<a class="skip-link" href="#noi-dung">${t('skipToContent')}</a>
<header class="site-header"><div class="inner">
<a class="site-title" href="${paths.home}">${page.site.logoUrl ? html`<img class="site-logo" src="${page.site.logoUrl}" alt="" height="56">` : ''}${page.site.name}</a>
${page.site.tagline ? html`<p class="site-tagline">${page.site.tagline}</p>` : ''}
<form class="site-search" method="get" action="${paths.search}" role="search"><label for="site-search-q">${t('searchLabel')}</label> <input type="search" id="site-search-q" name="q" maxlength="1000" placeholder="${t('searchPlaceholder')}"> <button type="submit">${t('searchButton')}</button></form>
${readingToolsView(locale)}
</div></header>
<nav class="site-nav" aria-label="${t('menu')}"><div class="inner"><ul>
<li><a href="${paths.home}">${t('home')}</a></li>
${page.nav.map((item) => html`<li><a href="${item.url}"${item.current ? html` aria-current="true"` : ''}>${item.name}</a></li>`)}
${locale.lang === 'vi' ? '' : html`<li><a href="/" lang="vi" hreflang="vi">${t('otherLanguage')}</a></li>`}
</ul></div></nav>
<div class="page">
<main id="noi-dung" tabindex="-1">
${page.main}
</main>
<aside class="sidebar" aria-label="${t('sidebar')}">
${page.sidebar}
</aside>
</div>
${footerView(page.site, locale)}
</body>
</html>`
}

function footerView(site: SiteSettings, locale: Locale): SafeHtml {
  const t = locale.t(siteMessages)
  return html`<footer class="site-footer"><div class="inner">
<p><strong>${site.governingBody || site.name}</strong></p>
${site.responsiblePerson ? html`<p>${t('responsiblePerson', { name: site.responsiblePerson })}</p>` : ''}
${site.licence ? html`<p>${site.licence}</p>` : ''}
${site.address ? html`<p>${t('address', { address: site.address })}</p>` : ''}
${site.phone || site.email
    ? html`<p>${site.phone ? t('phone', { phone: site.phone }) : ''}${site.phone && site.email ? ' · ' : ''}${site.email ? html`${t('email')} <a href="mailto:${site.email}">${site.email}</a>` : ''}</p>`
    : ''}
</div></footer>`
}
