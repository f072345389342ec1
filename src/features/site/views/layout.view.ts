import type { RenderedSlots } from '../../../platform/layout/index.ts'
import { html, jsonForScript, type SafeHtml } from '../../../platform/views/html.ts'
import type { SiteSettings } from '../site-settings.ts'
import type { FooterProps, HeaderProps, NavItem, ThemeViews } from '../theme.ts'
import { readingToolsView } from './reading-tools.view.ts'
import { slotView } from './slot.view.ts'

export type { NavItem }

export interface LayoutModel {
  site: SiteSettings
  nav: NavItem[]
  stylesheetUrl: string
  /** After the portal's stylesheet: the brand tokens chosen in the newsroom, then the theme's own. */
  extraStylesheets?: string[]
  /** The header and footer of the theme, when it has its own. */
  views?: Partial<Pick<ThemeViews, 'header' | 'footer'>>
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
  /** The blocks the administrator placed, slot by slot. */
  slots: RenderedSlots
  main: SafeHtml
}

export function layoutView(page: LayoutModel): SafeHtml {
  const fullTitle = page.title ? `${page.title} - ${page.site.name}` : page.site.name
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${page.canonicalPath ? html`<link rel="canonical" href="${page.canonicalPath}">` : ''}
${page.noindex ? html`<meta name="robots" content="noindex">` : ''}
<meta property="og:site_name" content="${page.site.name}">
<meta property="og:title" content="${page.title || page.site.name}">
<meta property="og:type" content="${page.openGraph?.type ?? 'website'}">
${page.description ? html`<meta property="og:description" content="${page.description}">` : ''}
${page.openGraph?.image ? html`<meta property="og:image" content="${page.openGraph.image}">` : ''}
<link rel="alternate" type="application/rss+xml" title="${page.site.name}" href="/rss">
${page.feed ? html`<link rel="alternate" type="application/rss+xml" title="${page.feed.title}" href="${page.feed.path}">` : ''}
<link rel="stylesheet" href="${page.stylesheetUrl}">${(page.extraStylesheets ?? []).map((url) => html`
<link rel="stylesheet" href="${url}">`)}
<script src="${page.readingToolsUrl}" defer></script>
${page.jsonLd ? html`<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>` : ''}${page.slots.head.value ? html`\n${page.slots.head}` : ''}
</head>
<body>
<a class="skip-link" href="#noi-dung">Chuyển đến nội dung chính</a>${slotView(page.slots, 'top')}
${(page.views?.header ?? headerView)({ site: page.site, nav: page.nav, searchForm: SEARCH_FORM, readingTools: readingToolsView(), blocks: slotView(page.slots, 'header') })}
<div class="page">
<main id="noi-dung" tabindex="-1">
${page.main}
</main>${page.slots.sidebar.value ? html`
<aside class="sidebar" aria-label="Tiện ích">
${page.slots.sidebar}
</aside>` : ''}
</div>
${(page.views?.footer ?? footerView)({ site: page.site, blocks: slotView(page.slots, 'footer') })}
</body>
</html>`
}

export function footerView({ site, blocks }: FooterProps): SafeHtml {
  return html`<footer class="site-footer"><div class="inner">
<p><strong>${site.governingBody || site.name}</strong></p>
${site.responsiblePerson ? html`<p>Chịu trách nhiệm nội dung: ${site.responsiblePerson}</p>` : ''}
${site.licence ? html`<p>${site.licence}</p>` : ''}
${site.address ? html`<p>Địa chỉ: ${site.address}</p>` : ''}
${site.phone || site.email
    ? html`<p>${site.phone ? html`Điện thoại: ${site.phone}` : ''}${site.phone && site.email ? ' · ' : ''}${site.email ? html`Thư điện tử: <a href="mailto:${site.email}">${site.email}</a>` : ''}</p>`
    : ''}${blocks}
</div></footer>`
}

/** The portal's own header and menu; a theme may put its own in their place (theme.ts). */
export function headerView({ site, nav, searchForm, readingTools, blocks }: HeaderProps): SafeHtml {
  return html`<header class="site-header"><div class="inner">
<a class="site-title" href="/">${site.logoUrl ? html`<img class="site-logo" src="${site.logoUrl}" alt="" height="56">` : ''}${site.name}</a>
${site.tagline ? html`<p class="site-tagline">${site.tagline}</p>` : ''}
${searchForm}
${readingTools}${blocks}
</div></header>
<nav class="site-nav" aria-label="Chuyên mục"><div class="inner"><ul>
<li><a href="/">Trang chủ</a></li>
${nav.map((item) => html`<li><a href="${item.url}"${item.current ? html` aria-current="true"` : ''}>${item.name}</a></li>`)}
</ul></div></nav>`
}

const SEARCH_FORM = html`<form class="site-search" method="get" action="/tim-kiem" role="search"><label for="site-search-q">Tìm kiếm</label> <input type="search" id="site-search-q" name="q" maxlength="1000" placeholder="Nhập từ khóa, có dấu hoặc không dấu"> <button type="submit">Tìm</button></form>`
