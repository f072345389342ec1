import { currentRights } from '../../platform/newsroom-rights.ts'
import type { Action, Role } from './role.ts'

declare module '../../platform/module.ts' {
  /** Modules' dashboard parts are worked out for a newsroom user (platform/module.ts). */
  interface NewsroomViewer extends NewsroomUser {}
}

export interface NewsroomUser {
  id: number
  email: string
  name: string
  role: Role
  isActive: boolean
  /** Empty: every category. */
  categoryIds: number[]
  /** Signed in with a password an administrator saw: only "Đổi mật khẩu" opens until it is changed. */
  mustChangePassword?: boolean
}

/** Whether the user may take this action, in this category when the action is category-scoped. */
export function may(user: NewsroomUser, action: Action, categoryId?: number): boolean {
  const rights = currentRights()
  if (!user.isActive || !rights.holds(user.role, action)) return false
  if (categoryId === undefined || !rights.byCategory(action) || user.categoryIds.length === 0) return true
  return user.categoryIds.includes(categoryId)
}

export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase()
}

export const EMAIL = /^[^\s@<>()]{1,64}@[^\s@<>()]+\.[^\s@<>()]{2,}$/
