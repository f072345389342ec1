import { request } from 'node:http'

// Plain HTTP to a portal started as its own process (cluster tests, the cluster bench): forms,
// cookies and a deadline, nothing hidden.
export interface Answer {
  status: number
  body: string
  /** "name=value" of each Set-Cookie. */
  cookies: string[]
}

export interface SendOptions {
  cookie?: string
  form?: Record<string, string>
  headers?: Record<string, string>
  /** A connection of its own (no keep-alive), so that a cluster hands each request to the next worker. */
  newConnection?: boolean
}

export function send(url: string, method: 'GET' | 'POST', options: SendOptions = {}): Promise<Answer> {
  const payload = options.form ? new URLSearchParams(options.form).toString() : undefined
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method,
      ...(options.newConnection ? { agent: false } : {}),
      headers: {
        ...options.headers,
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(payload ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(payload) } : {}),
      },
    }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({
        status: res.statusCode!, body, cookies: (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!),
      }))
    })
    req.on('error', reject)
    req.setTimeout(10_000, () => req.destroy(new Error(`${method} ${url}: no answer within 10 s`)))
    req.end(payload)
  })
}

/** Signs in through the newsroom's form (its CSRF cookie and token included); the session cookie, or undefined. */
export async function signInOverHttp(base: string, email: string, password: string, newConnection = false): Promise<string | undefined> {
  const form = await send(base + '/toa-soan/dang-nhap', 'GET', { newConnection })
  const csrfCookie = form.cookies.find((c) => c.startsWith('ts_csrf='))
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1]
  if (!csrfCookie || !token) return undefined
  const res = await send(base + '/toa-soan/dang-nhap', 'POST', { newConnection, cookie: csrfCookie, form: { _csrf: token, email, password, tiep: '/toa-soan' } })
  return res.cookies.find((c) => c.startsWith('ts_session='))
}
