import { createHmac, randomBytes } from 'node:crypto'
import type { Db } from '../../platform/db/connect.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import './poll.table.ts'

// One vote per reader per poll, as nearly as can be without accounts: a reader is the pair
// (address, browser). The mark kept is an HMAC of that pair and the poll, made with the day's
// key: a random secret per newsroom day, shared by every instance through the database. Old
// keys are deleted after KEPT_DAYS, with the marks they made, so the address behind an old
// mark can no longer be tried; a poll open longer than that may take a second vote from the
// same reader after KEPT_DAYS. The counts are never touched.
export const KEPT_DAYS = 45

export interface Reader {
  ip: string
  userAgent: string
}

export interface DayKey {
  day: string
  secret: string
}

export class VoterKeys {
  // Keys never change once made; the list is read again only when a new day starts.
  #keys: DayKey[] = []

  constructor(private readonly db: Db) {}

  /** Every kept key, today's first (made now if this is the day's first vote). */
  async current(now: Date): Promise<DayKey[]> {
    const today = newsroomDay(now)
    if (this.#keys[0]?.day === today) return this.#keys
    await this.db.insertInto('poll_voter_keys').values({ day: today, secret: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('day').doNothing()).execute()
    const rows = await this.db.selectFrom('poll_voter_keys').select(['day', 'secret'])
      .where('day', '>', oldestKeptDay(now)).orderBy('day', 'desc').execute()
    this.#keys = rows
    return rows
  }

  /** Deletes the keys and marks past KEPT_DAYS. */
  async sweep(now: Date): Promise<void> {
    const oldest = oldestKeptDay(now)
    await this.db.deleteFrom('poll_voters').where('day', '<=', oldest).execute()
    await this.db.deleteFrom('poll_voter_keys').where('day', '<=', oldest).execute()
    this.#keys = []
  }
}

function oldestKeptDay(now: Date): string {
  return newsroomDay(new Date(now.getTime() - KEPT_DAYS * 86_400_000))
}

/** The reader's mark for the poll under one day's key. */
export function voterMark(key: DayKey, pollId: number, reader: Reader): string {
  return createHmac('sha256', key.secret).update(`${pollId}\n${reader.ip}\n${reader.userAgent}`).digest('base64url').slice(0, 32)
}

/** Whether the reader left a mark on the poll under any kept key. */
export async function hasVoted(db: Db, keys: readonly DayKey[], pollId: number, reader: Reader): Promise<boolean> {
  if (keys.length === 0) return false
  const marks = keys.map((key) => voterMark(key, pollId, reader))
  const row = await db.selectFrom('poll_voters').select('poll_id').where('poll_id', '=', pollId).where('voter', 'in', marks).executeTakeFirst()
  return row !== undefined
}
