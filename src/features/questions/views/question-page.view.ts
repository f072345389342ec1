import type { Locale } from '../../../platform/i18n/index.ts'
import { html, trustedHtml, type SafeHtml } from '../../../platform/views/html.ts'
import { questionMessages } from '../messages.ts'
import { questionListUrl, type QuestionPaths } from '../question-paths.ts'
import type { PublishedQuestion } from '../question.ts'
import type { QuestionFile } from '../files/question-file.ts'
import { fileSizeText } from '../files/question-file.ts'

export interface QuestionPageModel {
  question: PublishedQuestion
  paths: QuestionPaths
  /** Attachments the answerer chose to publish with the answer; the rest stay in the newsroom. */
  files: QuestionFile[]
  /** What the modules show under an item (the rating form), after the answer. */
  below?: SafeHtml
}

/** One answered question: the name as the asker chose it, never a contact detail. */
export function questionPageView(m: QuestionPageModel, locale: Locale): SafeHtml {
  const t = locale.t(questionMessages)
  const { question: q, paths } = m
  return html`<article class="question-page">
<p class="muted"><a href="${questionListUrl(paths, q.topic.id)}">${q.topic.name}</a></p>
<h1>${q.title}</h1>
<p class="muted">${t('askedBy', { name: q.publicName, date: locale.date(q.receivedAt) })}</p>
<div class="question-text">${q.body.split('\n\n').map((p) => html`<p>${p}</p>`)}</div>
${m.files.length ? html`<section class="question-files"><h2>${t('attachments')}</h2><ul>${m.files.map((f) => html`<li><a href="${paths.file(f.id, f.fileName)}">${f.fileName}</a> <span class="muted">(${fileSizeText(f.bytes, locale)})</span></li>`)}</ul></section>` : ''}
<section class="question-answer"><h2>${t('answerHeading')}</h2>
<p class="muted">${t('answeredOn', { date: locale.date(q.publishedAt) })}</p>
<div class="article-body">${trustedHtml(q.answerHtml)}</div></section>
${m.below ?? ''}
<p><a href="${paths.list}">${t('backToList')}</a></p>
</article>`
}
