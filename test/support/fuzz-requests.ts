// Malformed requests of many shapes, drawn from a seeded generator so that a failure can be
// replayed (FUZZ_SEED). Nothing here knows what a route should answer: only that it is not a 5xx.

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface FuzzRequest {
  /** The route template it was made from, to group failures by. */
  route: string
  method: string
  path: string
  headers: Record<string, string | string[]>
  body?: Buffer
  /** Sent as bytes on a socket of its own: what no HTTP client library would send. */
  raw?: Buffer
}

export interface FuzzContext {
  /** Route templates as the router lists them: `/toa-soan/bai-viet/:id`, `/rss/*`. */
  routes: { path: string; methods: string[] }[]
  /** Ids that exist (articles, categories, users, comments…): some requests use them. */
  ids: number[]
  /** Slugs and paths that exist: category paths, tags. */
  slugs: string[]
  /** Cookies of signed-in newsroom users, with their CSRF tokens. */
  sessions: { cookie: string; csrf: string }[]
  origin: string
}

const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'FOO', 'TRACE', 'SEARCH', 'M-SEARCH']
const FIELDS = ['_csrf', 'email', 'password', 'tiep', 'name', 'body', 'replyTo', 'website', 'challenge', 'nonce', 'answer', 'title', 'lead', 'bodyHtml', 'body_html', 'categoryId', 'category', 'slug', 'tags', 'bylineKind', 'bylineName', 'source', 'seoTitle', 'seoDescription', 'leadImage', 'expiresAt', 'publishAt', 'transition', 'reason', 'alt', 'caption', 'role', 'categoryIds', 'ids', 'action', 'url', 'groupId', 'latitude', 'longitude', 'tagline', 'logo', 'parentId', 'description', 'position', 'current', 'next', 'confirm', 'code', 'file', 'cong-khai', 'tat', 'ngay', 'tu-khoa', 'q', '__proto__', 'constructor']
const QUERY_NAMES = ['sau', 'truoc', 'tim', 'q', 'cursor', 'limit', 'hanh-dong', 'nguoi-dung', 'trang-thai', 'bai', 'y-kien', 'tiep', 'chuyen-muc', 'tu', 'den', 'thu-tu', 'da-luu', 'da-tai-len', 'da-xoa', 'loc', 'page', 'utm_source', '__proto__', 'a[b]', '', '%00', '%ZZ']
const BAD_ENCODINGS = ['%', '%Z', '%ZZ', '%E0%A4%A', '%C0%80', '%ED%A0%80', '%FF%FE', '%00', '%2500', '%u0000', '%%', '%C3', '%F4%90%80%80', '%EF%BF%BF', '%E2%80%AE']
const ODD_TEXT = ['', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff', '😀', 'Đảng bộ', 'Ｆｕｌｌ', '\u202e', '\ufeff', '<script>alert(1)</script>', '"\'`;--', "' OR 1=1 --", '../../etc/passwd', '%00', '${7*7}', '{{7*7}}', 'null', 'true', '-1', '0', '1e309', 'NaN', '9'.repeat(40), '-9'.repeat(20), '1.5', '2021-13-45T99:99', 'x'.repeat(5000), 'dan-van', 'tin-tuc/dan-van', 'https://evil.example/', '//evil.example', 'javascript:alert(1)', '\r\nX-Injected: 1', 'a\tb\nc']
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=XYZ', 'multipart/form-data', 'multipart/form-data; boundary=', 'text/plain', 'application/xml', 'application/octet-stream', 'application/json; charset=utf-16', 'application/x-www-form-urlencoded; charset=latin1', 'a/b/c', ';;;', 'application/vnd.api+json', 'text/html', 'image/png', 'application/javascript', '*/*', 'multipart/mixed; boundary=XYZ']

export class FuzzRequests {
  readonly #random: () => number
  /** Sent first: every route once with every known parameter and field carrying a NUL. */
  readonly #sweep: FuzzRequest[]
  constructor(seed: number, private readonly context: FuzzContext) {
    this.#random = seededRandom(seed)
    this.#sweep = this.#nulSweep()
  }

  // Random draws rarely put a NUL in the one parameter a route reads (?tim= on the moderation
  // queue, the sign-in e-mail); this sweep does, for every route, anonymous and signed in.
  #nulSweep(): FuzzRequest[] {
    const sweep: FuzzRequest[] = []
    const query = '?' + QUERY_NAMES.filter((name) => /^[a-z-]+$/.test(name)).map((name) => `${name}=a%00b`).join('&')
    for (const route of this.context.routes) {
      for (const session of [undefined, ...this.context.sessions]) {
        const headers = (): Record<string, string> => ({ origin: this.context.origin, ...(session ? { cookie: session.cookie } : {}) })
        const path = route.path.replace(/\*/g, (_m, at: number) => (route.path[at - 1] === '/' ? '' : '/') + 'a%00b').replace(/:[A-Za-z]+/g, '1')
        sweep.push({ route: route.path, method: 'GET', path: path + query, headers: headers() })
        sweep.push({ route: route.path, method: 'GET', path: route.path.replace(/[:*][A-Za-z]*/g, 'a%00b'), headers: headers() })
        if (!route.methods.some((m) => m !== 'GET' && m !== 'HEAD')) continue
        const fields: [string, string][] = [['_csrf', route.path.includes('dang-xuat') ? '' : session?.csrf ?? ''], ...FIELDS.filter((f) => f !== '_csrf').map((f): [string, string] => [f, 'a\u0000b'])]
        for (const method of route.methods.filter((m) => m !== 'GET' && m !== 'HEAD')) {
          sweep.push({ route: route.path, method, path, headers: { ...headers(), 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(new URLSearchParams(fields).toString()) })
          sweep.push({ route: route.path, method, path, headers: { ...headers(), 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(Object.fromEntries(fields))) })
          sweep.push({ route: route.path, method, path, headers: { ...headers(), 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, body: this.#multipart(fields) })
        }
      }
    }
    return sweep
  }

  #below(n: number): number {
    return Math.floor(this.#random() * n)
  }
  #pick<T>(items: readonly T[]): T {
    return items[this.#below(items.length)]!
  }
  #chance(p: number): boolean {
    return this.#random() < p
  }

  next(): FuzzRequest {
    const swept = this.#sweep.shift()
    if (swept) return swept
    if (this.#chance(0.02)) return this.#rawRequest()
    const route = this.#pick(this.context.routes)
    const method = this.#chance(0.8) ? this.#pick(route.methods) : this.#pick(METHODS)
    const request: FuzzRequest = { route: route.path, method, path: this.#pathOf(route.path) + this.#query(), headers: {} }
    const session = this.#chance(0.55) ? this.#pick(this.context.sessions) : undefined
    this.#headers(request, session)
    if (method !== 'GET' && method !== 'HEAD' && (method === 'POST' || this.#chance(0.5))) this.#body(request, session)
    return request
  }

  #pathOf(template: string): string {
    let path = template.replace(/\*/g, (_m, at: number) => (template[at - 1] === '/' ? '' : '/') + this.#segments())
    path = path.replace(/:[A-Za-z]+/g, () => this.#param())
    path = path.replace(/editor-:hash/, () => `editor-${this.#param()}`)
    const roll = this.#random()
    if (roll < 0.06) path += this.#pick(BAD_ENCODINGS)
    else if (roll < 0.09) path += '/' + 'a'.repeat(1 + this.#below(this.#chance(0.5) ? 3000 : 20000))
    else if (roll < 0.11) path = path.replace(/[a-z]/, (c) => c.toUpperCase())
    else if (roll < 0.13) path += '/'
    else if (roll < 0.15) path = '/' + path
    else if (roll < 0.17) path += '/..%2F..%2Fetc%2Fpasswd'
    else if (roll < 0.19) path = path.replace(/-/g, '%2D')
    return path
  }

  #segments(): string {
    const count = this.#below(4)
    return Array.from({ length: count }, () => this.#chance(0.5) ? this.#pick(this.context.slugs) : this.#param()).join('/')
  }

  #param(): string {
    const roll = this.#random()
    if (roll < 0.35) return String(this.#pick(this.context.ids))
    if (roll < 0.5) return this.#pick(this.context.slugs).split('/').at(-1)!
    if (roll < 0.6) return this.#pick(BAD_ENCODINGS)
    if (roll < 0.7) return 'x'.repeat(1 + this.#below(1200))
    return encode(this.#pick(ODD_TEXT)).slice(0, 6000) || '0'
  }

  #query(): string {
    if (this.#chance(0.5)) return ''
    const pairs: string[] = []
    const count = 1 + this.#below(this.#chance(0.1) ? 200 : 4)
    for (let i = 0; i < count; i++) {
      const name = this.#pick(QUERY_NAMES)
      const value = this.#chance(0.3) ? this.#pick(BAD_ENCODINGS) : encode(this.#pick(ODD_TEXT)).slice(0, 3000)
      pairs.push(this.#chance(0.1) ? name : `${name}=${value}`)
    }
    return '?' + pairs.join(this.#chance(0.9) ? '&' : ';')
  }

  #headers(request: FuzzRequest, session: { cookie: string; csrf: string } | undefined): void {
    const headers = request.headers
    const cookies: string[] = []
    if (session) cookies.push(session.cookie)
    const roll = this.#random()
    if (roll < 0.1) cookies.push(`ts_session=${this.#pick(['', '%00', 'x'.repeat(300), 'abc', '%ZZ', '"', '%ED%A0%80'])}`)
    else if (roll < 0.15) cookies.push('=;=;;ts_csrf', 'ts_csrf=' + this.#pick(['', 'x', '%00', '%E0%A4%A']))
    else if (roll < 0.18) cookies.push('x'.repeat(6000) + '=1')
    if (cookies.length > 0) headers.cookie = this.#chance(0.1) ? cookies : cookies.join('; ')
    if (this.#chance(0.6)) headers.origin = this.#chance(0.85) ? this.context.origin : this.#pick(['null', 'https://evil.example', '%%', 'http://[::1', ''])
    if (this.#chance(0.3)) headers.accept = this.#pick(['application/json', 'text/html', '*/*', '', 'x/y;q=abc', 'application/json, text/html'])
    if (this.#chance(0.1)) headers['accept-encoding'] = this.#pick(['br', 'gzip, br', 'identity;q=0', '*', 'x'.repeat(500)])
    if (this.#chance(0.1)) headers['if-none-match'] = this.#pick(['*', '"x"', 'W/"a", "b"', '', '"' + 'x'.repeat(2000)])
    if (this.#chance(0.1)) headers['x-forwarded-for'] = this.#pick(['203.0.113.9', 'garbage', '1.2.3.4, 5.6.7.8', '::1', '', '999.999.999.999'])
    if (this.#chance(0.05)) headers['x-forwarded-proto'] = this.#pick(['https', 'gopher', ''])
    if (this.#chance(0.05)) headers['x-csrf-token'] = session && this.#chance(0.5) ? session.csrf : this.#pick(['', 'x', '%00'])
    if (this.#chance(0.03)) headers['x-huge'] = 'h'.repeat(this.#chance(0.5) ? 9000 : 40000)
    if (this.#chance(0.04)) headers['x-duplicated'] = Array.from({ length: 50 + this.#below(100) }, (_, i) => `v${i}`)
    if (this.#chance(0.03)) headers.range = this.#pick(['bytes=0-10', 'bytes=-5', 'bytes=abc', 'bytes=5-1'])
    if (this.#chance(0.03)) headers['user-agent'] = this.#pick(['', 'x'.repeat(3000), 'curl/8'])
  }

  #body(request: FuzzRequest, session: { cookie: string; csrf: string } | undefined): void {
    const contentType = this.#pick(CONTENT_TYPES)
    // Signed in, most forms carry the right token, so that handlers past the CSRF check are reached.
    // Never to sign-out routes: the fuzz's own sessions must survive it.
    const csrf = session && !request.path.includes('dang-xuat') && this.#chance(0.8) ? session.csrf : this.#pick(['', 'sai', '%00'])
    const fields = this.#fields(csrf)
    let body: Buffer
    if (contentType.startsWith('multipart/')) {
      body = this.#multipart(fields)
      if (contentType.endsWith('XYZ') === false && this.#chance(0.5)) request.headers['content-type'] = `multipart/form-data; boundary=${BOUNDARY}`
      else request.headers['content-type'] = contentType.replace('XYZ', this.#chance(0.8) ? BOUNDARY : 'other')
    } else if (contentType.includes('json')) {
      body = Buffer.from(this.#json(fields))
      request.headers['content-type'] = contentType
    } else if (contentType.includes('urlencoded')) {
      body = Buffer.from(fields.map(([k, v]) => `${this.#chance(0.05) ? this.#pick(BAD_ENCODINGS) : encode(k)}=${this.#chance(0.1) ? this.#pick(BAD_ENCODINGS) : encode(v)}`).join('&'))
      request.headers['content-type'] = contentType
    } else {
      body = this.#garbage()
      request.headers['content-type'] = contentType
    }
    if (this.#chance(0.05)) delete request.headers['content-type']
    if (this.#chance(0.05)) body = body.subarray(0, this.#below(body.length + 1))
    request.body = body
  }

  #fields(csrf: string): [string, string][] {
    const fields: [string, string][] = [['_csrf', csrf]]
    const count = this.#below(8)
    for (let i = 0; i < count; i++) {
      const name = this.#pick(FIELDS)
      const value = this.#chance(0.4) ? String(this.#pick(this.context.ids)) : this.#pick(ODD_TEXT)
      fields.push([name, value])
      // The same name twice: a form body parser makes it an array.
      if (this.#chance(0.15)) fields.push([name, this.#pick(ODD_TEXT)])
    }
    return fields
  }

  #json(fields: [string, string][]): string {
    const roll = this.#random()
    if (roll < 0.1) return this.#pick(['', '{', '{"a":', '[', 'nul', '{"a":1,}', '\u0000', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', '"\\ud800"', '1e999', '[' .repeat(5000), '{"a":'.repeat(3000)])
    if (roll < 0.2) return JSON.stringify(this.#pick([null, 42, 'text', [], [1, 2], true]))
    const object: Record<string, unknown> = {}
    for (const [k, v] of fields) object[k] = this.#chance(0.15) ? this.#pick([[v], { v }, 1, null, true, [[[]]]]) : v
    const text = JSON.stringify(object)
    return this.#chance(0.1) ? text.slice(0, this.#below(text.length)) : text
  }

  #multipart(fields: [string, string][]): Buffer {
    const parts: Buffer[] = []
    for (const [name, value] of fields) {
      parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
    }
    if (this.#chance(0.5)) {
      const fileName = this.#pick(['anh.jpg', 'a"b.png', '', '../../x.gif', 'tệp ảnh.webp', 'x\u0000.png', 'x'.repeat(500)])
      const bytes = this.#pick([Buffer.from('GIF89a'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), this.#garbage(), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')])
      parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${this.#pick(['file', 'file', 'alt', 'other'])}"; filename="${fileName}"\r\nContent-Type: ${this.#pick(['image/png', 'image/jpeg', 'text/plain', ''])}\r\n\r\n`), bytes, Buffer.from('\r\n'))
    }
    const roll = this.#random()
    if (roll < 0.7) parts.push(Buffer.from(`--${BOUNDARY}--\r\n`))
    else if (roll < 0.8) parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\n`))
    else if (roll < 0.9) parts.unshift(Buffer.from('garbage before the first boundary\r\n'))
    return Buffer.concat(parts)
  }

  #garbage(): Buffer {
    // Now and then past the 1 MB body limit; random bytes for the first 600, then filler.
    const bytes = Buffer.alloc(this.#chance(0.01) ? 1_100_000 : this.#below(600))
    for (let i = 0; i < Math.min(bytes.length, 600); i++) bytes[i] = this.#below(256)
    return bytes
  }

  // What an HTTP client would refuse to send: answered by Node's parser, still never a 5xx.
  #rawRequest(): FuzzRequest {
    const route = this.#pick(this.context.routes).path.replace(/[:*][A-Za-z]*/g, '1')
    const raw = this.#pick([
      `GET ${route}\u0000 HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET ${route} HTTP/1.1\nHost: x\n\n`,
      `GET ${route} HTTP/9.9\r\nHost: x\r\n\r\n`,
      `GET ${route} HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n`,
      `GET ${route} HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n`,
      `POST ${route} HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde`,
      `POST ${route} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n`,
      `POST ${route} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n0\r\n\r\n`,
      `G\u00c9T ${route} HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET ${route}?q=\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET ${route} HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\n\r\n`,
      `GET ${route} HTTP/1.1\r\nHost: x\r\nCookie: ts_session=\u00ff\u0001\r\n\r\n`,
      `GET http://evil.example${route} HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET * HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET ${route} HTTP/1.1\r\n\r\n`,
    ])
    return { route, method: 'RAW', path: route, headers: {}, raw: Buffer.from(raw, 'latin1') }
  }
}

/** encodeURIComponent, except that a lone surrogate becomes the invalid UTF-8 it would be on the wire. */
function encode(text: string): string {
  return text.replace(/\p{Cs}/gu, '\u0001').split('\u0001').map(encodeURIComponent).join('%ED%A0%80')
}

const BOUNDARY = 'ToaSoanFuzzBoundary7MA4YWxkTrZu0gW'
