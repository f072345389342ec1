import { pathParams, readHeaders, sentFields } from '../../platform/http/request-schemas.ts'

// What the comment routes read from a request. The shapes only: a missing, repeated or
// malformed field still gets its Vietnamese answer from the form's own checks.

export const ArticleIdParams = pathParams('articleId')
export const CommentIdParams = pathParams('id')
export const ArticleChangeParams = pathParams('articleId', 'change')

export const ReplyFormQuery = sentFields('tra-loi')
export const ReaderCommentForm = sentFields('name', 'email', 'body', 'replyTo', 'website', 'challenge', 'nonce', 'answer')
export const ReaderPostHeaders = readHeaders('accept', 'user-agent', 'sec-fetch-site', 'origin', 'host')

export const QueueQuery = sentFields('trang-thai', 'bai', 'tim', 'truoc')
/** A bulk action, first asked (the confirmation page), then confirmed (xac-nhan=1). */
export const BulkForm = sentFields('thao-tac', 'ids', 'tro-lai', 'xac-nhan')
export const SettingsQuery = sentFields('da_luu')
export const SettingsForm = sentFields('moderated', 'closeAfterDays', 'blocklist')
export const CommentEditForm = sentFields('body', 'replyText', 'linksAllowed', 'thao-tac')
