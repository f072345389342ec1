import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { AppError, ValidationError } from '../../platform/http/errors.ts'
import { createLocale, phrase } from '../../platform/i18n/index.ts'
import {
  ChallengeRequiredError, CHALLENGE_TTL_MS, issueChallenge, verifyChallenge, type AbuseCounters,
} from '../comments/index.ts'
import { pollMessages } from './messages.ts'
import { stateOf, type Poll } from './poll.ts'
import type { VoteBatcher } from './vote-batch.ts'
import { hasVoted, voterMark, type Reader, type VoterKeys } from './voter-marks.ts'
import { newsroomDay } from '../../platform/text/time.ts'

const MINUTE = 60_000
// A form's field messages are the Vietnamese portal's words.
const t = createLocale('vi').t(pollMessages)

// Per poll and address: many readers share one address (an office, a mobile carrier), so an
// address is never refused at its second vote; past a few it must pass the comments' own
// challenge each time, and past a ceiling it waits.
export const VOTE_LIMITS = {
  fast: { after: 3, windowMs: 10 * MINUTE },
  perAddress: { max: 200, windowMs: 60 * MINUTE },
}

/** What a reader's vote form sent (repeated fields already read as lists). */
export interface SentVote {
  choices: readonly string[]
  challenge: string
  answer: string
  nonce: string
}

export class PollNotOpenError extends AppError {
  constructor(upcoming: boolean) {
    super(403, upcoming ? 'poll_not_open' : 'poll_closed', upcoming ? 'the poll has not opened' : 'the poll is closed',
      phrase(pollMessages, upcoming ? 'notOpenYet' : 'closed'))
  }
}

export class AlreadyVotedError extends AppError {
  constructor() {
    super(409, 'already_voted', 'this reader has voted in this poll', phrase(pollMessages, 'alreadyVoted'))
  }
}

export class VotesLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'too many votes from this address', phrase(pollMessages, 'tooMany', { minutes: Math.ceil(retryAfterSeconds / 60) }))
  }
}

export class PollVoting {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly keys: VoterKeys, private readonly batcher: VoteBatcher,
    private readonly counters: AbuseCounters, private readonly challengeSecret: () => Promise<string>) {}

  /** Whether this reader (by the browser's mark or the address and browser) has voted in the poll. */
  async hasVoted(poll: Poll, reader: Reader, marked: boolean): Promise<boolean> {
    return marked || hasVoted(this.db, await this.keys.current(this.clock.now()), poll.id, reader)
  }

  /**
   * Counts one reader's vote, or says why not. The vote joins the next group written
   * (vote-batch.ts): its mark and the counts commit together, and a second vote racing the
   * first meets the mark's primary key.
   */
  async vote(poll: Poll, sent: SentVote, reader: Reader, marked: boolean): Promise<void> {
    const now = this.clock.now()
    const state = stateOf(poll, now)
    if (state !== 'open') throw new PollNotOpenError(state === 'upcoming')
    const choiceIds = this.#choicesOf(poll, sent.choices)
    if (marked) throw new AlreadyVotedError()
    const [today, ...earlier] = await this.keys.current(now)
    // Today's mark is checked by the write itself; earlier days' only for a poll open since then.
    const opened = newsroomDay(poll.opensAt)
    const since = earlier.filter((key) => key.day >= opened)
    if (since.length > 0 && await hasVoted(this.db, since, poll.id, reader)) throw new AlreadyVotedError()
    await this.#checkAddress(poll, reader, sent, now)
    const counted = await this.batcher.cast({ pollId: poll.id, mark: voterMark(today!, poll.id, reader), day: today!.day, choiceIds })
    if (!counted) throw new AlreadyVotedError()
    const address = `poll:${poll.id}:ip:${reader.ip}`
    await this.counters.hit(`${address}:fast`, VOTE_LIMITS.fast.windowMs, now)
    await this.counters.hit(`${address}:hour`, VOTE_LIMITS.perAddress.windowMs, now)
  }

  #choicesOf(poll: Poll, sent: readonly string[]): number[] {
    const ids = [...new Set(sent.filter((s) => /^\d{1,9}$/.test(s)).map(Number))].filter((id) => poll.choices.some((c) => c.id === id))
    if (ids.length === 0) throw new ValidationError({ choice: t(poll.multiple ? 'pickSome' : 'pickOne') })
    if (!poll.multiple && ids.length > 1) throw new ValidationError({ choice: t('pickOnlyOne') })
    return ids
  }

  /** The ceiling, then the challenge for an address that has voted fast (a passed challenge works once). */
  async #checkAddress(poll: Poll, reader: Reader, sent: SentVote, now: Date): Promise<void> {
    const address = `poll:${poll.id}:ip:${reader.ip}`
    const { perAddress, fast } = VOTE_LIMITS
    if (await this.counters.peek(`${address}:hour`, perAddress.windowMs, now) >= perAddress.max) {
      throw new VotesLimitedError(Math.max(60, Math.ceil((perAddress.windowMs - (now.getTime() % perAddress.windowMs)) / 1000)))
    }
    if (await this.counters.peek(`${address}:fast`, fast.windowMs, now) < fast.after) return
    const secret = await this.challengeSecret()
    const fresh = () => issueChallenge(secret, now)
    if (!sent.challenge) throw new ChallengeRequiredError(fresh(), phrase(pollMessages, 'challengeNeeded'))
    const verdict = verifyChallenge(secret, sent.challenge, { answer: sent.answer, nonce: sent.nonce }, now)
    if (!verdict.ok) throw new ChallengeRequiredError(fresh(), phrase(pollMessages, verdict.reason === 'expired' ? 'challengeExpired' : 'challengeWrong'))
    if (await this.counters.hit(`challenge:${verdict.id}`, CHALLENGE_TTL_MS * 2, now) > 1) {
      throw new ChallengeRequiredError(fresh(), phrase(pollMessages, 'challengeUsed'))
    }
  }
}
