import { pathParams, readHeaders, sentFields } from '../../platform/http/request-schemas.ts'

// What the ratings' routes read from a request: shapes only; the forms' own checks give the words.

export const RatedItemParams = pathParams('kind', 'id')
export const RatingForm = sentFields('huu-ich', 'ly-do', 'gop-y', 'ngon-ngu')
export const SurveyForm = sentFields('giao-dien', 'noi-dung', 'chat-luong', 'ho-tro', 'gop-y')
export const ReaderPostHeaders = readHeaders('accept', 'user-agent', 'sec-fetch-site', 'origin', 'host')
export const ReportQuery = sentFields('loai', 'ky')
