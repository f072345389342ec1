import assert from 'node:assert/strict'
import { Readable } from 'node:stream'
import { after, before, test } from 'node:test'
import { createUser, csrfOf, signIn } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { fold } from '../../../platform/text/vietnamese.ts'
import { numberKey } from '../number.ts'
import { attachDocumentFile } from './attach-file.ts'
import * as sample from './sample-files.ts'

// Issue 14, attached files, through real HTTP on the test database (SQLite, or PostgreSQL with
// TEST_DATABASE_URL): the clerk's upload, the refusals, the size limit, and how files are served.

let portal: TestPortal
let clerk: { cookie: string; csrf: string }
let admin: { cookie: string; csrf: string }
let documentNo = 0

before(async () => {
  portal = await buildTestPortal({ seed: false })
  await createUser(portal.db, 'clerk', 'vanthu@example.vn')
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  for (const [who, email] of [['clerk', 'vanthu@example.vn'], ['admin', 'quantri@example.vn']] as const) {
    const cookie = (await signIn(portal.app, email)).cookie
    const signed = { cookie, csrf: await csrfOf(portal.app, cookie) }
    if (who === 'clerk') clerk = signed
    else admin = signed
  }
})
after(() => portal.close())

async function newDocument(status: 'draft' | 'published' = 'published'): Promise<number> {
  const db = portal.db
  const kind = await db.insertInto('document_kinds').values({ name: `Quyết định ${++documentNo}`, abbreviation: 'QĐ' }).returning('id').executeTakeFirstOrThrow()
  const issuer = await db.insertInto('document_issuers').values({ name: 'UBND tỉnh Bình Định', abbreviation: 'UBND', parent_id: null, active_from: null, active_until: null, merged_into_id: null }).returning('id').executeTakeFirstOrThrow()
  const number = `${documentNo}/2021/QĐ-UBND`
  const summary = 'Về việc ban hành Quy chế tiếp công dân'
  const now = new Date().toISOString()
  const row = await db.insertInto('documents').values({
    slug: `quyet-dinh-${documentNo}-2021`, kind_id: kind.id, issuer_id: issuer.id, number, number_key: numberKey(number), summary, summary_folded: fold(summary),
    issued_on: '2021-03-12', effective_from: null, effective_until: null, validity: null, validity_override: null, status,
    publish_at: null, published_at: status === 'published' ? now : null, consultation_opens_on: null, consultation_closes_on: null,
    created_by: null, updated_by: null, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

async function upload(documentId: number, bytes: Buffer, fileName: string, who = clerk) {
  const form = new FormData()
  form.append('_csrf', who.csrf)
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), fileName)
  const body = new Response(form)
  return portal.app.inject({
    method: 'POST', url: `/toa-soan/van-ban/${documentId}/tep`, payload: Buffer.from(await body.arrayBuffer()),
    headers: { 'content-type': body.headers.get('content-type')!, cookie: who.cookie },
  })
}

const filesOf = (documentId: number) => portal.db.selectFrom('document_files').selectAll().where('document_id', '=', documentId).orderBy('position').execute()
const post = (url: string, who: { cookie: string; csrf: string }, fields: Record<string, string> = {}) => portal.app.inject({
  method: 'POST', url, headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
})

test('the clerk attaches every accepted kind; each is recorded with its type from the bytes, its size, SHA-256 and name in NFC', async () => {
  const id = await newDocument()
  const samples: [Buffer, string, string][] = [
    [await sample.textPdf(), 'Quyết định số 15.pdf'.normalize('NFD'), 'application/pdf'],
    [sample.docFile(), 'to-trinh.doc', 'application/msword'],
    [sample.xlsFile(), 'bang-ke.xls', 'application/vnd.ms-excel'],
    [sample.docxOf(['Kế hoạch số 7']), 'ke-hoach.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [sample.xlsxFile(), 'danh-sach.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [sample.odtFile(), 'cong-van.odt', 'application/vnd.oasis.opendocument.text'],
    [await sample.jpegFile(), 'trang-1.pdf', 'image/jpeg'],
    [await sample.pngFile(), 'trang-2.png', 'image/png'],
  ]
  for (const [bytes, name] of samples) {
    const res = await upload(id, bytes, name)
    assert.equal(res.statusCode, 303, `${name}: ${res.body.slice(0, 200)}`)
    assert.equal(res.headers.location, `/toa-soan/van-ban/${id}/tep?da-tai-len=1`)
  }
  const rows = await filesOf(id)
  assert.deepEqual(rows.map((r) => r.media_type), samples.map((s) => s[2]))
  assert.equal(rows[0]!.file_name, 'Quyết định số 15.pdf'.normalize('NFC'))
  assert.equal(Number(rows[0]!.bytes), samples[0]![0].length)
  const { createHash } = await import('node:crypto')
  assert.equal(rows[0]!.sha256, createHash('sha256').update(samples[0]![0]).digest('hex'))
  assert.deepEqual(rows.map((r) => r.position), [0, 1, 2, 3, 4, 5, 6, 7])
  const logged = await portal.db.selectFrom('audit_log').select(['action', 'details']).where('item_id', '=', String(id)).execute()
  assert.equal(logged.filter((e) => e.action === 'document.file.attach').length, 8)
  const page = await portal.app.inject({ url: `/toa-soan/van-ban/${id}/tep?da-tai-len=1`, headers: { cookie: clerk.cookie } })
  assert.match(page.body, /Đã tải tệp lên\./)
  assert.match(page.body, /Quyết định số 15\.pdf/)
})

test('a renamed program, an installer, a JAR and an APK are refused with a Vietnamese message, and nothing is stored', async () => {
  const id = await newDocument()
  for (const [bytes, name, message] of [
    [sample.exeFile(), 'Quyết định.pdf', /chương trình chạy được/],
    [sample.msiFile(), 'bao-cao.doc', /gói cài đặt/],
    [sample.jarFile(), 'ke-hoach.docx', /Java hoặc Android/],
    [sample.apkFile(), 'ke-hoach.docx', /Java hoặc Android/],
  ] as const) {
    const res = await upload(id, bytes, name)
    assert.equal(res.statusCode, 422, name)
    assert.match(res.body, message)
    assert.match(res.body, /role="alert"/)
  }
  assert.deepEqual(await filesOf(id), [])
  const left = await portal.db.selectFrom('document_files').select('storage_key').execute()
  for (const { storage_key } of left) assert.ok(await portal.media.exists(storage_key))
})

test('the administrator\'s size limit refuses a larger file, before its body is read when its size is announced', async () => {
  const id = await newDocument()
  const saved = await post('/toa-soan/van-ban/gioi-han-tep', admin, { maxMegabytes: '1' })
  assert.equal(saved.statusCode, 303)
  assert.equal((await post('/toa-soan/van-ban/gioi-han-tep', admin, { maxMegabytes: 'năm mươi' })).statusCode, 422)
  assert.equal((await post('/toa-soan/van-ban/gioi-han-tep', clerk, { maxMegabytes: '500' })).statusCode, 403, 'a clerk cannot raise it')
  try {
    const big = Buffer.concat([await sample.textPdf(), Buffer.alloc(1024 * 1024 + 10, 0x20)])
    const refused = await upload(id, big, 'qua-lon.pdf')
    assert.equal(refused.statusCode, 413)
    assert.match(refused.body, /Tệp lớn hơn giới hạn 1 MB/)
    // Announced by Content-Length: refused at once, with no form read at all.
    const early = await portal.app.inject({
      method: 'POST', url: `/toa-soan/van-ban/${id}/tep`, payload: Buffer.alloc(1200 * 1024),
      headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: clerk.cookie },
    })
    assert.equal(early.statusCode, 413)
    assert.match(early.body, /Tệp lớn hơn giới hạn 1 MB/)
    assert.equal((await upload(id, await sample.textPdf(), 'vua.pdf')).statusCode, 303, 'a file under the limit still goes in')
    assert.equal((await filesOf(id)).length, 1)
  } finally {
    await post('/toa-soan/van-ban/gioi-han-tep', admin, { maxMegabytes: '50' })
  }
})

async function attached(documentId: number, bytes: Buffer, fileName: string) {
  return attachDocumentFile({ db: portal.db, media: portal.media, clock: { now: () => new Date() } }, { documentId, fileName, source: bytes })
}

test('a published document\'s PDF is served inline with its Vietnamese name, byte ranges and an ETag', async () => {
  const id = await newDocument()
  const pdf = await sample.textPdf()
  const file = await attached(id, pdf, 'Quyết định số 15.pdf')
  const url = `/van-ban/tep/${file.id}/${encodeURIComponent(file.fileName)}`
  const whole = await portal.app.inject({ url })
  assert.equal(whole.statusCode, 200)
  assert.equal(whole.headers['content-type'], 'application/pdf')
  assert.equal(whole.headers['content-disposition'], `inline; filename="Quyet dinh so 15.pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%2015.pdf`)
  assert.equal(whole.headers['accept-ranges'], 'bytes')
  assert.ok(whole.rawPayload.equals(pdf))
  const etag = whole.headers.etag as string
  assert.equal(etag, `"${file.sha256}"`)

  const first = await portal.app.inject({ url, headers: { range: 'bytes=0-7' } })
  assert.equal(first.statusCode, 206)
  assert.equal(first.headers['content-range'], `bytes 0-7/${pdf.length}`)
  assert.equal(first.headers['content-length'], '8')
  assert.ok(first.rawPayload.equals(pdf.subarray(0, 8)))
  const suffix = await portal.app.inject({ url, headers: { range: 'bytes=-6' } })
  assert.equal(suffix.statusCode, 206)
  assert.ok(suffix.rawPayload.equals(pdf.subarray(pdf.length - 6)))
  assert.equal(suffix.headers['content-range'], `bytes ${pdf.length - 6}-${pdf.length - 1}/${pdf.length}`)
  const middle = await portal.app.inject({ url, headers: { range: `bytes=100-` } })
  assert.ok(middle.rawPayload.equals(pdf.subarray(100)))
  const outside = await portal.app.inject({ url, headers: { range: `bytes=${pdf.length}-` } })
  assert.equal(outside.statusCode, 416)
  assert.equal(outside.headers['content-range'], `bytes */${pdf.length}`)
  const stale = await portal.app.inject({ url, headers: { range: 'bytes=0-7', 'if-range': '"an-older-version"' } })
  assert.equal(stale.statusCode, 200, 'If-Range of another version: the whole file')
  assert.equal((await portal.app.inject({ url, headers: { range: 'bytes=0-7', 'if-range': etag } })).statusCode, 206)

  const again = await portal.app.inject({ url, headers: { 'if-none-match': etag } })
  assert.equal(again.statusCode, 304)
  assert.equal(again.body, '')
  const head = await portal.app.inject({ method: 'HEAD', url })
  assert.equal(head.statusCode, 200)
  assert.equal(head.headers['content-length'], String(pdf.length))
  assert.equal(head.body, '')
})

test('a Word file is served as an attachment, and any name in the address finds the file by its id', async () => {
  const id = await newDocument()
  const file = await attached(id, sample.docxOf(['Kế hoạch']), 'Kế hoạch "tháng 12".docx')
  const res = await portal.app.inject({ url: `/van-ban/tep/${file.id}/bat-ky.docx` })
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  assert.match(res.headers['content-disposition'] as string, /^attachment; filename="Ke hoach _thang 12_.docx"; filename\*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%22th%C3%A1ng%2012%22.docx$/)
  assert.equal((await portal.app.inject({ url: `/van-ban/tep/999999/x.pdf` })).statusCode, 404)
  assert.equal((await portal.app.inject({ url: `/van-ban/tep/abc/x.pdf` })).statusCode, 404)
})

test('a draft\'s files are not public, but the newsroom sees them', async () => {
  const id = await newDocument('draft')
  const file = await attached(id, await sample.textPdf(), 'du-thao.pdf')
  const anonymous = await portal.app.inject({ url: `/van-ban/tep/${file.id}/du-thao.pdf` })
  assert.equal(anonymous.statusCode, 404)
  assert.match(anonymous.body, /Không tìm thấy/)
  const newsroom = await portal.app.inject({ url: `/toa-soan/van-ban/tep/${file.id}/du-thao.pdf`, headers: { cookie: clerk.cookie } })
  assert.equal(newsroom.statusCode, 200)
  assert.equal(newsroom.headers['cache-control'], 'private, no-cache')
  assert.notEqual((await portal.app.inject({ url: `/toa-soan/van-ban/tep/${file.id}/du-thao.pdf` })).statusCode, 200, 'not to a stranger')
})

test('text is read at upload for search; a scanned PDF and TCVN3 text are flagged in the newsroom', async () => {
  const id = await newDocument()
  await upload(id, await sample.textPdf(), 'quyet-dinh.pdf')
  await upload(id, sample.docxOf(['Kế hoạch tuyên truyền cải cách hành chính']), 'ke-hoach.docx')
  await upload(id, await sample.scannedPdf(), 'ban-scan.pdf')
  await upload(id, await sample.tcvn3Pdf(), 'vntime.pdf')
  await upload(id, sample.docFile(), 'cu.doc')
  const rows = await filesOf(id)
  assert.deepEqual(rows.map((r) => r.text_state), ['ok', 'ok', 'no_text', 'legacy_encoding', 'none'])
  assert.match(rows[0]!.text, /Quy chế tiếp công dân/)
  assert.equal(rows[1]!.text, 'Kế hoạch tuyên truyền cải cách hành chính')
  const page = await portal.app.inject({ url: `/toa-soan/van-ban/${id}/tep`, headers: { cookie: clerk.cookie } })
  assert.match(page.body, /Tệp PDF dạng ảnh, không tìm được nội dung/)
  assert.match(page.body, /bảng mã cũ \(TCVN3\/VNI\)/)
})

test('the clerk reorders and removes files; the removed file leaves the storage', async () => {
  const id = await newDocument()
  const a = await attached(id, await sample.textPdf(), 'a.pdf')
  const b = await attached(id, sample.docFile(), 'b.doc')
  const announced: number[][] = []
  portal.events.on('documents.changed', ({ ids }) => announced.push(ids))
  assert.equal((await post(`/toa-soan/van-ban/${id}/tep/${b.id}/len`, clerk)).statusCode, 303)
  assert.deepEqual((await filesOf(id)).map((r) => r.id), [b.id, a.id])
  const removed = await post(`/toa-soan/van-ban/${id}/tep/${b.id}/xoa`, clerk)
  assert.equal(removed.statusCode, 303)
  assert.deepEqual((await filesOf(id)).map((r) => r.id), [a.id])
  assert.equal(await portal.media.exists(b.storageKey), false)
  assert.deepEqual(announced, [[id], [id]], 'each change purges the document\'s pages')
  const logged = await portal.db.selectFrom('audit_log').select('action').where('item_type', '=', 'document').where('item_id', '=', String(id)).orderBy('id').execute()
  assert.deepEqual(logged.map((e) => e.action), ['document.file.move', 'document.file.remove'], 'the audit log says who moved and removed what')
  const other = await newDocument()
  assert.equal((await post(`/toa-soan/van-ban/${other}/tep/${a.id}/xoa`, clerk)).statusCode, 404, 'a file is removed only through its own document')
})

test('the import and the demo attach a file from a stream as from a buffer', async () => {
  const id = await newDocument()
  const pdf = await sample.textPdf()
  const file = await attachDocumentFile({ db: portal.db, media: portal.media, clock: { now: () => new Date() } }, {
    documentId: id, fileName: 'tu-luong.pdf', source: Readable.from([pdf.subarray(0, 100), pdf.subarray(100)]),
  })
  assert.equal(file.mediaType, 'application/pdf')
  assert.equal(file.bytes, pdf.length)
  assert.equal(file.textState, 'ok')
})
