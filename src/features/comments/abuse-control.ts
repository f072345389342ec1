import { AppError } from '../../platform/http/errors.ts'
import { phrase, type Phrase } from '../../platform/i18n/index.ts'
import { commentMessages } from './messages.ts'
import type { AbuseCounters } from './abuse-counters.ts'
import { findBlocked, type BlockedEntry } from './blocklist.ts'
import { issueChallenge, verifyChallenge, CHALLENGE_TTL_MS, type ChallengeAnswer, type IssuedChallenge } from './challenge.ts'
import type { SameText } from './comment.repository.ts'

const MINUTE = 60_000

// The limits, in one place. An address is a reader's IP (behind the proxy: X-Forwarded-For).
export const ABUSE_LIMITS = {
  /** Comments one address may send in an hour, on all articles together. */
  perAddress: { max: 6, windowMs: 60 * MINUTE },
  /** Comments one article may receive in an hour from everyone: a flood stops here. */
  perArticle: { max: 60, windowMs: 60 * MINUTE },
  /** An address that already sent this many within the window must pass a challenge. */
  fast: { after: 2, windowMs: 10 * MINUTE },
  /** The same text on another article within this time is a copy-paste campaign. */
  duplicateAcrossArticlesMs: 24 * 60 * MINUTE,
  /** The same reader sending the same text again (a double click, a reload) is not a new comment. */
  resubmitMs: 10 * MINUTE,
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'too many comments', phrase(commentMessages, 'rateLimited', { minutes: Math.ceil(retryAfterSeconds / 60) }))
  }
}

export class ChallengeRequiredError extends AppError {
  constructor(readonly challenge: IssuedChallenge, messageVi: Phrase) {
    super(422, 'challenge_required', 'a challenge must be passed', messageVi)
  }
}

export class CommentsClosedError extends AppError {
  constructor() {
    super(403, 'comments_closed', 'comments are closed on this article', phrase(commentMessages, 'closed'))
  }
}

/** What a public comment form sends besides the comment: the honeypot and the challenge's answer. */
export interface HoneypotAndChallenge {
  website: string
  challenge: string
  nonce: string
  answer: string
}

export class AbuseControl {
  constructor(private readonly counters: AbuseCounters) {}

  /**
   * Refuses before anything is stored when the address or the article is over its limit.
   * `articleId` may be another commented thing's key ('document-5': a draft's consultation).
   */
  async checkRate(ip: string, articleId: number | string, now: Date): Promise<void> {
    for (const [key, limit] of [[`ip:${ip}`, ABUSE_LIMITS.perAddress], [`article:${articleId}`, ABUSE_LIMITS.perArticle]] as const) {
      if (await this.counters.peek(`comment:${key}`, limit.windowMs, now) >= limit.max) {
        throw new RateLimitedError(Math.max(60, Math.ceil((limit.windowMs - (now.getTime() % limit.windowMs)) / 1000)))
      }
    }
  }

  /** Turns the challenge on for an address that posts fast; a passed challenge works once. */
  async checkChallenge(secret: string, ip: string, token: string, answer: ChallengeAnswer, now: Date): Promise<void> {
    if (await this.counters.peek(`comment:fast:${ip}`, ABUSE_LIMITS.fast.windowMs, now) < ABUSE_LIMITS.fast.after) return
    const fresh = () => issueChallenge(secret, now)
    if (!token) throw new ChallengeRequiredError(fresh(), phrase(commentMessages, 'challengeNeeded'))
    const verdict = verifyChallenge(secret, token, answer, now)
    if (!verdict.ok) {
      throw new ChallengeRequiredError(fresh(), verdict.reason === 'expired'
        ? phrase(commentMessages, 'challengeExpired')
        : phrase(commentMessages, 'challengeWrong'))
    }
    if (await this.counters.hit(`challenge:${verdict.id}`, CHALLENGE_TTL_MS * 2, now) > 1) {
      throw new ChallengeRequiredError(fresh(), phrase(commentMessages, 'challengeUsed'))
    }
  }

  /**
   * The last checks before a comment is stored, then counts it: the challenge, unless the
   * honeypot was filled (robots are not worth a challenge: their text goes to spam).
   */
  async admit(secret: string, ip: string, articleId: number | string, form: HoneypotAndChallenge, now: Date): Promise<void> {
    if (!form.website.trim()) await this.checkChallenge(secret, ip, form.challenge, { nonce: form.nonce, answer: form.answer }, now)
    await this.count(ip, articleId, now)
  }

  /** Counts a comment that is about to be stored. */
  async count(ip: string, articleId: number | string, now: Date): Promise<void> {
    await this.counters.hit(`comment:ip:${ip}`, ABUSE_LIMITS.perAddress.windowMs, now)
    await this.counters.hit(`comment:article:${articleId}`, ABUSE_LIMITS.perArticle.windowMs, now)
    await this.counters.hit(`comment:fast:${ip}`, ABUSE_LIMITS.fast.windowMs, now)
  }
}

export interface Submitted {
  articleId: number
  authorEmail: string
  body: string
  honeypot: string
}

/** The earlier comment this one merely repeats (same reader, same text, same article, just now). */
export function resubmissionOf(comment: Submitted, sameText: readonly SameText[], now: Date): SameText | undefined {
  return sameText.find((c) => c.articleId === comment.articleId && c.authorEmail === comment.authorEmail
    && now.getTime() - c.createdAt.getTime() < ABUSE_LIMITS.resubmitMs)
}

/** Why a comment goes to the spam folder, in the moderators' words; undefined when it does not. */
export function spamReasonOf(comment: Submitted, sameText: readonly SameText[], blocklist: readonly BlockedEntry[], now: Date): string | undefined {
  if (comment.honeypot.trim()) return 'Điền vào ô bẫy dành cho máy (honeypot).'
  const copy = sameText.find((c) => c.articleId === comment.articleId)
    ?? sameText.find((c) => now.getTime() - c.createdAt.getTime() < ABUSE_LIMITS.duplicateAcrossArticlesMs)
  if (copy) return copy.articleId === comment.articleId ? `Trùng nội dung với ý kiến #${copy.id} ở cùng bài.` : `Trùng nội dung với ý kiến #${copy.id} ở bài khác.`
  const blocked = findBlocked(comment.body, blocklist)
  if (blocked) return `Có từ bị chặn: “${blocked}”.`
  return undefined
}
