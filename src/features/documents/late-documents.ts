import type { Db } from '../../platform/db/connect.ts'
import { localDateOf, parseLocalDate, type LocalDate, type WorkingCalendar, type WorkingDays } from '../working-days/index.ts'
import { listPublishedDates, type PublishedDates } from './newsroom-list.repository.ts'

// Editors' rule (from Circular 26/2009): a document is posted within two working days of its
// signing. A document published later than that is "late"; the administrator sees the list, and
// the compliance page of a later issue reads it. Days are counted with the platform's working-day
// calendar (weekends, holidays and days off, worked days), from the day after the issue date to
// the day of publication on the newsroom's clock.

export const POSTING_WORKING_DAYS = 2

export interface LateDocument extends PublishedDates {
  /** The day it went out, in Hà Nội. */
  publishedOn: string
  /** Working days after the issue date up to and including the day it went out. */
  workingDays: number
}

/** The published documents issued in `year` (all years when undefined) that went out late, the latest issued first; only those out since `since` when given. */
export async function listLateDocuments(db: Db, calendar: WorkingCalendar, year: number | undefined, since?: Date): Promise<LateDocument[]> {
  const [published, days] = await Promise.all([listPublishedDates(db, year, since), calendar.current()])
  const late: LateDocument[] = []
  for (const document of published) {
    const issued = parseLocalDate(document.issuedOn)
    if (!issued) continue
    const publishedOn = localDateOf(document.publishedAt)
    // Published on or before its issue day (an import of old documents dated later) is never late.
    if (publishedOn <= issued) continue
    const workingDays = workingDaysUsed(days, issued, publishedOn)
    if (workingDays > POSTING_WORKING_DAYS) late.push({ ...document, publishedOn, workingDays })
  }
  return late
}

/** The calendar counts spans of up to about fourteen years; an older document put online today is late by about five days a week. */
export function workingDaysUsed(days: WorkingDays, issued: LocalDate, publishedOn: LocalDate): number {
  try {
    return days.workingDaysBetween(issued, publishedOn)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return Math.round(((Date.parse(publishedOn) - Date.parse(issued)) / 86_400_000) * 5 / 7)
  }
}
