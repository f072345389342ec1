import type { ThemeViewsModule } from '../../src/features/site/index.ts'

// The blue theme's own header (a line naming the kind of portal above the site's name) and
// footer (a note on reuse); the article card and home layout stay the portal's. Its words come
// from the portal's catalogue and a small one of its own, so the English pages speak English.
const xanh: ThemeViewsModule = ({ html, siteMessages, defineMessages }) => {
  const xanhMessages = defineMessages('theme-xanh', {
    kicker: 'Cổng thông tin điện tử',
    reuseNote: 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
  }, {
    kicker: 'Online information portal',
    reuseNote: 'Please name the source when republishing information from this site.',
  })
  return {
    header: ({ site, nav, locale, homeUrl, searchForm, readingTools, otherLanguages, blocks }) => {
      const t = locale.t(siteMessages)
      return html`<header class="site-header"><div class="inner">
<div class="site-identity"><span class="site-kicker">${locale.t(xanhMessages)('kicker')}</span>
<a class="site-title" href="${homeUrl}">${site.logoUrl ? html`<img class="site-logo" src="${site.logoUrl}" alt="" height="56">` : ''}${site.name}</a>
${site.tagline ? html`<p class="site-tagline">${site.tagline}</p>` : ''}</div>
${searchForm}
${readingTools}${blocks}
</div></header>
<nav class="site-nav" aria-label="${t('menu')}"><div class="inner"><ul>
<li><a href="${homeUrl}">${t('home')}</a></li>
${nav.map((item) => html`<li><a href="${item.url}"${item.current ? html` aria-current="true"` : ''}>${item.name}</a></li>`)}${otherLanguages}
</ul></div></nav>`
    },
    footer: ({ site, locale, blocks }) => {
      const t = locale.t(siteMessages)
      return html`<footer class="site-footer"><div class="inner">
<p><strong>${site.governingBody || site.name}</strong></p>
${site.responsiblePerson ? html`<p>${t('responsiblePerson', { name: site.responsiblePerson })}</p>` : ''}
${site.licence ? html`<p>${site.licence}</p>` : ''}
${site.address ? html`<p>${t('address', { address: site.address })}</p>` : ''}
${site.phone ? html`<p>${t('phone', { phone: site.phone })}</p>` : ''}
${site.email ? html`<p>${t('email')} <a href="mailto:${site.email}">${site.email}</a></p>` : ''}
<p class="site-footer-note">${locale.t(xanhMessages)('reuseNote')}</p>${blocks}
</div></footer>`
    },
  }
}

export default xanh
