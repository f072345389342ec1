// The working-day calendar: other features count deadlines with WorkingCalendar (built once in
// app.ts) and the LocalDate helpers, never with JS Dates at midnight.
export { WorkingCalendar } from './working-calendar.ts'
export { WorkingDays, DAY_KINDS, DAY_KIND_LABELS, type DayKind, type DayException } from './working-days.ts'
export { localDate, parseLocalDate, localDateOf, addDays, weekdayOf, formatLocalDate, type LocalDate } from './local-date.ts'
export { workingDayRoutes } from './newsroom.routes.ts'
