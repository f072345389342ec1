import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { AppError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { each, once, pathParams, readHeaders, sentFields } from '../../platform/http/request-schemas.ts'
import { fromSameOrigin } from '../../platform/http/same-origin.ts'
import { say } from '../../platform/i18n/index.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { ChallengeRequiredError } from '../comments/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { pollMessages } from './messages.ts'
import { resultsVisible, type Poll } from './poll.ts'
import { findPollBySlug, listPolls } from './poll.repository.ts'
import type { PollDefinitions } from './poll-definitions.ts'
import { AlreadyVotedError, VotesLimitedError, type PollVoting } from './poll-voting.service.ts'
import { POLL_LIST_TAG, POLLS_PATH, pollTag, votePath } from './paths.ts'
import { pollListView, pollPageView, votePageView } from './views/poll-page.view.ts'
import type { VoteFormState } from './views/poll.view.ts'

const SlugParams = pathParams('slug')
const VoteForm = sentFields('choice', 'challenge', 'answer', 'nonce')
const VoteHeaders = readHeaders('user-agent', 'cookie', 'sec-fetch-site', 'origin', 'host')

/** The browser's own mark: sent back only to its poll's vote path, so every other page stays cookie-free. */
const MARK = 'da-binh-chon'
const MARK_KEPT_AFTER_CLOSE_MS = 30 * 86_400_000

export interface PublicPollDeps {
  db: Db
  clock: Clock
  voting: PollVoting
  definitions: PollDefinitions
  chrome: PortalChrome
  responder: PublicResponder
}

// The poll's page and the list are cached like any reader's page; the vote and the reader's own
// results are never cached (docs/decisions/0052-poll-results-outside-the-page-cache.md).
export function publicPollRoutes(deps: PublicPollDeps) {
  const locale = deps.chrome.locale('vi')
  const t = locale.t(pollMessages)
  const words = (error: AppError): string => (error.phrase ? say(locale, error.phrase) : error.messageVi)

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get(POLLS_PATH, async (req, reply) => {
      const now = deps.clock.now()
      const body = await deps.chrome.page({ title: t('all'), canonicalPath: POLLS_PATH, main: pollListView(await listPolls(deps.db, { openedBy: now }), now, locale) })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [POLL_LIST_TAG, 'layout'] })
    })

    app.get(`${POLLS_PATH}/:slug`, { schema: { params: SlugParams } }, async (req, reply) => {
      const poll = await pollOf(req.params.slug)
      const body = await deps.chrome.page({ title: poll.question, canonicalPath: `${POLLS_PATH}/${poll.slug}`, main: pollPageView(poll, deps.clock.now(), locale) })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [pollTag(poll.id), 'layout'] })
    })

    app.get(`${POLLS_PATH}/:slug/bieu-quyet`, { schema: { params: SlugParams, headers: VoteHeaders } }, async (req, reply) => {
      const poll = await pollOf(req.params.slug)
      const voted = await deps.voting.hasVoted(poll, readerOf(req), markedIn(req.headers.cookie))
      return sendVotePage(reply, 200, poll, voted)
    })

    app.post(`${POLLS_PATH}/:slug/bieu-quyet`, { schema: { params: SlugParams, body: VoteForm, headers: VoteHeaders } }, async (req, reply) => {
      // What a vote checks against is kept in memory; what an answer shows is read afresh.
      const poll = await pollOf(req.params.slug, deps.definitions)
      if (!fromOurPages(req)) return sendVotePage(reply, 403, await pollOf(poll.slug), false, t('crossSite'))
      const sent = { choices: each(req.body.choice), challenge: once(req.body.challenge) ?? '', answer: once(req.body.answer) ?? '', nonce: once(req.body.nonce) ?? '' }
      const form: VoteFormState = { selected: sent.choices }
      try {
        await deps.voting.vote(poll, sent, readerOf(req), markedIn(req.headers.cookie))
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        const fresh = await pollOf(poll.slug)
        if (error instanceof ValidationError) return sendPollForm(reply, 422, fresh, { ...form, error: error.fields.choice })
        if (error instanceof ChallengeRequiredError) return sendPollForm(reply, 422, fresh, { ...form, error: words(error), challenge: error.challenge })
        if (error instanceof VotesLimitedError) {
          reply.header('retry-after', String(error.retryAfterSeconds))
          return sendPollForm(reply, 429, fresh, { ...form, error: words(error) })
        }
        return sendVotePage(reply, error.status, fresh, error instanceof AlreadyVotedError, words(error))
      }
      const keptFor = Math.ceil((poll.closesAt.getTime() - deps.clock.now().getTime() + MARK_KEPT_AFTER_CLOSE_MS) / 1000)
      reply.header('set-cookie', `${MARK}=1; Path=${votePath(poll.slug)}; Max-Age=${keptFor}; HttpOnly; SameSite=Lax${req.protocol === 'https' ? '; Secure' : ''}`)
      return reply.code(303).header('cache-control', 'no-store').header('location', `${votePath(poll.slug)}?da-gui=1`).send()
    })
  }

  async function pollOf(slug: string, from?: PollDefinitions): Promise<Poll> {
    const valid = /^[a-z0-9-]{1,120}$/.test(slug)
    const poll = !valid ? undefined : from ? await from.find(slug) : await findPollBySlug(deps.db, slug)
    if (!poll) throw new NotFoundError('Poll not found')
    return poll
  }

  async function sendVotePage(reply: FastifyReply, status: number, poll: Poll, hasVoted: boolean, message?: string): Promise<FastifyReply> {
    const now = deps.clock.now()
    const thanks = hasVoted && status === 200 && /[?&]da-gui=1\b/.test(reply.request.url) ? t('thanks') : undefined
    const main = votePageView({ poll, now, hasVoted, showResults: resultsVisible(poll, now, hasVoted), message: message ?? thanks }, locale)
    return sendPage(reply, status, status >= 400 ? t('failedTitle') : poll.question, main)
  }

  async function sendPollForm(reply: FastifyReply, status: number, poll: Poll, form: VoteFormState): Promise<FastifyReply> {
    return sendPage(reply, status, t('failedTitle'), pollPageView(poll, deps.clock.now(), locale, form))
  }

  async function sendPage(reply: FastifyReply, status: number, title: string, main: SafeHtml): Promise<FastifyReply> {
    const body = await deps.chrome.page({ title, main })
    return reply.code(status).header('cache-control', 'no-store').header('x-robots-tag', 'noindex').type('text/html; charset=utf-8').send(body.toString())
  }
}

function readerOf(req: FastifyRequest): { ip: string; userAgent: string } {
  return { ip: req.ip, userAgent: (req.headers['user-agent'] ?? '').slice(0, 500) }
}

function markedIn(cookie: string | undefined): boolean {
  return cookie !== undefined && new RegExp(`(?:^|;\\s*)${MARK}=1(?:;|$)`).test(cookie)
}

/** Same origin when the browser says where the form came from; old browsers and tools say nothing. */
function fromOurPages(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false
  return fromSameOrigin(req)
}
