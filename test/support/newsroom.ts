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

/**
 * Newsroom users signed in through the real form, each by a short name, and their requests:
 * GETs with their session, form POSTs with their session and a fresh CSRF token.
 */
export class SignedIn<Who extends string> {
  private constructor(private readonly app: Injectable, private readonly emails: Record<Who, string>, private readonly cookies: Record<Who, string>) {}

  /** Creates each user with their role and signs them in: { clerk: ['clerk', 'vanthu@example.vn'] }. */
  static async as<Who extends string>(app: Injectable, db: Db, users: Record<Who, readonly [Role, string]>): Promise<SignedIn<Who>> {
    const emails = {} as Record<Who, string>
    const cookies = {} as Record<Who, string>
    for (const [who, [role, email]] of Object.entries(users) as [Who, readonly [Role, string]][]) {
      await createUser(db, role, email)
      emails[who] = email
      cookies[who] = (await signIn(app, email)).cookie
    }
    return new SignedIn(app, emails, cookies)
  }

  /** Signs the user in again (a session lapsed when the test's clock moved on). */
  async again(who: Who): Promise<void> {
    this.cookies[who] = (await signIn(this.app, this.emails[who])).cookie
  }

  cookie(who: Who): string {
    return this.cookies[who]
  }

  get(url: string, who: Who) {
    return this.app.inject({ method: 'GET', url, headers: { cookie: this.cookies[who] } })
  }

  /** A urlencoded form; a field given a list is sent once per value. Without `csrf`, no token (to see it refused). */
  async post(url: string, fields: Record<string, string | string[]>, who: Who, { csrf = true, accept }: { csrf?: boolean; accept?: string } = {}) {
    const form = new URLSearchParams(csrf ? { _csrf: await csrfOf(this.app, this.cookies[who]) } : {})
    for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(key, v)
    const headers = { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookies[who], ...(accept ? { accept } : {}) }
    return this.app.inject({ method: 'POST', url, headers, payload: form.toString() })
  }
}
