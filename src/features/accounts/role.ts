import type { Action, Role } from '../../platform/module.ts'
import { currentRights } from '../../platform/newsroom-rights.ts'

// Who may do what. The roles are added by modules (their `roles`: the newsroom's five here, the
// documents register's clerk in its own folder); the actions, and which roles hold them, are
// declared by the module each belongs to (its `rights`), assembled by the platform into one
// table, checked on the server for every newsroom route, and tested as a table. Article rights
// can be narrowed to categories per user (see user_categories).
export type { Action, Role }

declare module '../../platform/module.ts' {
  interface NewsroomRoles {
    reporter: true
    editor: true
    approver: true
    moderator: true
    administrator: true
  }
}

/** The newsroom's own roles (the accounts module adds them). */
export const NEWSROOM_ROLES: { readonly [R in Role]?: string } = {
  reporter: 'Phóng viên, cộng tác viên',
  editor: 'Biên tập viên',
  approver: 'Lãnh đạo duyệt bài',
  moderator: 'Kiểm duyệt viên',
  administrator: 'Quản trị hệ thống',
}

/** Every role of this portal's modules, in their order. */
export function roles(): Role[] {
  return [...currentRights().roles.keys()]
}

/** A role as an administrator reads it ("Văn thư"); the code name of one no module adds any more. */
export function roleName(role: Role): string {
  return currentRights().roles.get(role) ?? role
}

export function isRole(value: string): value is Role {
  return currentRights().roles.has(value as Role)
}
