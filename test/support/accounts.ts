import { TEST_PASSWORD } from './newsroom.ts'

// Signing in as the sign-in security tests need it: from a given client address (the test
// app trusts X-Forwarded-For from loopback, as it trusts nginx), with the answer kept whole.

type Headers = Record<string, string>
interface Answer { statusCode: number; headers: Record<string, string | string[] | number | undefined>; body: string; cookies: { name: string; value: string }[] }
interface Injectable {
  inject(options: { method: 'GET' | 'POST'; url: string; headers?: Headers; payload?: string }): Promise<Answer>
}

export interface SignInAnswer {
  status: number
  body: string
  location: string | undefined
  /** `ts_session=…` when signed in, else ''. */
  cookie: string
  /** `ts_pending=…` when a second step is asked for, else ''. */
  pending: string
}

/** The sign-in form's CSRF cookie and token, fetched as a browser at `ip` would. */
export async function formToken(app: Injectable, ip: string): Promise<{ cookie: string; token: string }> {
  const form = await app.inject({ method: 'GET', url: '/toa-soan/dang-nhap', headers: { 'x-forwarded-for': ip } })
  return { cookie: `ts_csrf=${form.cookies.find((c) => c.name === 'ts_csrf')!.value}`, token: /name="_csrf" value="([^"]+)"/.exec(form.body)![1]! }
}

export async function signInFrom(app: Injectable, ip: string, email: string, password = TEST_PASSWORD): Promise<SignInAnswer> {
  const { cookie, token } = await formToken(app, ip)
  const res = await app.inject({
    method: 'POST', url: '/toa-soan/dang-nhap',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip, cookie },
    payload: new URLSearchParams({ _csrf: token, email, password, tiep: '/toa-soan' }).toString(),
  })
  return answer(res)
}

/** The second step: the code (or a recovery code) for the pending sign-in in `pending`. */
export async function sendSecondFactor(app: Injectable, ip: string, pending: string, code: string): Promise<SignInAnswer> {
  const { cookie, token } = await formToken(app, ip)
  const res = await app.inject({
    method: 'POST', url: '/toa-soan/dang-nhap/ma-xac-thuc',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip, cookie: `${cookie}; ${pending}` },
    payload: new URLSearchParams({ _csrf: token, code }).toString(),
  })
  return answer(res)
}

function answer(res: Answer): SignInAnswer {
  const session = res.cookies.find((c) => c.name === 'ts_session' && c.value)
  const pending = res.cookies.find((c) => c.name === 'ts_pending' && c.value)
  return {
    status: res.statusCode, body: res.body, location: typeof res.headers.location === 'string' ? res.headers.location : undefined,
    cookie: session ? `ts_session=${session.value}` : '', pending: pending ? `ts_pending=${pending.value}` : '',
  }
}
