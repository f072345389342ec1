import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { localDateOf } from '../../working-days/index.ts'
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
<article aria-labelledby="pa-${c.id}"><h3 id="pa-${c.id}"><a href="${recordedCaseUrl(c.code)}">${c.code}: ${c.title}</a></h3>
${caseDetails(c, locale, 'h4')}
</article></li>`)}</ol>`}
</div>`
}

/** A handled case's own page (the address site search links to), in the same words as the record. */
export function recordedCaseView(c: RecordedCase, locale: Locale): SafeHtml {
  const t = locale.t(feedbackMessages)
  // The month the record lists it under: the day it was closed, in Hà Nội.
  const month = localDateOf(c.closedAt).slice(0, 7)
  return html`<div class="questions-page feedback-record">
<article class="feedback-case" aria-labelledby="pa-title"><h1 id="pa-title">${c.code}: ${c.title}</h1>
${caseDetails(c, locale, 'h2')}
</article>
<p><a href="/phan-anh?thang=${month}">${t('backToMonth', { month: monthText(month) })}</a> · <a href="/phan-anh/thong-ke">${t('figures')}</a></p>
</div>`
}

/** Where a handled case is published: its code, as the citizen and the record write it, in lower case. */
export const recordedCaseUrl = (code: string) => `/phan-anh/${code.toLowerCase()}`

function caseDetails(c: RecordedCase, locale: Locale, heading: 'h2' | 'h4'): SafeHtml {
  const t = locale.t(feedbackMessages)
  const resultHeading = heading === 'h2' ? html`<h2>${t('result')}</h2>` : html`<h4>${t('result')}</h4>`
  return html`<p class="muted"><span class="sender">${t('sentBy', { name: c.publicName })}</span> · ${t('receivedOn', { date: locale.date(c.receivedAt) })} · ${t('closedOn', { date: locale.date(c.closedAt) })}</p>
<p class="muted">${t('placeAndUnit', { place: c.place, unit: c.unit })}</p>
<div class="feedback-body">${paragraphs(c.body)}</div>
${resultHeading}
<div class="feedback-result">${c.status === 'resolved' ? paragraphs(c.resultText) : html`<p>${t('belongsTo', { body: c.bodyName })}</p>`}</div>`
}
