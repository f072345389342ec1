// The working-day calendar: other features count deadlines with WorkingCalendar (built once in
// app.ts, Portal.workingDays) and the LocalDate helpers, never with JS Dates at midnight. Its
// holidays are data: 2026–2027 shipped by migration 0014, then kept by the administrator each
// year as the government announces the exact days (Quản trị › Ngày làm việc).
export { WorkingCalendar } from './working-calendar.ts'
export { WorkingDays, DAY_KINDS, DAY_KIND_LABELS, type DayKind, type DayException } from './working-days.ts'
export { localDate, parseLocalDate, localDateOf, addDays, weekdayOf, formatLocalDate, type LocalDate } from './local-date.ts'
export { workingDayRoutes } from './newsroom.routes.ts'
export { workingDaysModule } from './working-days.module.ts'
