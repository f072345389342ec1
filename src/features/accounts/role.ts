import type { Action } from '../../platform/module.ts'

// Who may do what. The roles are the newsroom's own; the actions, and which roles hold them,
// are declared by the module each belongs to (its `rights`), assembled by the platform into one
// table, checked on the server for every newsroom route, and tested as a table. Article rights
// can be narrowed to categories per user (see user_categories).
export const ROLES = ['reporter', 'editor', 'approver', 'moderator', 'administrator'] as const
export type Role = (typeof ROLES)[number]
export type { Action }

type RoleNames = { [R in Role]: true }
declare module '../../platform/module.ts' {
  interface NewsroomRoles extends RoleNames {}
}

export const ROLE_NAMES: Record<Role, string> = {
  reporter: 'Phóng viên, cộng tác viên',
  editor: 'Biên tập viên',
  approver: 'Lãnh đạo duyệt bài',
  moderator: 'Kiểm duyệt viên',
  administrator: 'Quản trị hệ thống',
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
