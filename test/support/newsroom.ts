import type { Db } from '../../src/platform/db/connect.ts'
import { hashPassword, insertUser, type Role } from '../../src/features/accounts/index.ts'

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private instant = new Date('2026-11-29T02:00:00Z')) {}
  now = (): Date => new Date(this.instant)
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms)
  }
}

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-1'
let cachedHash: Promise<string> | undefined

export async function createUser(db: Db, role: Role, email: string, categoryIds: number[] = []): Promise<number> {
  // One scrypt hash for every test user keeps the suite fast; each still signs in for real.
  cachedHash ??= hashPassword(TEST_PASSWORD)
  return insertUser(db, { email, name: `Người dùng ${role}`, passwordHash: await cachedHash, role, categoryIds }, new Date())
}

interface Injectable {
  inject(options: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: string }): Promise<{
    statusCode: number; headers: Record<string, string | string[] | number | undefined>; body: string; cookies: { name: string; value: string }[]
  }>
}

/** Signs in through the real form (CSRF cookie and token included) and returns the session cookie. */
export async function signIn(app: Injectable, email: string, password = TEST_PASSWORD): Promise<{ cookie: string; status: number; body: string }> {
  const form = await app.inject({ method: 'GET', url: '/toa-soan/dang-nhap' })
  const csrfCookie = form.cookies.find((c) => c.name === 'ts_csrf')!.value
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!
  const res = await app.inject({
    method: 'POST', url: '/toa-soan/dang-nhap',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `ts_csrf=${csrfCookie}` },
    payload: new URLSearchParams({ _csrf: token, email, password, tiep: '/toa-soan' }).toString(),
  })
  const session = res.cookies.find((c) => c.name === 'ts_session')
  return { cookie: session ? `ts_session=${session.value}` : '', status: res.statusCode, body: res.body }
}

/** The CSRF token of a signed-in page, for the next form post. */
export async function csrfOf(app: Injectable, cookie: string): Promise<string> {
  const page = await app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })
  return /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!
}
