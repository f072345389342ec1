import type { Db } from '../../platform/db/connect.ts'
import './account-token.table.ts'
import { isRole, type Role } from './role.ts'
import type { NewsroomUser } from './user.ts'

export interface NewUser {
  email: string
  name: string
  passwordHash: string
  role: Role
  categoryIds?: number[]
}

export async function insertUser(db: Db, user: NewUser, now: Date): Promise<number> {
  const { id } = await db.insertInto('users')
    .values({ email: user.email, name: user.name, password_hash: user.passwordHash, role: user.role, created_at: now.toISOString(), updated_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (user.categoryIds?.length) {
    await db.insertInto('user_categories').values(user.categoryIds.map((category_id) => ({ user_id: id, category_id }))).execute()
  }
  return id
}

export async function findUserById(db: Db, id: number): Promise<NewsroomUser | undefined> {
  const row = await db.selectFrom('users').select(['id', 'email', 'name', 'role', 'is_active', 'must_change_password']).where('id', '=', id).executeTakeFirst()
  return row && toUser(row, await categoriesOf(db, row.id))
}

/** With the password hash, for signing in only. */
export async function findUserCredentials(db: Db, email: string): Promise<{ user: NewsroomUser; passwordHash: string } | undefined> {
  const row = await db.selectFrom('users').select(['id', 'email', 'name', 'role', 'is_active', 'password_hash']).where('email', '=', email).executeTakeFirst()
  return row && { user: toUser(row, await categoriesOf(db, row.id)), passwordHash: row.password_hash }
}

export async function countAdministrators(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('n')).where('role', '=', 'administrator').executeTakeFirstOrThrow()
  return Number(row.n)
}

async function categoriesOf(db: Db, userId: number): Promise<number[]> {
  const rows = await db.selectFrom('user_categories').select('category_id').where('user_id', '=', userId).execute()
  return rows.map((r) => r.category_id)
}

function toUser(row: { id: number; email: string; name: string; role: string; is_active: number; must_change_password?: number }, categoryIds: number[]): NewsroomUser {
  // An unknown role (a newer version's, say) gets no rights at all rather than a guess.
  const known = isRole(row.role)
  const user: NewsroomUser = { id: row.id, email: row.email, name: row.name, role: known ? row.role as Role : 'reporter', isActive: known && row.is_active === 1, categoryIds }
  return row.must_change_password === 1 ? { ...user, mustChangePassword: true } : user
}

/** Every user, with their category limits, sorted by name as Vietnamese readers sort. */
export async function listUsers(db: Db): Promise<NewsroomUser[]> {
  const rows = await db.selectFrom('users').select(['id', 'email', 'name', 'role', 'is_active']).execute()
  const limits = await db.selectFrom('user_categories').select(['user_id', 'category_id']).execute()
  const byUser = new Map<number, number[]>()
  for (const l of limits) byUser.set(l.user_id, [...(byUser.get(l.user_id) ?? []), l.category_id])
  const collator = new Intl.Collator('vi')
  return rows.map((row) => toUser(row, byUser.get(row.id) ?? []))
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.email, b.email))
}

export async function isEmailTaken(db: Db, email: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined
}

export interface UserChanges {
  name: string
  role: Role
  isActive: boolean
}

export async function updateUser(db: Db, id: number, changes: UserChanges, now: Date): Promise<void> {
  await db.updateTable('users')
    .set({ name: changes.name, role: changes.role, is_active: changes.isActive ? 1 : 0, updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute()
}

/** Replaces the user's category limits; an empty list means every category. */
export async function setUserCategories(db: Db, userId: number, categoryIds: readonly number[]): Promise<void> {
  await db.deleteFrom('user_categories').where('user_id', '=', userId).execute()
  if (categoryIds.length > 0) {
    await db.insertInto('user_categories').values(categoryIds.map((category_id) => ({ user_id: userId, category_id }))).execute()
  }
}

/** `mustChange`: the password was seen by someone else (an administrator), so its owner must replace it. */
export async function setPassword(db: Db, userId: number, passwordHash: string, now: Date, mustChange = false): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0, updated_at: now.toISOString() }).where('id', '=', userId).execute()
}

export async function setMustChangePassword(db: Db, userId: number, now: Date): Promise<void> {
  await db.updateTable('users').set({ must_change_password: 1, updated_at: now.toISOString() }).where('id', '=', userId).execute()
}
