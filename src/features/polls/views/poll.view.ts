import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { IssuedChallenge } from '../../comments/index.ts'
import { pollMessages } from '../messages.ts'
import { percentOf, type Poll, type PollState } from '../poll.ts'
import { votePath } from '../paths.ts'

/** The vote form as the reader left it: what was ticked, what is wrong, the challenge if asked. */
export interface VoteFormState {
  selected: readonly string[]
  error?: string
  challenge?: IssuedChallenge
}

export const emptyVoteForm: VoteFormState = { selected: [] }

/** The question and its choices as a plain form: it works without any script. `idPrefix` keeps ids unique when the block and the page show the same poll. */
export function pollFormView(poll: Poll, form: VoteFormState, locale: Locale, idPrefix = 'p'): SafeHtml {
  const t = locale.t(pollMessages)
  const type = poll.multiple ? 'checkbox' : 'radio'
  const errorId = `${idPrefix}${poll.id}-error`
  return html`<form class="poll-form" method="post" action="${votePath(poll.slug)}">
<fieldset${form.error ? html` aria-describedby="${errorId}"` : ''}>
<legend>${poll.question} <small>(${t(poll.multiple ? 'chooseSeveral' : 'chooseOne')})</small></legend>
${poll.choices.map((c) => html`<p><label><input type="${type}" name="choice" value="${c.id}"${form.selected.includes(String(c.id)) ? html` checked` : ''}> ${c.label}</label></p>`)}
${form.error ? html`<p class="field-error" id="${errorId}">${form.error}</p>` : ''}
</fieldset>
${form.challenge ? html`<fieldset class="challenge">
<legend>${t('challenge')}</legend>
<input type="hidden" name="challenge" value="${form.challenge.token}">
<label for="${idPrefix}${poll.id}-answer">${t('challengeAnswer', { question: form.challenge.question })}</label>
<input id="${idPrefix}${poll.id}-answer" name="answer" type="text" inputmode="numeric" autocomplete="off" required>
</fieldset>` : ''}
<p><button type="submit">${t('vote')}</button></p>
</form>`
}

/** Each choice's votes as a meter (no script, no inline style), with its share of the voters. */
export function pollResultsView(poll: Poll, locale: Locale): SafeHtml {
  const t = locale.t(pollMessages)
  return html`<section class="poll-results" aria-label="${t('results')}">
<ul>
${poll.choices.map((c) => html`<li><span class="poll-choice">${c.label}</span>
<meter min="0" max="${Math.max(poll.voters, 1)}" value="${c.votes}">${percentOf(c.votes, poll.voters)}%</meter>
<span class="poll-count">${percentOf(c.votes, poll.voters)}% · ${t('votes', { count: c.votes })}</span></li>`)}
</ul>
<p class="poll-voters">${t('voters', { count: poll.voters })}</p>
</section>`
}

/** When the poll opens or closes, in the reader's words. */
export function pollTimesView(poll: Poll, state: PollState, locale: Locale): SafeHtml {
  const t = locale.t(pollMessages)
  if (state === 'upcoming') return html`<p class="poll-times">${t('opensAt', { time: locale.dateTime(poll.opensAt) })}</p>`
  if (state === 'open') return html`<p class="poll-times">${t('openUntil', { time: locale.dateTime(poll.closesAt) })}</p>`
  return html`<p class="poll-times">${t('closedAt', { time: locale.dateTime(poll.closesAt) })}</p>`
}

/** Why the counts are not shown yet, and where to see them. */
export function resultsLaterView(poll: Poll, locale: Locale, hasVoted: boolean): SafeHtml {
  const t = locale.t(pollMessages)
  if (poll.resultsShown === 'after-close') return html`<p class="poll-later">${t('resultsAfterClose', { time: locale.dateTime(poll.closesAt) })}</p>`
  return hasVoted ? html`` : html`<p class="poll-later">${t('resultsAfterVote')}</p>`
}

