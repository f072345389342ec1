// Days of a case: due days are local dates (YYYY-MM-DD) counted by the working-day calendar.

/** An open case whose due day has passed. */
export const isOverdue = (c: { dueOn: string; closed: boolean }, today: string) => !c.closed && c.dueOn < today

/** Cases closed before this instant have their contact details erased. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/** 2026-12-21 as letters write it: 21/12/2026. */
export const dayText = (day: string) => day.split('-').reverse().join('/')

/** Noon-ish in Việt Nam on that day, for locale.date(). */
export const dayInstant = (day: string) => new Date(`${day}T05:00:00Z`)
