import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { structureMessages } from '../messages.ts'
import type { ChartPerson, OrgChart } from '../org-chart.ts'
import type { StructurePaths } from '../paths.ts'
import { vcardPath } from '../paths.ts'
import { monthText } from '../structure.ts'
import { contactPointsView } from './structure-page.view.ts'
import { inLang, telLink } from './people.view.ts'

export interface DirectoryModel {
  chart: OrgChart
  found: ChartPerson[]
  query: string
  paths: StructurePaths
  breadcrumb: SafeHtml
}

/** /co-cau-to-chuc/danh-ba: a search form (a GET, so it works without script) and a table of people. */
export function directoryView(m: DirectoryModel, locale: Locale): SafeHtml {
  const t = locale.t(structureMessages)
  return html`<article class="org">
${m.breadcrumb}
<h1>${t('directoryHeading')}</h1>
<p><a href="${m.paths.chart}">${t('chartLink')}</a></p>
${contactPointsView(m.chart, locale)}
<form method="get" action="${m.paths.directory}" class="org-search" role="search">
<label for="tim-can-bo">${t('searchLabel')}</label>
<input id="tim-can-bo" name="q" type="search" maxlength="100" value="${m.query}">
<button type="submit">${t('searchButton')}</button>
</form>
${m.query ? html`<p role="status">${t('found', { count: m.found.length })}</p>` : ''}
${m.found.length === 0 ? html`<p>${t('nobody')}</p>` : html`<table class="org-directory">
<thead><tr><th scope="col">${t('name')}</th><th scope="col">${t('title')}</th><th scope="col">${t('unit')}</th><th scope="col">${t('contact')}</th></tr></thead>
<tbody>${m.found.map((p) => html`<tr>
<th scope="row">${p.name}${p.isSpokesperson ? html` <span class="org-badge">${t('spokesperson')}</span>` : ''}</th>
<td>${inLang(p.title, locale)}${p.since ? html` ${t('since', { month: monthText(p.since) })}` : ''}</td>
<td>${inLang(p.unitName, locale)}</td>
<td>${p.phone ? html`${telLink(p.phone)}<br>` : ''}${p.email ? html`<a href="mailto:${p.email}">${p.email}</a><br>` : ''}<a href="${vcardPath(p.id)}" download>${t('vcard', { name: p.name })}</a></td>
</tr>`)}</tbody></table>`}
</article>`
}
