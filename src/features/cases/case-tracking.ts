import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/http/errors.ts'
import { phrase, type Lang, type Locale } from '../../platform/i18n/index.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import type { AbuseCounters } from '../comments/index.ts'
import { contactMatches } from './contact.ts'
import { caseMessages } from './messages.ts'
import { normaliseCode, prefixOf } from './tracking-code.ts'

const MINUTE = 60_000

/** Wrong look-ups: per address, and per code (many addresses guessing one code's contact). */
export const LOOKUP_LIMITS = {
  perAddress: { max: 5, windowMs: 15 * MINUTE },
  perCode: { max: 10, windowMs: 60 * MINUTE },
}

export class LookupLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'too many failed look-ups', phrase(caseMessages, 'tooManyLookups', { minutes: Math.ceil(retryAfterSeconds / 60) }))
  }
}

/** The same answer whatever part was wrong: a code alone tells nothing about who sent it. */
export class LookupFailedError extends AppError {
  constructor() {
    super(404, 'not_found', 'no case matches this code and contact', phrase(caseMessages, 'notFound'))
  }
}

/** A case as /tra-cuu shows it to the citizen who sent it: in words, whatever its kind. */
export interface TrackedCase {
  code: string
  title: string
  /** The status in words, and the words of each step it went through. */
  status: string
  closed: boolean
  dueOn: string
  email: string
  phone: string
  history: { status: string; note: string; at: Date }[]
  /** The answer or the result, once there is one. */
  result?: { heading: string; body: SafeHtml; link?: { href: string; label: string } }
}

/** A kind of citizen's case a module registers, found by its code's prefix ("HD", "PA"). */
export interface CaseKind {
  prefix: string
  /** The case in the words of the look-up page's language (the English page shows it in English). */
  find(code: string, locale: Locale): Promise<TrackedCase | undefined>
}

/** Where the look-up is in each language: the English page speaks English in its address too. */
export const TRACKING_PATHS: Record<Lang, string> = { vi: '/tra-cuu', en: '/en/track' }

/**
 * /tra-cuu for every kind of case: the modules register their kinds by prefix, and the look-up
 * (its limits and its one refusal) is the same for all.
 */
export class CaseTracking {
  readonly #kinds = new Map<string, CaseKind>()

  constructor(private readonly deps: { clock: Clock; counters: AbuseCounters }) {}

  register(kind: CaseKind): void {
    if (this.#kinds.has(kind.prefix)) throw new Error(`two kinds of case claim the prefix ${kind.prefix}`)
    this.#kinds.set(kind.prefix, kind)
  }

  get prefixes(): string[] {
    return [...this.#kinds.keys()]
  }

  async lookUp(codeText: string, contactText: string, sender: { ip: string }, locale: Locale): Promise<TrackedCase> {
    const { clock, counters } = this.deps
    const now = clock.now()
    const code = normaliseCode(codeText)
    // The keys keep the questions' old names, so limits counted before the change still hold.
    const keys = [[`question-lookup:ip:${sender.ip}`, LOOKUP_LIMITS.perAddress], [`question-lookup:code:${code}`, LOOKUP_LIMITS.perCode]] as const
    for (const [key, limit] of keys) {
      if (await counters.peek(key, limit.windowMs, now) >= limit.max) {
        throw new LookupLimitedError(Math.max(60, Math.ceil((limit.windowMs - (now.getTime() % limit.windowMs)) / 1000)))
      }
    }
    const kind = this.#kinds.get(prefixOf(code) ?? '')
    const found = kind ? await kind.find(code, locale) : undefined
    if (!found || !contactMatches(found, contactText)) {
      for (const [key, limit] of keys) await counters.hit(key, limit.windowMs, now)
      throw new LookupFailedError()
    }
    return found
  }
}
