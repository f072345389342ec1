// Who may do what. Rights are data, checked on the server for every newsroom route, and tested
// as a table. Article rights can be narrowed to categories per user (see user_categories).
export const ROLES = ['reporter', 'editor', 'approver', 'moderator', 'administrator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_NAMES: Record<Role, string> = {
  reporter: 'Phóng viên, cộng tác viên',
  editor: 'Biên tập viên',
  approver: 'Lãnh đạo duyệt bài',
  moderator: 'Kiểm duyệt viên',
  administrator: 'Quản trị hệ thống',
}

export const ACTIONS = [
  'newsroom.enter',
  'article.write',
  'article.edit-others',
  'article.review',
  'article.publish',
  'comment.moderate',
  'site.administer',
  'user.manage',
  'audit.read',
] as const
export type Action = (typeof ACTIONS)[number]

export const RIGHTS: Record<Role, readonly Action[]> = {
  reporter: ['newsroom.enter', 'article.write'],
  editor: ['newsroom.enter', 'article.write', 'article.edit-others', 'article.review'],
  approver: ['newsroom.enter', 'article.write', 'article.edit-others', 'article.review', 'article.publish'],
  moderator: ['newsroom.enter', 'comment.moderate'],
  administrator: [...ACTIONS],
}

/** Actions whose reach a user's category list narrows. */
export const CATEGORY_SCOPED: readonly Action[] = ['article.write', 'article.edit-others', 'article.review', 'article.publish']

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
