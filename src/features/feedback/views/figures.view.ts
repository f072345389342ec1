import type { Locale } from '../../../platform/i18n/index.ts'
import { barChartView } from '../../../platform/views/bar-chart.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { MonthFigures } from '../feedback-figures.ts'
import { feedbackMessages } from '../messages.ts'

const monthText = (month: string) => month.split('-').reverse().join('/')

/** /phan-anh/thong-ke: the twelve months' figures as a table (the record), and received as a chart. */
export function figuresView(rows: readonly MonthFigures[], locale: Locale): SafeHtml {
  const t = locale.t(feedbackMessages)
  const n = (x: number | null) => (x === null ? '—' : locale.number(x))
  return html`<div class="questions-page feedback-figures">
<h1>${t('figuresHeading')}</h1>
<p>${t('figuresIntro')}</p>
<table class="figures-table">
<caption>${t('figuresHeading')}</caption>
<thead><tr><th scope="col">${t('month')}</th><th scope="col">${t('received')}</th><th scope="col">${t('onTime')}</th><th scope="col">${t('late')}</th><th scope="col">${t('averageDays')}</th></tr></thead>
<tbody>${[...rows].reverse().map((r) => html`<tr><th scope="row">${monthText(r.month)}</th><td>${n(r.received)}</td><td>${n(r.onTime)}</td><td>${n(r.late)}</td><td>${n(r.averageDays)}</td></tr>`)}</tbody>
</table>
${barChartView({
  id: 'phan-anh-theo-thang', title: t('chartTitle'), labelHeading: t('month'), valueHeading: t('received'), number: (x) => locale.number(x),
  description: `${t('chartDescription')} ${rows.map((r) => `${monthText(r.month)}: ${locale.number(r.received)}`).join('; ')}.`,
  bars: rows.map((r) => ({ label: monthText(r.month), value: r.received })),
})}
<p><a href="/phan-anh">${t('backToList')}</a></p>
</div>`
}
