import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { STYLESHEET_URL } from '../../site/index.ts'
import { NEWSROOM_STYLESHEET } from '../newsroom-stylesheet.ts'
import { roleName } from '../role.ts'
import type { NewsroomUser } from '../user.ts'

export interface NewsroomPage {
  title: string
  user?: NewsroomUser
  csrfToken?: string
  main: SafeHtml
  /** Our own scripts, which only improve a page that works without them. */
  scripts?: string[]
  /** A screen's own stylesheets (the editor's), after the portal's. */
  stylesheets?: string[]
}

/** The newsroom's frame: never cached, never indexed, Vietnamese, usable without JavaScript. */
export function newsroomLayoutView(page: NewsroomPage): SafeHtml {
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${page.title} - Tòa soạn</title>
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="${STYLESHEET_URL}">
<link rel="stylesheet" href="${NEWSROOM_STYLESHEET.url}">
${(page.stylesheets ?? []).map((href) => html`<link rel="stylesheet" href="${href}">`)}
${(page.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body class="newsroom">
<a class="skip-link" href="#noi-dung">Chuyển đến nội dung chính</a>
<header class="site-header"><div class="inner">
<a class="site-title" href="/toa-soan">Tòa soạn</a>
${page.user ? html`<p class="site-tagline">${page.user.name} · ${roleName(page.user.role)}</p>` : ''}
</div></header>
${page.user && page.csrfToken ? html`<nav class="site-nav" aria-label="Tòa soạn"><div class="inner"><ul>
<li><a href="/toa-soan">Bàn làm việc</a></li>
<li><a href="/">Trang công khai</a></li>
<li><form method="post" action="/toa-soan/dang-xuat" class="inline-form"><input type="hidden" name="_csrf" value="${page.csrfToken}"><button type="submit" class="link-button">Đăng xuất</button></form></li>
</ul></div></nav>` : ''}
<div class="page newsroom-page">
<main id="noi-dung" tabindex="-1">
${page.main}
</main>
</div>
</body>
</html>`
}
