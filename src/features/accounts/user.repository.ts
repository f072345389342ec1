import type { Db } from '../../platform/db/connect.ts'
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
  const row = await db.selectFrom('users').select(['id', 'email', 'name', 'role', 'is_active']).where('id', '=', id).executeTakeFirst()
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

function toUser(row: { id: number; email: string; name: string; role: string; is_active: number }, categoryIds: number[]): NewsroomUser {
  // An unknown role (a newer version's, say) gets no rights at all rather than a guess.
  const known = isRole(row.role)
  return { id: row.id, email: row.email, name: row.name, role: known ? row.role as Role : 'reporter', isActive: known && row.is_active === 1, categoryIds }
}
