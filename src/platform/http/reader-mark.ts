import { createHmac, randomBytes } from 'node:crypto'
import type { Db } from '../db/connect.ts'

// "One per reader" without accounts and without a cookie: a keyed hash of the reader's address
// and browser, per item and per day. The key is random and new each day (Vietnamese time); a
// day's key is dropped two days later, after which nobody, ourselves included, can tell which
// address made a mark: the address is never stored, and a mark cannot be linked to the next day's.
// It is approximate both ways: many readers behind one address (an office, a mobile carrier)
// with the same browser count as one; one reader who changes browser counts twice.

const DAY_MS = 24 * 60 * 60 * 1000
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
/** Yesterday's key is kept a day longer, so a late request across midnight still finds its day's. */
const KEPT_DAYS = 2

/** The day in Viet Nam an instant falls on: "2026-12-07". */
export function vietnamDay(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

export interface Reader {
  ip: string
  userAgent: string
}

export class ReaderMarks {
  readonly #keys = new Map<string, Promise<Buffer>>()

  constructor(private readonly db: Db) {}

  /** The reader's mark for one item ("rating:article:5", "survey") on the day `now` falls on. */
  async mark(reader: Reader, item: string, now: Date): Promise<{ day: string; mark: string }> {
    const day = vietnamDay(now)
    const key = await this.#keyOf(day, now)
    const mark = createHmac('sha256', key).update(`${reader.ip}\n${reader.userAgent}\n${item}`).digest('base64url')
    return { day, mark }
  }

  /** The day's key: made by the first instance that needs it, read by the others (one row per day). */
  #keyOf(day: string, now: Date): Promise<Buffer> {
    let key = this.#keys.get(day)
    if (!key) {
      key = this.#loadKey(day, now)
      this.#keys.clear()
      this.#keys.set(day, key)
      key.catch(() => this.#keys.delete(day))
    }
    return key
  }

  async #loadKey(day: string, now: Date): Promise<Buffer> {
    await this.db.insertInto('reader_mark_keys').values({ day, secret: randomBytes(32).toString('base64') })
      .onConflict((oc) => oc.column('day').doNothing()).execute()
    const oldest = vietnamDay(new Date(now.getTime() - KEPT_DAYS * DAY_MS))
    await this.db.deleteFrom('reader_mark_keys').where('day', '<', oldest).execute()
    const row = await this.db.selectFrom('reader_mark_keys').select('secret').where('day', '=', day).executeTakeFirstOrThrow()
    return Buffer.from(row.secret, 'base64')
  }
}

/** One random key a day (created by the ratings module's migration until the platform has migrations of its own). */
export interface ReaderMarkKeyTable {
  day: string
  secret: string
}

declare module '../db/schema.ts' {
  interface Database {
    reader_mark_keys: ReaderMarkKeyTable
  }
}
