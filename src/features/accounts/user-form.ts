import { ValidationError } from '../../platform/http/errors.ts'
import { each, once, type Sent } from '../../platform/http/request-schemas.ts'
import type { PasswordChangeForm, UserForm } from './account.schemas.ts'
import type { CategoryTree } from '../categories/index.ts'
import { MIN_PASSWORD_LENGTH } from './password.ts'
import { isRole, type Role } from './role.ts'
import { EMAIL, normaliseEmail } from './user.ts'

/** The user form as typed, to validate and, when something is wrong, to show again. */
export interface UserFormValues {
  email: string
  name: string
  role: string
  categoryIds: number[]
  isActive: boolean
}

export interface InviteInput {
  email: string
  name: string
  role: Role
  categoryIds: number[]
}

export interface UserEditInput {
  name: string
  role: Role
  categoryIds: number[]
  isActive: boolean
}

export interface PasswordChangeInput {
  current: string
  next: string
}

export const NAME_MAX = 120
const EMAIL_MAX = 254
export const PASSWORD_MAX = 1000

const text = (value: Sent | undefined): string => once(value)?.normalize('NFC').trim() ?? ''

export function readUserForm(body: UserForm): UserFormValues {
  const ids = each(body.categoryIds).filter((v) => /^\d{1,9}$/.test(v)).map(Number)
  return {
    email: text(body.email).slice(0, 500),
    name: text(body.name).slice(0, 1000),
    role: text(body.role),
    categoryIds: [...new Set(ids)].sort((a, b) => a - b),
    isActive: body.isActive === '1',
  }
}

/** Every problem at once, per field, in Vietnamese; `emailTaken` is the database's answer. */
export function parseInviteForm(values: UserFormValues, tree: CategoryTree, emailTaken: boolean): InviteInput {
  const problems = commonProblems(values, tree)
  const email = normaliseEmail(values.email)
  if (!email) problems.email = 'Xin nhập thư điện tử.'
  else if (email.length > EMAIL_MAX || !EMAIL.test(email)) problems.email = 'Thư điện tử không hợp lệ (ví dụ đúng: ten@coquan.gov.vn).'
  else if (emailTaken) problems.email = EMAIL_TAKEN
  if (Object.keys(problems).length > 0) throw new ValidationError(problems)
  return { email, name: values.name, role: values.role as Role, categoryIds: values.categoryIds }
}

export const EMAIL_TAKEN = 'Thư điện tử này đã có người dùng.'

/** `isSelf`: administrators editing their own account may not lock themselves out. */
export function parseUserEditForm(values: UserFormValues, tree: CategoryTree, isSelf: boolean): UserEditInput {
  const problems = commonProblems(values, tree)
  if (isSelf && !values.isActive) problems.isActive = 'Bạn không thể tự khóa tài khoản của chính mình.'
  if (isSelf && !problems.role && values.role !== 'administrator') {
    problems.role = 'Bạn không thể tự bỏ vai trò quản trị của chính mình; hãy nhờ một quản trị viên khác.'
  }
  if (Object.keys(problems).length > 0) throw new ValidationError(problems)
  return { name: values.name, role: values.role as Role, categoryIds: values.categoryIds, isActive: values.isActive }
}

function commonProblems(values: UserFormValues, tree: CategoryTree): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!values.name) problems.name = 'Xin nhập họ tên.'
  else if (values.name.length > NAME_MAX) problems.name = `Họ tên dài quá ${NAME_MAX} ký tự.`
  if (!values.role) problems.role = 'Xin chọn vai trò.'
  else if (!isRole(values.role)) problems.role = 'Vai trò không hợp lệ.'
  if (values.categoryIds.some((id) => !tree.find(id))) problems.categoryIds = 'Có chuyên mục không còn tồn tại; xin chọn lại.'
  return problems
}

export function parsePasswordChangeForm(body: PasswordChangeForm): PasswordChangeInput {
  const raw = (key: keyof PasswordChangeForm) => once(body[key]) ?? ''
  const current = raw('current')
  const next = raw('next')
  const again = raw('again')
  const problems: Record<string, string> = {}
  if (!current) problems.current = 'Xin nhập mật khẩu hiện tại.'
  if (next.length < MIN_PASSWORD_LENGTH) problems.next = `Mật khẩu mới phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`
  else if (next.length > PASSWORD_MAX) problems.next = `Mật khẩu mới dài quá ${PASSWORD_MAX} ký tự.`
  else if (next === current) problems.next = 'Mật khẩu mới phải khác mật khẩu hiện tại.'
  if (!problems.next && again !== next) problems.again = 'Hai lần nhập mật khẩu mới không khớp.'
  if (Object.keys(problems).length > 0) throw new ValidationError(problems)
  return { current: current.slice(0, PASSWORD_MAX), next }
}
