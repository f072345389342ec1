import { localDateOf } from '../working-days/index.ts'

// The monthly figures the portal publishes (Decree 42/2022 Art. 8): by month of receipt, how many
// were received, how many had their result by the due day, how many were late (a result after
// it, or none yet with the due day past), and the average calendar days from receipt to result.

export interface FigureCase {
  receivedAt: Date
  dueOn: string
  closedOn: string | null
  closedAt: Date | null
}

export interface MonthFigures {
  /** YYYY-MM, in Việt Nam's time. */
  month: string
  received: number
  onTime: number
  late: number
  /** One decimal; null when no case of the month has its result yet. */
  averageDays: number | null
}

const DAY_MS = 24 * 60 * 60 * 1000

export function monthlyFigures(cases: readonly FigureCase[], months: readonly string[], today: string): MonthFigures[] {
  const byMonth = new Map(months.map((m) => [m, { month: m, received: 0, onTime: 0, late: 0, days: 0, closed: 0 }]))
  for (const c of cases) {
    const m = byMonth.get(localDateOf(c.receivedAt).slice(0, 7))
    if (!m) continue
    m.received++
    if (c.closedOn !== null && c.closedAt !== null) {
      if (c.closedOn <= c.dueOn) m.onTime++
      else m.late++
      m.closed++
      m.days += (c.closedAt.getTime() - c.receivedAt.getTime()) / DAY_MS
    } else if (c.dueOn < today) {
      m.late++
    }
  }
  return [...byMonth.values()].map(({ month, received, onTime, late, days, closed }) => ({
    month, received, onTime, late, averageDays: closed ? Math.round((days / closed) * 10) / 10 : null,
  }))
}

/** The twelve months up to and including `month` (YYYY-MM), oldest first. */
export function monthsUpTo(month: string, count = 12): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1))
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
  })
}

/** The instants a local month (Việt Nam, UTC+7) starts and ends at. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return { from: new Date(Date.UTC(y, m - 1, 1) - 7 * 3600_000), to: new Date(Date.UTC(y, m, 1) - 7 * 3600_000) }
}

export const isMonth = (text: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text)
