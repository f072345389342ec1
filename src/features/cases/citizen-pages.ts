import type { FastifyReply } from 'fastify'
import type { Lang, Locale } from '../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import type { PortalChrome } from '../site/index.ts'
import { dayInstant } from './case-dates.ts'

// The pages a citizen's own case answers with (the form again, the code received, the look-up):
// never cached, never indexed, no cookie.

export function citizenPage(chrome: PortalChrome) {
  return async (reply: FastifyReply, status: number, title: string, main: SafeHtml, lang: Lang = 'vi'): Promise<FastifyReply> => {
    const body = await chrome.page({ lang, title, main })
    return reply.code(status).header('cache-control', 'no-store').header('x-robots-tag', 'noindex').type('text/html; charset=utf-8').send(body.toString())
  }
}

/** The words of a "received" page, from the kind's own catalogue. */
export interface ReceivedWords {
  heading: string
  text: string
  codeIs: string
  codeKeep: string
  codeMailed: string
  due: string
  track: string
  back: { href: string; label: string }
}

/** What the citizen sees after sending: the tracking code, where it was mailed, the due day. */
export function receivedView(className: string, words: ReceivedWords, c: { code: string }): SafeHtml {
  return html`<div class="comment-answer ${className}">
<h1>${words.heading}</h1>
<p>${words.text}</p>
<p>${words.codeIs} <strong class="tracking-code">${c.code}</strong></p>
<p>${words.codeKeep}</p>
${words.codeMailed ? html`<p>${words.codeMailed}</p>` : ''}
<p>${words.due}</p>
<p><a href="/tra-cuu">${words.track}</a> · <a href="${words.back.href}">${words.back.label}</a></p>
</div>`
}

/** The due day as the page's language writes it. */
export const dueDate = (locale: Locale, day: string) => locale.date(dayInstant(day))

/**
 * The comment forms' defences on a citizen's form: the honeypot people leave empty, and the
 * challenge once the abuse control asks for one. `id` prefixes the fields' ids (hd-, pa-).
 */
export function antiSpamFields(id: string, words: { honeypot: string; challenge: string; challengeAnswer: string }, challenge: { token: string } | undefined, challengeError: string | undefined): SafeHtml {
  return html`<p class="hp" aria-hidden="true"><label for="${id}-website">${words.honeypot}</label><input id="${id}-website" name="website" type="text" tabindex="-1" autocomplete="off"></p>
${challenge ? html`<fieldset class="challenge"><legend>${words.challenge}</legend>
<input type="hidden" name="challenge" value="${challenge.token}">
<label for="${id}-answer">${words.challengeAnswer}</label>
<input id="${id}-answer" name="answer" type="text" inputmode="numeric" autocomplete="off"${challengeError ? html` aria-invalid="true" aria-describedby="${id}-e-challenge"` : ''}>${challengeError ? html`<span class="field-error" id="${id}-e-challenge">${challengeError}</span>` : ''}
</fieldset>` : ''}`
}
