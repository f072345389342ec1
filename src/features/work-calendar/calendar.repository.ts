import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { isWeekStatus, valuesOf, type CalendarEntry, type CalendarWeek, type EntryValues, type WeekStatus } from './calendar-entry.ts'
import { weekOfDay } from './week.ts'
import './calendar.table.ts'

interface EntryRow {
  id: number
  week: string
  day: string
  starts_at: string
  ends_at: string | null
  title: string
  presides: string
  attends: string
  place: string
  preparing_unit: string
  notes: string
  cancelled: number
  published_values: string | null
  updated_at: string | Date
}

const entryColumns = ['id', 'week', 'day', 'starts_at', 'ends_at', 'title', 'presides', 'attends', 'place', 'preparing_unit', 'notes', 'cancelled', 'published_values', 'updated_at'] as const

function toEntry(row: EntryRow): CalendarEntry {
  return {
    id: row.id, week: row.week, day: row.day, startsAt: row.starts_at, endsAt: row.ends_at, title: row.title, presides: row.presides,
    attends: row.attends, place: row.place, preparingUnit: row.preparing_unit, notes: row.notes, cancelled: Number(row.cancelled) === 1, updatedAt: toInstant(row.updated_at),
    published: row.published_values ? (JSON.parse(row.published_values) as EntryValues) : undefined,
  }
}

function columnsOf(values: EntryValues) {
  return {
    week: weekOfDay(values.day), day: values.day, starts_at: values.startsAt, ends_at: values.endsAt, title: values.title, presides: values.presides,
    attends: values.attends, place: values.place, preparing_unit: values.preparingUnit, notes: values.notes,
  }
}

/** A week that nobody has entered anything for is a draft. */
export async function findWeek(db: Db, week: string): Promise<CalendarWeek> {
  const row = await db.selectFrom('calendar_weeks').select(['week', 'status', 'published_at']).where('week', '=', week).executeTakeFirst()
  if (!row) return { week, status: 'draft', publishedAt: null }
  return { week, status: isWeekStatus(row.status) ? row.status : 'draft', publishedAt: row.published_at ? toInstant(row.published_at) : null }
}

/** The week's entries in the order of the day: by day, then time, then as entered. */
export async function listWeekEntries(db: Db, week: string): Promise<CalendarEntry[]> {
  const rows = await db.selectFrom('calendar_entries').select(entryColumns).where('week', '=', week)
    .orderBy('day').orderBy('starts_at').orderBy('id').execute()
  return rows.map(toEntry)
}

export async function findEntry(db: Db, id: number): Promise<CalendarEntry | undefined> {
  const row = await db.selectFrom('calendar_entries').select(entryColumns).where('id', '=', id).executeTakeFirst()
  return row && toEntry(row)
}

export async function insertEntry(db: Db, values: EntryValues, now: Date): Promise<number> {
  const row = await db.insertInto('calendar_entries').values({ ...columnsOf(values), created_at: now.toISOString(), updated_at: now.toISOString() })
    .returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function updateEntry(db: Db, id: number, values: EntryValues, now: Date): Promise<void> {
  await db.updateTable('calendar_entries').set({ ...columnsOf(values), updated_at: now.toISOString() }).where('id', '=', id).execute()
}

export async function setCancelled(db: Db, id: number, cancelled: boolean, now: Date): Promise<void> {
  await db.updateTable('calendar_entries').set({ cancelled: cancelled ? 1 : 0, updated_at: now.toISOString() }).where('id', '=', id).execute()
}

export async function deleteEntry(db: Db, id: number): Promise<void> {
  await db.deleteFrom('calendar_entries').where('id', '=', id).execute()
}

export async function setWeekStatus(db: Db, week: string, status: WeekStatus, now: Date): Promise<void> {
  const published_at = status === 'published' ? now.toISOString() : null
  await db.insertInto('calendar_weeks').values({ week, status, published_at, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('week').doUpdateSet({ status, published_at, updated_at: now.toISOString() })).execute()
}

/**
 * Moves a week on only if it is still where the decision saw it: of two approvers at once, one
 * wins and the other gets false (a 409), on either database. A week with no row is a draft.
 */
export async function moveWeek(db: Db, week: string, from: WeekStatus, to: WeekStatus, now: Date): Promise<boolean> {
  const published_at = to === 'published' ? now.toISOString() : null
  const set = { status: to, published_at, updated_at: now.toISOString() }
  if (from === 'draft') {
    const result = await db.insertInto('calendar_weeks').values({ week, ...set })
      .onConflict((oc) => oc.column('week').doUpdateSet(set).where('calendar_weeks.status', '=', 'draft')).executeTakeFirst()
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
  }
  const result = await db.updateTable('calendar_weeks').set(set).where('week', '=', week).where('status', '=', from).executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** At publication every entry keeps the values readers are first shown: later changes are marked against them. */
export async function keepPublishedValues(db: Db, week: string): Promise<void> {
  for (const entry of await listWeekEntries(db, week)) {
    await db.updateTable('calendar_entries').set({ published_values: JSON.stringify(valuesOf(entry)) }).where('id', '=', entry.id).execute()
  }
}

/** Published entries from this day on, for the feeds: the whole of every published week. */
export async function listPublishedEntries(db: Db, fromDay: string, presides?: string): Promise<CalendarEntry[]> {
  let query = db.selectFrom('calendar_entries').innerJoin('calendar_weeks', 'calendar_weeks.week', 'calendar_entries.week')
    .select(entryColumns.map((c) => `calendar_entries.${c}` as const))
    .where('calendar_weeks.status', '=', 'published').where('calendar_entries.day', '>=', fromDay)
  if (presides !== undefined) query = query.where('calendar_entries.presides', '=', presides)
  const rows = await query.orderBy('calendar_entries.day').orderBy('calendar_entries.starts_at').orderBy('calendar_entries.id').execute()
  return rows.map(toEntry)
}

/** Everyone who presides over a published entry from this day on (the leaders whose feeds are offered). */
export async function listPresiders(db: Db, fromDay: string): Promise<string[]> {
  const rows = await db.selectFrom('calendar_entries').innerJoin('calendar_weeks', 'calendar_weeks.week', 'calendar_entries.week')
    .select('calendar_entries.presides').distinct()
    .where('calendar_weeks.status', '=', 'published').where('calendar_entries.day', '>=', fromDay).where('calendar_entries.presides', '<>', '')
    .execute()
  return rows.map((r) => r.presides).sort((a, b) => a.localeCompare(b, 'vi'))
}
