import type { Db } from '../../platform/db/connect.ts'
import { hashPassword, generatePassword } from './password.ts'
import { countAdministrators, insertUser } from './user.repository.ts'

export const DEMO_ADMIN_EMAIL = 'quantri@example.vn'

/**
 * The demo's administrator, made on the first start with a random password that is returned
 * once to be printed: there is no fixed password anywhere in the code.
 */
export async function ensureDemoAdministrator(db: Db, now: Date): Promise<{ email: string; password: string } | undefined> {
  if ((await countAdministrators(db)) > 0) return undefined
  const password = generatePassword()
  await insertUser(db, { email: DEMO_ADMIN_EMAIL, name: 'Quản trị viên', passwordHash: await hashPassword(password), role: 'administrator' }, now)
  return { email: DEMO_ADMIN_EMAIL, password }
}
