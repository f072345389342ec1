import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { questionMessages } from '../messages.ts'
import { questionListUrl, type QuestionPaths } from '../question-paths.ts'
import type { PublishedQuestion, QuestionTopic } from '../question.ts'

export interface PublicListModel {
  paths: QuestionPaths
  topics: QuestionTopic[]
  topicId: number | undefined
  /** Pinned by editors: shown first, on the first page only. */
  faq: PublishedQuestion[]
  questions: PublishedQuestion[]
  page: number
  pageCount: number
}

/** /hoi-dap: the FAQ pinned first, then the answered questions, newest first, by topic and by page. */
export function publicListView(m: PublicListModel, locale: Locale): SafeHtml {
  const t = locale.t(questionMessages)
  const { paths } = m
  const item = (q: PublishedQuestion) => html`<li class="question-item"><a href="${paths.question(q.slug)}">${q.title}</a>
<span class="muted"> · ${q.topic.name} · ${t('answeredOn', { date: locale.date(q.publishedAt) })}</span></li>`
  return html`<div class="questions-page">
<h1>${t('heading')}</h1>
<p>${t('intro')}</p>
<p class="question-actions"><a class="button" href="${paths.ask}">${t('ask')}</a> <a class="button" href="${paths.track}">${t('track')}</a></p>
<nav class="question-topics" aria-label="${t('topic')}"><ul>
<li>${m.topicId === undefined ? html`<strong aria-current="page">${t('allTopics')}</strong>` : html`<a href="${paths.list}">${t('allTopics')}</a>`}</li>
${m.topics.map((x) => html`<li>${m.topicId === x.id ? html`<strong aria-current="page">${x.name}</strong>` : html`<a href="${questionListUrl(paths, x.id)}">${x.name}</a>`}</li>`)}
</ul></nav>
${m.faq.length ? html`<section class="question-faq"><h2>${t('faq')}</h2><ul>${m.faq.map(item)}</ul></section>` : ''}
${m.questions.length ? html`<section class="question-answered"><h2>${t('answered')}</h2><ul class="question-list">${m.questions.map(item)}</ul></section>`
    : m.faq.length ? '' : html`<p>${t('none')}</p>`}
${m.pageCount > 1 ? html`<nav class="pager" aria-label="${t('pages')}">
${m.page > 1 ? html`<a href="${questionListUrl(paths, m.topicId, m.page - 1)}" rel="prev">${t('previous')}</a>` : ''}
<span class="muted">${t('pageOf', { page: locale.number(m.page), pages: locale.number(m.pageCount) })}</span>
${m.page < m.pageCount ? html`<a class="more" href="${questionListUrl(paths, m.topicId, m.page + 1)}" rel="next">${t('next')}</a>` : ''}
</nav>` : ''}
</div>`
}
