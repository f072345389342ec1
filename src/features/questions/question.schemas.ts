import { pathParams, readHeaders, sentFields } from '../../platform/http/request-schemas.ts'
import { ASK_FIELDS } from './question-form.ts'

// What Hoi dap's routes read from a request: shapes only; the forms' own checks give the messages.
export const AskForm = sentFields(...ASK_FIELDS)
export const PostHeaders = readHeaders('accept', 'sec-fetch-site', 'origin', 'host')
export const SlugParams = pathParams('slug')
/** The list's topic and page, by their Vietnamese and English names. */
export const ListQuery = sentFields('linh-vuc', 'trang', 'topic', 'page')

export const CaseParams = pathParams('id')
export const QueueQuery = sentFields('trang-thai', 'qua-han')
export const StepForm = sentFields('thao-tac', 'assignee', 'unit', 'note')
export const AnswerForm = sentFields('answerHtml')
export const NoteForm = sentFields('note')
export const FaqForm = sentFields('pinned')
export const SettingsForm = sentFields('months')
