import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDefaultHighWaterMark, Readable } from 'node:stream'
import { after, before, test } from 'node:test'
import { parsePage } from '../../../test/support/html.ts'
import { jpegOf, type Signed } from '../../../test/support/media.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { CONCURRENT_UPLOADS } from './upload-gate.ts'

// The audit (issue 11): 60 anonymous 14 MB posts were each read whole before being refused.
// Bodies here are streams that count what the server pulled from them.

let portal: TestPortal
let reporter: Signed
const BOUNDARY = '----toasoan-test-boundary'
const FOURTEEN_MB = 14 * 1024 * 1024
const READ_LIMIT = 64 * 1024
// A signed-in upload is refused on its first field, which the multipart parser must read: what
// sits by then in the stream buffers on the way (request, parser, file part, one chunk moving)
// has been read too. Node 20's buffers hold 16 KB each, Node 22's 64 KB, so the bound follows them.
const FIRST_FIELD_LIMIT = Math.max(READ_LIMIT, 4 * getDefaultHighWaterMark(false))

// Temporary upload files go to TMPDIR: a folder of this file's own, to see that none is left.
const ownTmp = mkdtempSync(join(tmpdir(), 'toasoan-gate-'))
process.env.TMPDIR = ownTmp

before(async () => {
  portal = await buildTestPortal()
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  const { cookie } = await signIn(portal.app, 'phongvien@example.vn')
  reporter = { cookie, csrf: await csrfOf(portal.app, cookie) }
})
after(async () => {
  await portal.close()
  rmSync(ownTmp, { recursive: true, force: true })
})

