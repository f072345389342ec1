// Lịch công tác: what other features may use.
export { workCalendarModule } from './work-calendar.module.ts'
export { weekOf, daysOfWeek, vietnamDay } from './week.ts'
