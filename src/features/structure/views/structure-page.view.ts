import type { Locale } from '../../../platform/i18n/index.ts'
import { html, trustedHtml, type SafeHtml } from '../../../platform/views/html.ts'
import { structureMessages } from '../messages.ts'
import type { ChartUnit, OrgChart } from '../org-chart.ts'
import type { StructurePaths } from '../paths.ts'
import { dayText } from '../structure.ts'
import { contactLines, inLang, personView, telLink } from './people.view.ts'

export interface StructurePageModel {
  chart: OrgChart
  paths: StructurePaths
  breadcrumb: SafeHtml
}

/**
 * /co-cau-to-chuc and /en/organisation: the contact points first (Decree 42 wants them easy to
 * find), then the chart as nested lists, which a screen reader reads as "list, 3 items, level 2";
 * the stylesheet draws it as boxes and lines where the screen is wide enough.
 */
export function structurePageView(m: StructurePageModel, locale: Locale): SafeHtml {
  const t = locale.t(structureMessages)
  const { chart } = m
  return html`<article class="org">
${m.breadcrumb}
<h1>${t('heading')}</h1>
<p><a href="${m.paths.directory}">${t('directoryLink')}</a></p>
${contactPointsView(chart, locale)}
${chart.roots.length === 0 ? html`<p>${t('empty')}</p>` : html`<section aria-labelledby="so-do"><h2 id="so-do">${t('chartLabel')}</h2>
<ol class="org-chart">${chart.roots.map((u) => unitView(u, 3, locale))}</ol></section>`}
${chart.events.length ? html`<section class="org-history" aria-labelledby="lich-su"><h2 id="lich-su">${t('history')}</h2>
<ul>${chart.events.map(({ event: e }) => html`<li>${t(`event.${e.kind}`, { date: dayText(e.onDate), before: e.nameBefore, after: e.nameAfter, other: e.otherUnitName })}</li>`)}</ul></section>` : ''}
</article>`
}

export function contactPointsView(chart: OrgChart, locale: Locale): SafeHtml {
  const t = locale.t(structureMessages)
  if (chart.spokespeople.length === 0 && chart.hotlines.length === 0) return html``
  return html`<section class="org-contact-points" aria-labelledby="dau-moi"><h2 id="dau-moi">${t('contactPoints')}</h2>
${chart.hotlines.map((h) => html`<p class="org-hotline"><strong>${t('hotline')}</strong> (${inLang(h.unit, locale)}): ${telLink(h.number)}</p>`)}
${chart.spokespeople.map((p) => html`<div class="org-spokesperson"><p><strong>${t('spokesperson')}</strong>: ${p.name}, ${inLang(p.title, locale)}</p>${contactLines(p, locale)}</div>`)}
</section>`
}

function unitView(u: ChartUnit, level: number, locale: Locale): SafeHtml {
  const t = locale.t(structureMessages)
  const h = Math.min(level, 6)
  const heading = trustedHtml(`h${h}`)
  return html`<li class="org-unit">
<div class="org-box">
<${heading} class="org-unit-name">${inLang(u.name, locale)}</${heading}>
${u.functionsHtml.text ? html`<details class="org-functions"><summary>${t('functions')}</summary><div${u.functionsHtml.lang === locale.lang ? '' : html` lang="${u.functionsHtml.lang}"`}>${trustedHtml(u.functionsHtml.text)}</div></details>` : ''}
${u.address ? html`<p>${t('address')}: ${u.address}</p>` : ''}
${u.phone ? html`<p>${t('phone')}: ${telLink(u.phone)}</p>` : ''}
${u.fax ? html`<p>${t('fax')}: ${u.fax}</p>` : ''}
${u.email ? html`<p>${t('email')}: <a href="mailto:${u.email}">${u.email}</a></p>` : ''}
${u.hotline ? html`<p>${t('hotline')}: ${telLink(u.hotline)}</p>` : ''}
${u.people.length ? html`<ul class="org-people" aria-label="${t('people')}: ${u.name.text}">${u.people.map((p) => personView(p, locale))}</ul>` : ''}
</div>
${u.children.length ? html`<ol class="org-children">${u.children.map((c) => unitView(c, level + 1, locale))}</ol>` : ''}
</li>`
}
