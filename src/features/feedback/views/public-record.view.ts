import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { RecordedCase } from '../feedback.ts'
import { feedbackMessages } from '../messages.ts'
import { paragraphs } from './paragraphs.ts'

export interface RecordModel {
  month: string
  previous: string
  next: string | undefined
  cases: RecordedCase[]
}

const monthText = (month: string) => month.split('-').reverse().join('/')

/** /phan-anh: the handled cases of a month with their result; the sender named only if they agreed. */
export function publicRecordView(m: RecordModel, locale: Locale): SafeHtml {
  const t = locale.t(feedbackMessages)
  return html`<div class="questions-page feedback-record">
<h1>${t('heading')}</h1>
<p>${t('intro')}</p>
<p class="question-actions"><a class="button" href="/phan-anh/gui">${t('send')}</a> <a class="button" href="/tra-cuu">${t('track')}</a> <a href="/phan-anh/thong-ke">${t('figures')}</a></p>
<h2>${t('recordHeading', { month: monthText(m.month) })}</h2>
<nav class="month-nav"><a href="/phan-anh?thang=${m.previous}" rel="prev">${t('previousMonth')}</a>${m.next ? html` · <a href="/phan-anh?thang=${m.next}" rel="next">${t('nextMonth')}</a>` : ''}</nav>
${m.cases.length === 0 ? html`<p>${t('recordNone')}</p>` : html`<ol class="feedback-cases">${m.cases.map((c) => html`<li class="feedback-case">
<article aria-labelledby="pa-${c.id}"><h3 id="pa-${c.id}">${c.code}: ${c.title}</h3>
<p class="muted"><span class="sender">${t('sentBy', { name: c.publicName })}</span> · ${t('receivedOn', { date: locale.date(c.receivedAt) })} · ${t('closedOn', { date: locale.date(c.closedAt) })}</p>
<p class="muted">${t('placeAndUnit', { place: c.place, unit: c.unit })}</p>
<div class="feedback-body">${paragraphs(c.body)}</div>
<h4>${t('result')}</h4>
<div class="feedback-result">${c.status === 'resolved' ? paragraphs(c.resultText) : html`<p>${t('belongsTo', { body: c.bodyName })}</p>`}</div>
</article></li>`)}</ol>`}
</div>`
}
