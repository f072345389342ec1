import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db, Dialect } from '../../platform/db/connect.ts'
import type { Locales } from '../../platform/i18n/index.ts'
import type { Job, JobRunner } from '../../platform/jobs/index.ts'
import type { Letter, Mailer } from '../../platform/mail.ts'
import { readSiteSettings } from '../site/index.ts'
import { layOut } from './letter-layout.ts'
import { insertMail, markFailedAttempt, markSent, takeDueMail, type OutboxRow } from './outbox.repository.ts'
import type { MailTransport } from './smtp-transport.ts'

export const DELIVERY_JOB = 'mail.deliver'
/** How long an instance holds the letters it took; past it (the instance died mid-way) another takes them. */
export const LEASE_MS = 5 * 60_000
/** Tries before a letter is given up: 30 s, 1, 2, 4 … minutes, at most 6 hours apart — about a day in all. */
export const MAX_ATTEMPTS = 12
const BATCH = 20

/** The wait after the n-th failed try. */
export function retryDelayMs(attempts: number): number {
  return Math.min(6 * 3600_000, 30_000 * 2 ** Math.max(0, attempts - 1))
}

export interface MailOutboxDeps {
  db: Db
  dialect: Dialect
  clock: Clock
  locales: Locales
  log: FastifyBaseLogger
  from: string
  /** Where Message-IDs say they come from (the public address's host). */
  host: string
  /** Undefined when SMTP_URL is not set: letters are kept, none is sent. */
  transport: MailTransport | undefined
  /** Set once the job runner exists, so `wake` can ask it for a run. */
  jobs?: JobRunner
}

/**
 * The outbox: letters are laid out and stored when queued (the organisation's name and address
 * as they were then), and a job sends what is due. A letter is sent at least once: an instance
 * that stops after the server took the letter but before recording it leaves it to be sent again
 * when its lease runs out, with the same Message-ID so a mail system can tell the repeat.
 */
export class MailOutbox implements Mailer {
  readonly enabled: boolean
  jobs: JobRunner | undefined
  #delivering = false

  constructor(private readonly deps: MailOutboxDeps) {
    this.enabled = deps.transport !== undefined
    this.jobs = deps.jobs
  }

  async queue(db: Db, letter: Letter): Promise<number> {
    const site = await readSiteSettings(db)
    const { text, html } = layOut(letter, site, this.deps.locales.of(letter.lang))
    return insertMail(db, { kind: letter.kind, to: letter.to, subject: letter.subject, text, html }, this.deps.clock.now())
  }

  wake(): void {
    if (!this.enabled || !this.jobs) return
    this.jobs.runNow(DELIVERY_JOB).catch((error: unknown) => this.deps.log.warn({ err: error }, 'mail delivery failed'))
  }

  job(): Job {
    return {
      name: DELIVERY_JOB, label: 'Gửi thư điện tử', everyMs: 10_000,
      run: async (signal) => (this.enabled ? this.deliverDue(signal) : 0),
    }
  }

  /** Sends what is due, a batch at a time, until nothing is or the runner stops; returns how many went out. */
  async deliverDue(signal?: AbortSignal): Promise<number> {
    if (!this.deps.transport || this.#delivering) return 0
    this.#delivering = true
    let sent = 0
    try {
      while (!signal?.aborted) {
        const now = this.deps.clock.now()
        const leaseUntil = new Date(now.getTime() + LEASE_MS)
        const batch = await takeDueMail(this.deps.db, this.deps.dialect, now, leaseUntil, BATCH)
        if (batch.length === 0) break
        for (const mail of batch) if (await this.#send(mail, leaseUntil)) sent++
        if (batch.length < BATCH) break
      }
    } finally {
      this.#delivering = false
    }
    return sent
  }

  async #send(mail: OutboxRow, leaseUntil: Date): Promise<boolean> {
    try {
      await this.deps.transport!.send({
        from: this.deps.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html,
        messageId: `<outbox-${mail.id}.${mail.createdAt.getTime()}@${this.deps.host}>`,
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const giveUp = mail.attempts >= MAX_ATTEMPTS
      const next = giveUp ? 'give-up' : new Date(this.deps.clock.now().getTime() + retryDelayMs(mail.attempts))
      await markFailedAttempt(this.deps.db, mail.id, leaseUntil, message, next)
      this.deps.log.warn({ mail: mail.id, attempts: mail.attempts, giveUp }, `mail not sent: ${message}`)
      return false
    }
    await markSent(this.deps.db, mail.id, leaseUntil, this.deps.clock.now())
    return true
  }
}
