import type { Locale } from '../../../platform/i18n/index.ts'
import { html, trustedHtml, type SafeHtml } from '../../../platform/views/html.ts'
import { questionMessages } from '../messages.ts'
import type { PublishedQuestion } from '../question.ts'

/** One answered question: the name as the asker chose it, never a contact detail. */
export function questionPageView(q: PublishedQuestion, locale: Locale): SafeHtml {
  const t = locale.t(questionMessages)
  return html`<article class="question-page">
<p class="muted"><a href="/hoi-dap?linh-vuc=${q.topic.id}">${q.topic.name}</a></p>
<h1>${q.title}</h1>
<p class="muted">${t('askedBy', { name: q.publicName, date: locale.date(q.receivedAt) })}</p>
<div class="question-text">${q.body.split('\n\n').map((p) => html`<p>${p}</p>`)}</div>
<section class="question-answer"><h2>${t('answerHeading')}</h2>
<p class="muted">${t('answeredOn', { date: locale.date(q.publishedAt) })}</p>
<div class="article-body">${trustedHtml(q.answerHtml)}</div></section>
<p><a href="/hoi-dap">${t('backToList')}</a></p>
</article>`
}
