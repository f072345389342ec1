import { pathParams, sentFields } from '../../platform/http/request-schemas.ts'
import { ENTRY_FIELDS } from './working-day-admin.ts'

// What the working-day screen reads from a request; what a field must hold is the form's message.

export const YearQuery = sentFields('nam')
export const EntryForm = sentFields(...ENTRY_FIELDS)
export const DayParams = pathParams('day')
