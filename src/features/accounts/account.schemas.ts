import type { Static } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { pathParams, readHeaders, sentFields } from '../../platform/http/request-schemas.ts'

// What the accounts routes read from a request: the shapes a browser sends. What a field must
// hold (an e-mail address, a long enough password) stays the forms' own Vietnamese messages.

export const UserIdParams = pathParams('id')
export const SavedQuery = sentFields('da-luu')
export const PasswordChangedQuery = sentFields('da-doi')
export const UserForm = sentFields('email', 'name', 'role', 'categoryIds', 'isActive')
export type UserForm = Static<typeof UserForm>
export const OwnChangeGrantForm = sentFields('granted')
export const PasswordChangeForm = sentFields('current', 'next', 'again')
export type PasswordChangeForm = Static<typeof PasswordChangeForm>

export const SignInQuery = sentFields('tiep', 'da-dat-mat-khau')
export const SignInForm = sentFields('email', 'password', 'tiep')
export const CodeForm = sentFields('code')
export const SecondFactorRequiredForm = sentFields('required')
export const AuditQuery = sentFields('hanh-dong', 'nguoi-dung', 'truoc')
/** Read to tell one signed-in browser from another in the session list. */
export const VisitorHeaders = readHeaders('user-agent')

/**
 * The CSRF token of any newsroom form, read by the session's hook for every route before the
 * route's own fields are looked at: whatever else the body holds, this is the one field read.
 */
export const csrfField = TypeCompiler.Compile(sentFields('_csrf'))

export const TokenParams = pathParams('token')
export const NewPasswordForm = sentFields('next', 'again')
export const ForgotPasswordForm = sentFields('email')
export const MailChoicesForm = sentFields('returned', 'waiting')
