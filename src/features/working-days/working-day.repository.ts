import type { Db } from '../../platform/db/connect.ts'
import { DAY_KINDS, type DayException, type DayKind } from './working-days.ts'
import { localDate, type LocalDate } from './local-date.ts'

type Row = { day: string; kind: string; name: string; added_by: number | null }

// A kind this release does not know (written by a newer one) is left out rather than guessed.
const toException = (row: Row): DayException | undefined => (DAY_KINDS as readonly string[]).includes(row.kind)
  ? { day: localDate(row.day), kind: row.kind as DayKind, name: row.name, addedBy: row.added_by }
  : undefined

const known = (rows: Row[]) => rows.map(toException).filter((e): e is DayException => e !== undefined)

export async function listDayExceptions(db: Db): Promise<DayException[]> {
  return known(await db.selectFrom('working_day_exceptions').select(['day', 'kind', 'name', 'added_by']).orderBy('day').execute())
}

export async function listDayExceptionsOfYear(db: Db, year: number): Promise<DayException[]> {
  return known(await db.selectFrom('working_day_exceptions').select(['day', 'kind', 'name', 'added_by'])
    .where('day', '>=', `${year}-01-01`).where('day', '<=', `${year}-12-31`).orderBy('day').execute())
}

export async function findDayException(db: Db, day: LocalDate): Promise<DayException | undefined> {
  const row = await db.selectFrom('working_day_exceptions').select(['day', 'kind', 'name', 'added_by']).where('day', '=', day).executeTakeFirst()
  return row && toException(row)
}

/** False when the date already has an entry (the first one stays). */
export async function insertDayException(db: Db, entry: { day: LocalDate; kind: DayKind; name: string; addedBy: number }, now: Date): Promise<boolean> {
  const result = await db.insertInto('working_day_exceptions')
    .values({ day: entry.day, kind: entry.kind, name: entry.name, added_by: entry.addedBy, added_at: now.toISOString() })
    .onConflict((oc) => oc.column('day').doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}

export async function deleteDayException(db: Db, day: LocalDate): Promise<boolean> {
  const result = await db.deleteFrom('working_day_exceptions').where('day', '=', day).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
