import type { ThemeViewsModule } from '../../src/features/site/index.ts'

// The blue theme's own header (a line naming the kind of portal above the site's name) and
// footer (a note on reuse); the article card and home layout stay the portal's.
const xanh: ThemeViewsModule = ({ html }) => ({
  header: ({ site, nav, searchForm, readingTools, blocks }) => html`<header class="site-header"><div class="inner">
<div class="site-identity"><span class="site-kicker">Cổng thông tin điện tử</span>
<a class="site-title" href="/">${site.logoUrl ? html`<img class="site-logo" src="${site.logoUrl}" alt="" height="56">` : ''}${site.name}</a>
${site.tagline ? html`<p class="site-tagline">${site.tagline}</p>` : ''}</div>
${searchForm}
${readingTools}${blocks}
</div></header>
<nav class="site-nav" aria-label="Chuyên mục"><div class="inner"><ul>
<li><a href="/">Trang chủ</a></li>
${nav.map((item) => html`<li><a href="${item.url}"${item.current ? html` aria-current="true"` : ''}>${item.name}</a></li>`)}
</ul></div></nav>`,
  footer: ({ site, blocks }) => html`<footer class="site-footer"><div class="inner">
<p><strong>${site.governingBody || site.name}</strong></p>
${site.responsiblePerson ? html`<p>Chịu trách nhiệm nội dung: ${site.responsiblePerson}</p>` : ''}
${site.licence ? html`<p>${site.licence}</p>` : ''}
${site.address ? html`<p>Địa chỉ: ${site.address}</p>` : ''}
${site.phone ? html`<p>Điện thoại: ${site.phone}</p>` : ''}
${site.email ? html`<p>Thư điện tử: <a href="mailto:${site.email}">${site.email}</a></p>` : ''}
<p class="site-footer-note">Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>${blocks}
</div></footer>`,
})

export default xanh
