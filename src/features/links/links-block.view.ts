import type { Locale } from '../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import { linkMessages } from './messages.ts'
import type { LinkGroup } from './link.repository.ts'

// Grouped links as disclosures: no JavaScript, nothing navigates on its own (WCAG 3.2.2),
// and a new tab is announced before it opens.
export function linksBlockView(groups: LinkGroup[], locale: Locale): SafeHtml {
  const t = locale.t(linkMessages)
  const shown = groups.filter((g) => g.links.length > 0)
  if (shown.length === 0) return html``
  return html`<section class="block links-block" aria-labelledby="lien-ket-website">
<h2 id="lien-ket-website">${t('heading')}</h2>
<div class="block-body">
${shown.map((group, i) => {
    const list = html`<ul>${group.links.map((link) => html`<li><a href="${link.url}" target="_blank" rel="noopener noreferrer external">${link.name}<span class="visually-hidden"> ${t('newTab')}</span></a></li>`)}</ul>`
    // A group named as the block itself ("Liên kết website") would repeat the title: its links show as they are.
    return sameName(group.name, t('heading'))
      ? html`<div class="links-group">${list}</div>`
      : html`<details class="links-group"${i === 0 ? html` open` : ''}>
<summary>${group.name}</summary>
${list}
</details>`
  })}
</div>
</section>`
}

function sameName(a: string, b: string): boolean {
  const plain = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi')
  return plain(a) === plain(b)
}
