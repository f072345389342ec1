import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { structureMessages } from '../messages.ts'
import type { ChartPerson, Worded } from '../org-chart.ts'
import { vcardPath } from '../paths.ts'
import { monthText } from '../structure.ts'

/** A text in its own language: marked when an English page shows the Vietnamese for want of a translation. */
export const inLang = (w: Worded, locale: Locale): SafeHtml => (w.lang === locale.lang ? html`${w.text}` : html`<span lang="${w.lang}">${w.text}</span>`)

export const telLink = (phone: string) => html`<a href="tel:${phone.replace(/[^0-9+]/g, '')}">${phone}</a>`

/** One person: name, title "từ 03/2024", contacts, earlier titles, their card. */
export function personView(p: ChartPerson, locale: Locale): SafeHtml {
  const t = locale.t(structureMessages)
  return html`<li class="org-person${p.isLeader ? ' is-leader' : ''}">
${p.photo ? html`<img class="org-photo" src="${p.photo.src}" alt="" width="64" height="64" loading="lazy">` : ''}
<p class="org-name"><strong>${p.name}</strong>${p.isSpokesperson ? html` <span class="org-badge">${t('spokesperson')}</span>` : ''}</p>
<p class="org-title">${inLang(p.title, locale)}${p.since ? html` ${t('since', { month: monthText(p.since) })}` : ''}</p>
${contactLines(p, locale)}
${p.earlier.length ? html`<p class="org-earlier">${t('before')}: ${p.earlier.map((e, i) => html`${i ? '; ' : ''}<span lang="vi">${e.title}, ${e.unitName}</span> (${monthText(e.fromOn)} – ${e.untilOn ? monthText(e.untilOn) : ''})`)}</p>` : ''}
<p class="org-vcard"><a href="${vcardPath(p.id)}" download>${t('vcard', { name: p.name })}</a></p>
</li>`
}

export function contactLines(p: { phone: string; email: string }, locale: Locale): SafeHtml {
  const t = locale.t(structureMessages)
  return html`${p.phone ? html`<p>${t('phone')}: ${telLink(p.phone)}</p>` : ''}${p.email ? html`<p>${t('email')}: <a href="mailto:${p.email}">${p.email}</a></p>` : ''}`
}
