import { pathParams, readHeaders, sentFields } from '../../../platform/http/request-schemas.ts'
import { FORM_FIELDS } from './consultation-form.ts'

// What the consultation's routes read from a request. The shapes only: a missing, repeated or
// malformed field still gets its Vietnamese answer from the form's own checks.
export const SlugParams = pathParams('slug')
export const ConsultationForm = sentFields(...FORM_FIELDS)
export const PostHeaders = readHeaders('accept', 'sec-fetch-site', 'origin', 'host')

export const DocumentIdParams = pathParams('id')
export const ClauseParams = pathParams('id', 'clauseId')
export const WindowForm = sentFields('opensOn', 'closesOn')
export const ClauseForm = sentFields('label', 'thao-tac')
export const ReportForm = sentFields('reportHtml')
export const QueueQuery = sentFields('trang-thai', 'van-ban')
export const FindQuery = sentFields('so')
export const BulkForm = sentFields('thao-tac', 'ids', 'tro-lai')
