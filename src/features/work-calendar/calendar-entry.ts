// An entry of the leaders' work calendar and the week it is published with.

export const WEEK_STATUSES = ['draft', 'submitted', 'published'] as const
export type WeekStatus = (typeof WEEK_STATUSES)[number]

export const isWeekStatus = (s: string): s is WeekStatus => (WEEK_STATUSES as readonly string[]).includes(s)

export interface CalendarWeek {
  week: string
  status: WeekStatus
  publishedAt: Date | null
}

/** What the secretary types for one engagement. */
export interface EntryValues {
  /** "2026-12-07" */
  day: string
  /** "08:00" */
  startsAt: string
  endsAt: string | null
  title: string
  presides: string
  attends: string
  place: string
  preparingUnit: string
  notes: string
}

export interface CalendarEntry extends EntryValues {
  id: number
  week: string
  cancelled: boolean
  updatedAt: Date
  /** As the week was published; undefined: entered after publication (or never published). */
  published: EntryValues | undefined
}

/** The fields readers see a change of, in the order the page shows them. */
export const SHOWN_FIELDS = ['day', 'startsAt', 'endsAt', 'title', 'presides', 'attends', 'place', 'preparingUnit', 'notes'] as const
export type ShownField = (typeof SHOWN_FIELDS)[number]

/** How a published week's entry differs from what was published: its earlier values, by field. */
export interface Adjustment {
  /** Entered after the week was published. */
  added: boolean
  cancelled: boolean
  before: Partial<Record<ShownField, string>>
}

export function adjustmentOf(entry: CalendarEntry, week: CalendarWeek): Adjustment | undefined {
  if (week.status !== 'published') return undefined
  if (!entry.published) return { added: true, cancelled: entry.cancelled, before: {} }
  const before: Partial<Record<ShownField, string>> = {}
  for (const field of SHOWN_FIELDS) {
    const was = entry.published[field] ?? ''
    if (was !== (entry[field] ?? '')) before[field] = was
  }
  if (!entry.cancelled && Object.keys(before).length === 0) return undefined
  return { added: false, cancelled: entry.cancelled, before }
}

/** The values alone, as kept at publication. */
export function valuesOf(entry: EntryValues): EntryValues {
  return {
    day: entry.day, startsAt: entry.startsAt, endsAt: entry.endsAt, title: entry.title, presides: entry.presides,
    attends: entry.attends, place: entry.place, preparingUnit: entry.preparingUnit, notes: entry.notes,
  }
}

/** "8:00" or "8:00 – 11:30", as the page prints a time. */
export function timeText(startsAt: string, endsAt: string | null): string {
  const short = (t: string) => t.replace(/^0(\d)/, '$1')
  return endsAt ? `${short(startsAt)} – ${short(endsAt)}` : short(startsAt)
}
