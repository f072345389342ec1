import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { pollMessages } from '../messages.ts'
import { stateOf, type Poll } from '../poll.ts'
import { POLLS_PATH, pollPath, votePath } from '../paths.ts'
import { pollFormView, pollResultsView, pollTimesView, resultsLaterView, type VoteFormState } from './poll.view.ts'

/**
 * /binh-chon/<slug>, the same bytes for every reader (it is cached): the form while the poll is
 * open, the results once it is closed. A reader's own view after voting is the vote page's.
 */
export function pollPageView(poll: Poll, now: Date, locale: Locale, form?: VoteFormState): SafeHtml {
  const t = locale.t(pollMessages)
  const state = stateOf(poll, now)
  return html`<article class="poll">
<p class="poll-kicker"><a href="${POLLS_PATH}">${t('all')}</a></p>
<h1>${poll.question}</h1>
${pollTimesView(poll, state, locale)}
${state === 'open' ? html`${pollFormView(poll, form ?? { selected: [] }, locale)}
${poll.resultsShown === 'after-vote' ? html`<p><a href="${votePath(poll.slug)}">${t('seeResults')}</a></p>` : resultsLaterView(poll, locale, false)}` : ''}
${state === 'closed' ? pollResultsView(poll, locale) : ''}
</article>`
}

export interface VotePageModel {
  poll: Poll
  now: Date
  /** What the reader is told first: thanks, already voted, closed… */
  message?: string
  hasVoted: boolean
  showResults: boolean
}

/** /binh-chon/<slug>/bieu-quyet, for one reader (never cached): the results when they may see them. */
export function votePageView(m: VotePageModel, locale: Locale): SafeHtml {
  const t = locale.t(pollMessages)
  const state = stateOf(m.poll, m.now)
  return html`<article class="poll">
<p class="poll-kicker"><a href="${POLLS_PATH}">${t('all')}</a></p>
<h1>${m.poll.question}</h1>
${m.message ? html`<p class="poll-message" role="status">${m.message}</p>` : ''}
${pollTimesView(m.poll, state, locale)}
${m.showResults ? pollResultsView(m.poll, locale) : state === 'open' ? resultsLaterView(m.poll, locale, m.hasVoted) : ''}
<p><a href="${pollPath(m.poll.slug)}">${t('backToPoll')}</a></p>
</article>`
}

/** /binh-chon: the polls readers can see (opened already), the newest first. */
export function pollListView(polls: readonly Poll[], now: Date, locale: Locale): SafeHtml {
  const t = locale.t(pollMessages)
  return html`<h1>${t('all')}</h1>
${polls.length === 0 ? html`<p>${t('none')}</p>` : html`<ul class="poll-list">
${polls.map((p) => html`<li><a href="${pollPath(p.slug)}">${p.question}</a> ${pollTimesView(p, stateOf(p, now), locale)}</li>`)}
</ul>`}`
}

/** The sidebar's "Bình chọn": the newest open poll's form; nothing when none is open. */
export function pollBlockView(poll: Poll | undefined, locale: Locale): SafeHtml {
  if (!poll) return html``
  const t = locale.t(pollMessages)
  return html`<section class="block poll-block" aria-labelledby="binh-chon-khoi">
<h2 id="binh-chon-khoi">${t('heading')}</h2>
<div class="block-body">${pollFormView(poll, { selected: [] }, locale, 'k')}
<p><a href="${pollPath(poll.slug)}">${t('seePoll')}</a></p></div>
</section>`
}
