import { sql } from 'kysely'
import type { Db, Dialect } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { MailState } from './mail.table.ts'

export interface QueuedMail {
  kind: string
  to: string
  subject: string
  text: string
  html: string
}

export interface OutboxRow {
  id: number
  kind: string
  to: string
  subject: string
  text: string
  html: string
  state: MailState
  attempts: number
  nextAttemptAt: Date
  lastError: string | null
  createdAt: Date
  sentAt: Date | null
}

export async function insertMail(db: Db, mail: QueuedMail, now: Date): Promise<number> {
  const row = await db.insertInto('mail_outbox').values({
    kind: mail.kind, to_address: mail.to, subject: mail.subject, text_body: mail.text, html_body: mail.html,
    next_attempt_at: now.toISOString(), created_at: now.toISOString(),
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/**
 * Takes up to `limit` letters that are due, or whose sender's lease ran out (an instance that
 * stopped mid-way), for this instance until `leaseUntil`. One statement: on PostgreSQL the rows
 * another instance is taking at the same moment are skipped (SKIP LOCKED), so each letter is
 * taken by one instance; SQLite has one writer at a time.
 */
export async function takeDueMail(db: Db, dialect: Dialect, now: Date, leaseUntil: Date, limit: number): Promise<OutboxRow[]> {
  const at = now.toISOString()
  let due = db.selectFrom('mail_outbox').select('id')
    .where((eb) => eb.or([
      eb.and([eb('state', '=', 'waiting'), eb('next_attempt_at', '<=', at)]),
      eb.and([eb('state', '=', 'sending'), eb('lease_until', '<', at)]),
    ]))
    .orderBy('id').limit(limit)
  if (dialect === 'postgres') due = due.forUpdate().skipLocked()
  const rows = await db.updateTable('mail_outbox')
    .set({ state: 'sending', lease_until: leaseUntil.toISOString(), attempts: sql<number>`attempts + 1` })
    .where('id', 'in', due)
    .returningAll().execute()
  return rows.map(toRow).sort((a, b) => a.id - b.id)
}

/** Only while this instance still holds it: a lease that ran out went to someone else. */
export async function markSent(db: Db, id: number, leaseUntil: Date, now: Date): Promise<void> {
  await db.updateTable('mail_outbox').set({ state: 'sent', sent_at: now.toISOString(), lease_until: null, last_error: null })
    .where('id', '=', id).where('state', '=', 'sending').where('lease_until', '=', leaseUntil.toISOString()).execute()
}

export async function markFailedAttempt(db: Db, id: number, leaseUntil: Date, error: string, next: Date | 'give-up'): Promise<void> {
  await db.updateTable('mail_outbox').set({
    state: next === 'give-up' ? 'failed' : 'waiting', lease_until: null, last_error: error.slice(0, 1000),
    ...(next === 'give-up' ? {} : { next_attempt_at: next.toISOString() }),
  }).where('id', '=', id).where('state', '=', 'sending').where('lease_until', '=', leaseUntil.toISOString()).execute()
}

/** The administrator's "send again": a failed letter waits again, with its tries counted anew. */
export async function requeueFailedMail(db: Db, id: number, now: Date): Promise<boolean> {
  const result = await db.updateTable('mail_outbox').set({ state: 'waiting', attempts: 0, next_attempt_at: now.toISOString() })
    .where('id', '=', id).where('state', '=', 'failed').executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

export async function listMail(db: Db, state: MailState | undefined, limit: number): Promise<OutboxRow[]> {
  let query = db.selectFrom('mail_outbox').selectAll().orderBy('id', 'desc').limit(limit)
  if (state) query = query.where('state', '=', state)
  return (await query.execute()).map(toRow)
}

export async function countMailByState(db: Db): Promise<Record<MailState, number>> {
  const rows = await db.selectFrom('mail_outbox').select(['state', db.fn.countAll<number>().as('n')]).groupBy('state').execute()
  const counts: Record<MailState, number> = { waiting: 0, sending: 0, sent: 0, failed: 0 }
  for (const r of rows) counts[r.state] = Number(r.n)
  return counts
}

function toRow(r: {
  id: number; kind: string; to_address: string; subject: string; text_body: string; html_body: string; state: MailState; attempts: number
  next_attempt_at: string | Date; last_error: string | null; created_at: string | Date; sent_at: string | Date | null
}): OutboxRow {
  return {
    id: r.id, kind: r.kind, to: r.to_address, subject: r.subject, text: r.text_body, html: r.html_body, state: r.state, attempts: Number(r.attempts),
    nextAttemptAt: toInstant(r.next_attempt_at), lastError: r.last_error, createdAt: toInstant(r.created_at), sentAt: r.sent_at === null ? null : toInstant(r.sent_at),
  }
}
