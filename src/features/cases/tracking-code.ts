import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'

// A citizen's case is known by "<kind>-<year>-<six digits>" (HD-2026-000123, PA-2026-000007):
// the year received and that year's sequence in the kind's own table. Alone it opens nothing.

export function trackingCode(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`
}

/** As typed ("pa-2026-000007 ") to the form compared; empty when it cannot be a code. */
export function normaliseCode(text: string): string {
  return text.normalize('NFC').trim().toUpperCase().slice(0, 40)
}

/** "PA" of "PA-2026-000007". */
export const prefixOf = (code: string) => /^([A-Z]{2,4})-\d{4}-\d{1,9}$/.exec(code)?.[1]

/** The year's next number in a table with `year` and `sequence` columns (unique together). */
export async function nextSequence(db: Db, table: string, year: number): Promise<number> {
  const { rows } = await sql<{ last: number | string | null }>`select max(sequence) as last from ${sql.table(table)} where year = ${year}`.execute(db)
  return Number(rows[0]?.last ?? 0) + 1
}

/**
 * Runs an insert that took the year's next number; when two took the same one at once the unique
 * index refuses the second, and the next try reads the new last number.
 */
export async function withNextNumber<T>(insert: () => Promise<T>, tries = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insert()
    } catch (error) {
      if (attempt < tries && /unique|duplicate key/i.test(String((error as Error).message))) continue
      throw error
    }
  }
}
