import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { questionMessages } from '../messages.ts'
import { questionUrl } from '../question.source.ts'
import type { PublishedQuestion, QuestionTopic } from '../question.ts'

export interface PublicListModel {
  topics: QuestionTopic[]
  topicId: number | undefined
  faq: PublishedQuestion[]
  questions: PublishedQuestion[]
}

/** /hoi-dap: the FAQ pinned first, then the answered questions, by topic. */
export function publicListView(m: PublicListModel, locale: Locale): SafeHtml {
  const t = locale.t(questionMessages)
  const item = (q: PublishedQuestion) => html`<li class="question-item"><a href="${questionUrl(q.slug)}">${q.title}</a>
<span class="muted"> · ${q.topic.name} · ${t('answeredOn', { date: locale.date(q.publishedAt) })}</span></li>`
  return html`<div class="questions-page">
<h1>${t('heading')}</h1>
<p>${t('intro')}</p>
<p class="question-actions"><a class="button" href="/hoi-dap/dat-cau-hoi">${t('ask')}</a> <a class="button" href="/tra-cuu">${t('track')}</a></p>
<nav class="question-topics" aria-label="${t('topic')}"><ul>
<li>${m.topicId === undefined ? html`<strong>${t('allTopics')}</strong>` : html`<a href="/hoi-dap">${t('allTopics')}</a>`}</li>
${m.topics.map((x) => html`<li>${m.topicId === x.id ? html`<strong>${x.name}</strong>` : html`<a href="/hoi-dap?linh-vuc=${x.id}">${x.name}</a>`}</li>`)}
</ul></nav>
${m.faq.length ? html`<section class="question-faq"><h2>${t('faq')}</h2><ul>${m.faq.map(item)}</ul></section>` : ''}
${m.questions.length ? html`<ul class="question-list">${m.questions.map(item)}</ul>` : m.faq.length ? '' : html`<p>${t('none')}</p>`}
</div>`
}