const fieldPart = (name: string, value: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
const filePart = (name: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`

/**
 * A request body made as it is pulled: `head`, then `filler` bytes, then `tail`, in 4 KB chunks.
 * `held` stops it after the head until `release()`, as a slow sender would.
 */
class CountedBody extends Readable {
  pulled = 0
  #chunks: Generator<Buffer>
  #waiting = false
  #held: boolean
  readonly started: Promise<void>
  #start!: () => void

  constructor(head: Buffer | string, filler: number, tail: Buffer | string = '', options: { held?: boolean } = {}) {
    super({ highWaterMark: 4096 })
    this.#held = options.held ?? false
    this.started = new Promise((resolve) => { this.#start = resolve })
    this.#chunks = (function* () {
      const h = Buffer.from(head)
      for (let i = 0; i < h.length; i += 4096) yield h.subarray(i, i + 4096)
      yield Buffer.alloc(0) // the point where a held body stops
      const block = Buffer.alloc(4096, 0xff)
      for (let left = filler; left > 0; left -= 4096) yield left >= 4096 ? block : block.subarray(0, left)
      const t = Buffer.from(tail)
      for (let i = 0; i < t.length; i += 4096) yield t.subarray(i, i + 4096)
    })()
  }

  override _read(): void {
    this.#start()
    for (;;) {
      const next = this.#chunks.next()
      if (next.done) return void this.push(null)
      if (next.value.length === 0) {
        if (this.#held) { this.#waiting = true; return }
        continue
      }
      this.pulled += next.value.length
      if (!this.push(next.value)) return
      return
    }
  }

  release(): void {
    this.#held = false
    if (this.#waiting) { this.#waiting = false; this._read() }
  }
}

const post = (url: string, payload: Readable, headers: Record<string, string> = {}) => portal.app.inject({
  method: 'POST', url, payload, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
})

test('an anonymous 14 MB upload is refused with 403 before 64 KB of its body is read, on both addresses', async () => {
  for (const url of ['/toa-soan/anh', '/toa-soan/anh.json']) {
    const body = new CountedBody(fieldPart('_csrf', 'x'.repeat(32)) + filePart('lon.jpg'), FOURTEEN_MB, `\r\n--${BOUNDARY}--\r\n`)
    const res = await post(url, body, { 'x-csrf-token': 'x'.repeat(32) })
    assert.equal(res.statusCode, 403, url)
    assert.ok(body.pulled < READ_LIMIT, `${url}: ${body.pulled} bytes of the body were read`)
    body.destroy()
  }
  const form = await post('/toa-soan/anh', new CountedBody('', FOURTEEN_MB))
  assert.match(parsePage(form.body).querySelector('main')!.textContent!, /Phiên làm việc đã hết/)
  const json = await post('/toa-soan/anh.json', new CountedBody('', FOURTEEN_MB))
  assert.equal(json.json().error.code, 'not_signed_in')
})

test('a signed-in upload whose first field is not the CSRF token is refused before its file is read', async () => {
  const cookie = { cookie: reporter.cookie }
  const fileFirst = new CountedBody(filePart('lon.jpg'), FOURTEEN_MB, `\r\n${fieldPart('_csrf', reporter.csrf)}--${BOUNDARY}--\r\n`)
  const res = await post('/toa-soan/anh', fileFirst, cookie)
  assert.equal(res.statusCode, 403)
  assert.ok(fileFirst.pulled < FIRST_FIELD_LIMIT, `${fileFirst.pulled} bytes of the body were read`)
  assert.match(parsePage(res.body).querySelector('main')!.textContent!, /Biểu mẫu đã hết hạn hoặc không hợp lệ/)

  const wrongToken = new CountedBody(fieldPart('_csrf', 'y'.repeat(reporter.csrf.length)) + filePart('lon.jpg'), FOURTEEN_MB, `\r\n--${BOUNDARY}--\r\n`)
  assert.equal((await post('/toa-soan/anh', wrongToken, cookie)).statusCode, 403)
  assert.ok(wrongToken.pulled < FIRST_FIELD_LIMIT, `${wrongToken.pulled} bytes of the body were read`)

  const foreign = new CountedBody(fieldPart('_csrf', reporter.csrf) + filePart('lon.jpg'), FOURTEEN_MB, `\r\n--${BOUNDARY}--\r\n`)
  assert.equal((await post('/toa-soan/anh', foreign, { ...cookie, origin: 'https://ke-gian.example' })).statusCode, 403)
  assert.equal(foreign.pulled, 0, 'another site\'s form is refused on its Origin alone')
})

test('the upload form sends its CSRF token before the file, and both form shapes still upload', async () => {
  const page = parsePage((await portal.app.inject({ url: '/toa-soan/anh/tai-len', headers: { cookie: reporter.cookie } })).body)
  const inputs = [...page.querySelectorAll('form.upload-form input, form.upload-form textarea')].map((i) => i.getAttribute('name'))
  assert.equal(inputs[0], '_csrf')

  const jpeg = await jpegOf(640, 480)
  const plain = await post('/toa-soan/anh', new CountedBody(`${fieldPart('_csrf', reporter.csrf)}${filePart('anh.jpg')}`, 0,
    Buffer.concat([jpeg, Buffer.from(`\r\n${fieldPart('alt', 'Cổng trụ sở')}--${BOUNDARY}--\r\n`)])), { cookie: reporter.cookie })
  assert.equal(plain.statusCode, 303, plain.body.slice(0, 300))
  const scripted = await post('/toa-soan/anh.json', new CountedBody(filePart('anh.jpg'), 0,
    Buffer.concat([jpeg, Buffer.from(`\r\n${fieldPart('alt', 'Cổng trụ sở')}--${BOUNDARY}--\r\n`)])), { cookie: reporter.cookie, 'x-csrf-token': reporter.csrf })
  assert.equal(scripted.statusCode, 201, scripted.body)
  assert.equal(scripted.json().alt, 'Cổng trụ sở', 'a field after the file is read too')
  assert.deepEqual(readdirSync(ownTmp).filter((f) => f.startsWith('toasoan-upload-')), [], 'no temporary file is left behind')
})

test(`at most ${CONCURRENT_UPLOADS} uploads are received at once; the next is told to retry, and the slots come back`, async () => {
  const jpeg = await jpegOf(320, 240)
  const slowBody = () => new CountedBody(filePart('cham.jpg'), 0, Buffer.concat([jpeg, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]), { held: true })
  const headers = { cookie: reporter.cookie, 'x-csrf-token': reporter.csrf }
  const slow = Array.from({ length: CONCURRENT_UPLOADS }, slowBody)
  const answers = slow.map((body) => post('/toa-soan/anh.json', body, headers))
  await Promise.all(slow.map((body) => body.started))

  const extra = new CountedBody(filePart('them.jpg'), FOURTEEN_MB)
  const busy = await post('/toa-soan/anh.json', extra, headers)
  assert.equal(busy.statusCode, 503)
  assert.equal(busy.headers['retry-after'], '5')
  assert.equal(busy.json().error.code, 'uploads_busy')
  assert.equal(extra.pulled, 0)
  const busyForm = await post('/toa-soan/anh', new CountedBody(fieldPart('_csrf', reporter.csrf), 0), { cookie: reporter.cookie })
  assert.equal(busyForm.statusCode, 503)
  assert.match(parsePage(busyForm.body).querySelector('main')!.textContent!, /nhiều ảnh được tải lên cùng lúc/)

  for (const body of slow) body.release()
  assert.deepEqual((await Promise.all(answers)).map((r) => r.statusCode), slow.map(() => 201))
  const after = await post('/toa-soan/anh.json', new CountedBody(filePart('sau.jpg'), 0, Buffer.concat([jpeg, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)])), headers)
  assert.equal(after.statusCode, 201, after.body)
})

test('a refused or broken upload gives its slot back too', async () => {
  const headers = { cookie: reporter.cookie, 'x-csrf-token': reporter.csrf }
  for (let i = 0; i < CONCURRENT_UPLOADS + 2; i++) {
    const res = await post('/toa-soan/anh.json', new CountedBody(filePart('hong.jpg'), 1000), headers)
    assert.equal(res.statusCode, 400)
  }
  const jpeg = await jpegOf(320, 240)
  const ok = await post('/toa-soan/anh.json', new CountedBody(filePart('lanh.jpg'), 0, Buffer.concat([jpeg, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)])), headers)
  assert.equal(ok.statusCode, 201, ok.body)
})

test('malformed multipart is a 400 with a clear message (Vietnamese on the form, English in JSON), never a 500, logged below error', async () => {
  const errors: unknown[] = []
  const log = portal.app.log as unknown as Record<'error' | 'fatal', (...args: unknown[]) => void>
  const saved = { error: log.error, fatal: log.fatal }
  log.error = (...args) => { errors.push(args) }
  log.fatal = (...args) => { errors.push(args) }
  try {
    const garbage = (headers: Record<string, string>, url: string) => portal.app.inject({
      method: 'POST', url, payload: 'garbage', headers: { 'content-type': 'multipart/form-data; boundary=xyz', ...headers },
    })
    for (const url of ['/toa-soan/anh', '/toa-soan/anh.json']) assert.equal((await garbage({}, url)).statusCode, 403, `anonymous ${url}`)

    const form = await garbage({ cookie: reporter.cookie }, '/toa-soan/anh')
    assert.equal(form.statusCode, 400)
    assert.match(parsePage(form.body).querySelector('main')!.textContent!, /không đầy đủ hoặc không đúng dạng biểu mẫu/)
    for (const headers of [{ cookie: reporter.cookie }, { cookie: reporter.cookie, 'x-csrf-token': reporter.csrf }] as Record<string, string>[]) {
      const json = await garbage(headers, '/toa-soan/anh.json')
      assert.equal(json.statusCode, 400)
      assert.equal(json.json().error.code, 'malformed_upload')
      assert.match(json.json().error.message, /not complete multipart\/form-data/)
    }
    const cutShort = await post('/toa-soan/anh.json', new CountedBody(filePart('dut.jpg'), 5000), { cookie: reporter.cookie, 'x-csrf-token': reporter.csrf })
    assert.equal(cutShort.statusCode, 400)
    assert.deepEqual(errors, [])
  } finally {
    Object.assign(log, saved)
  }
})
