import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createDocument, createField, createIssuer } from '../../../../test/support/documents.factory.ts'
import { allText, parsePage } from '../../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { makeDemoPdf } from '../files/demo-pdf.ts'
import { exeFile } from '../files/sample-files.ts'
import { csvOf, IMPORT_HEADER, IMPORT_HEADER_PLAIN, xlsxOf, zipOf } from './import-samples.ts'

// Issue 14, bulk import from a spreadsheet, through real HTTP on the test database (SQLite, or
// PostgreSQL with TEST_DATABASE_URL): the dry run, its errors by row, the confirmation, the
// rights, and a failure midway that leaves nothing behind.

type Who = { cookie: string; csrf: string }
let portal: TestPortal
let clerk: Who
let otherClerk: Who
let editor: Who
let reporter: Who
let issuerId: number

before(async () => {
  portal = await buildTestPortal({ seed: false })
  const users = [['clerk', 'vanthu@example.vn'], ['clerk', 'vanthu2@example.vn'], ['editor', 'bientap@example.vn'], ['reporter', 'phongvien@example.vn']] as const
  const signed: Who[] = []
  for (const [role, email] of users) {
    await createUser(portal.db, role, email)
    const cookie = (await signIn(portal.app, email)).cookie
    signed.push({ cookie, csrf: await csrfOf(portal.app, cookie) })
  }
  ;[clerk, otherClerk, editor, reporter] = signed as [Who, Who, Who, Who]
  issuerId = await createIssuer({ db: portal.db }, 'UBND tỉnh Bình Định', 'UBND')
  await createIssuer({ db: portal.db }, 'Sở Văn hóa và Thể thao', 'SVHTT')
  await createField({ db: portal.db }, 'Văn hóa')
  await createField({ db: portal.db }, 'Đất đai')
})
after(() => portal.close())

async function upload(who: Who, sheet: Buffer, sheetName: string, zip?: Buffer, options: { csrf?: boolean } = {}) {
  const form = new FormData()
  if (options.csrf !== false) form.append('_csrf', who.csrf)
  form.append('sheet', new Blob([new Uint8Array(sheet)]), sheetName)
  form.append('zip', zip ? new Blob([new Uint8Array(zip)], { type: 'application/zip' }) : new Blob([]), zip ? 'tep-dinh-kem.zip' : '')
  const body = new Response(form)
  return portal.app.inject({
    method: 'POST', url: '/toa-soan/van-ban/nhap', payload: Buffer.from(await body.arrayBuffer()),
    headers: { 'content-type': body.headers.get('content-type')!, cookie: who.cookie },
  })
}

const confirm = (who: Who, token: string, fields: Record<string, string> = {}) => portal.app.inject({
  method: 'POST', url: '/toa-soan/van-ban/nhap/xac-nhan', headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: who.csrf, token, ...fields }).toString(),
})

const tokenOf = (body: string) => /name="token" value="([0-9a-f]{32})"/.exec(body)?.[1]
const countOf = async (table: 'documents' | 'document_files') => Number((await portal.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
const problemRows = (body: string) => allText(parsePage(body), '.import-problems tbody td:first-child').map(Number)
const reasonOf = (body: string, row: number) => parsePage(body).querySelector(`.import-problems tr[data-row="${row}"] td:last-child`)?.textContent ?? ''
const plannedRows = (body: string) => allText(parsePage(body), '.import-documents tbody td:first-child').map(Number)

const row = (number: string, summary: string, files = '', overrides: Partial<Record<number, string>> = {}) => {
  const cells = ['Quyết định', number, 'UBND tỉnh Bình Định', 'Văn hóa', 'Nguyễn Văn A', '12/03/2021', '20/03/2021', '', summary, files]
  for (const [at, value] of Object.entries(overrides)) cells[Number(at)] = value!
  return cells
}

test('a reporter has no import page and cannot upload; a clerk gets the form', async () => {
  assert.equal((await portal.app.inject({ url: '/toa-soan/van-ban/nhap', headers: { cookie: reporter.cookie } })).statusCode, 403)
  const refused = await upload(reporter, csvOf([[...IMPORT_HEADER], row('1/2021/QĐ-UBND', 'Về việc thử')]), 'so.csv')
  assert.equal(refused.statusCode, 403)
  const form = await portal.app.inject({ url: '/toa-soan/van-ban/nhap', headers: { cookie: clerk.cookie } })
  assert.equal(form.statusCode, 200)
  assert.match(form.body, /name="sheet" type="file"/)
  assert.match(form.body, /enctype="multipart\/form-data"/)
  assert.equal(await countOf('documents'), 0)
})

test('an upload whose first field is not the CSRF token is refused, and so is a confirmation without it', async () => {
  const res = await upload(clerk, csvOf([[...IMPORT_HEADER], row('2/2021/QĐ-UBND', 'Về việc thử')]), 'so.csv', undefined, { csrf: false })
  assert.equal(res.statusCode, 403)
  const dry = await upload(clerk, csvOf([[...IMPORT_HEADER], row('2/2021/QĐ-UBND', 'Về việc thử')]), 'so.csv')
  const token = tokenOf(dry.body)!
  const forged = await portal.app.inject({
    method: 'POST', url: '/toa-soan/van-ban/nhap/xac-nhan', headers: { cookie: clerk.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ token }).toString(),
  })
  assert.equal(forged.statusCode, 403)
  assert.equal(await countOf('documents'), 0)
})

test('the dry run lists what will be created and every bad row with its number and reason; nothing is written and there is no confirm button', async () => {
  const existing = await createDocument({ db: portal.db }, { kindId: (await portal.db.selectFrom('document_kinds').select('id').where('name', '=', 'Quyết định').executeTakeFirstOrThrow()).id, issuerId, number: '7/2020/QĐ-UBND' })
  const documentsBefore = await countOf('documents')
  const sheet = csvOf([
    [...IMPORT_HEADER],
    row('15/2021/QĐ-UBND', 'Về việc ban hành quy chế tiếp công dân', 'QĐ 15.pdf'),
    row('16/2021/QĐ-UBND', 'Loại lạ', '', { 0: 'Sắc lệnh' }),
    row('17/2021/QĐ-UBND', 'Cơ quan lạ', '', { 2: 'UBND huyện Xưa' }),
    row('18/2021/QĐ-UBND', 'Lĩnh vực lạ', '', { 3: 'Văn hóa; Thiên văn' }),
    row('', 'Không có số'),
    row('19/2021/QĐ-UBND', 'Ngày sai', '', { 5: '31/02/2021' }),
    row('7/2020/QĐ-UBND', 'Đã có trong sổ'),
    row('15 / 2021 / QD-UBND', 'Trùng trong bảng'),
    row('20/2021/QĐ-UBND', 'Tệp không có', 'khong-co.pdf'),
    row('21/2021/QĐ-UBND', 'Tệp là chương trình', 'chuong-trinh.pdf'),
  ])
  const zip = zipOf({ 'QĐ 15.pdf': await makeDemoPdf(['Quyết định 15']), 'chuong-trinh.pdf': exeFile(), 'thua/thua.pdf': await makeDemoPdf(['Thừa']) })
  const res = await upload(clerk, sheet, 'so-van-ban.csv', zip)
  assert.equal(res.statusCode, 422)
  assert.deepEqual(plannedRows(res.body), [2])
  assert.match(parsePage(res.body).querySelector('.import-documents tr[data-row="2"]')!.textContent!, /QĐ 15\.pdf/)
  assert.deepEqual(problemRows(res.body), [3, 4, 5, 6, 7, 8, 9, 10, 11])
  assert.match(reasonOf(res.body, 3), /Loại văn bản “Sắc lệnh” không có trong danh mục/)
  assert.match(reasonOf(res.body, 4), /Cơ quan ban hành “UBND huyện Xưa” không có trong danh mục/)
  assert.match(reasonOf(res.body, 5), /Lĩnh vực “Thiên văn” không có trong danh mục/)
  assert.match(reasonOf(res.body, 6), /Xin nhập số, ký hiệu/)
  assert.match(reasonOf(res.body, 7), /Ngày ban hành không phải một ngày hợp lệ/)
  assert.match(reasonOf(res.body, 8), /đã có trong sổ văn bản \(7\/2020\/QĐ-UBND\)/)
  assert.match(reasonOf(res.body, 9), /trùng với dòng 2/)
  assert.match(reasonOf(res.body, 10), /Tệp “khong-co\.pdf” không có trong tệp ZIP/)
  assert.match(reasonOf(res.body, 11), /Tệp “chuong-trinh\.pdf”: .*chương trình chạy được/)
  assert.match(res.body, /Tệp “thua\.pdf” trong tệp ZIP không được dòng nào nhắc đến/)
  assert.match(res.body, /Có 9 dòng lỗi nên chưa nhập văn bản nào/)
  assert.doesNotMatch(res.body, /xac-nhan/)
  assert.equal(await countOf('documents'), documentsBefore)
  assert.equal(await countOf('document_files'), 0)
  await portal.db.deleteFrom('documents').where('id', '=', existing.id).execute()
})

test('a sheet without a required column, or not a spreadsheet at all, comes back to the form with the reason', async () => {
  const noNumber = await upload(clerk, csvOf([['Loại', 'Cơ quan ban hành', 'Ngày ban hành', 'Trích yếu'], ['Quyết định', 'UBND tỉnh Bình Định', '01/01/2021', 'Về việc']]), 'so.csv')
  assert.equal(noNumber.statusCode, 422)
  assert.match(noNumber.body, /Thiếu cột “Số ký hiệu” trong dòng tiêu đề/)
  assert.match(noNumber.body, /name="sheet"/)
  const notSheet = await upload(clerk, exeFile(), 'so.xlsx')
  assert.equal(notSheet.statusCode, 422)
  assert.match(notSheet.body, /role="alert"/)
})

test('an XLSX with headers typed without marks and Excel date cells: the dry run, then "Nhập" publishes every document with its PDF, searchable without diacritics', async () => {
  const sheet = await xlsxOf([
    [...IMPORT_HEADER_PLAIN],
    ['Quyết định', '101/2023/QĐ-UBND', 'UBND tỉnh Bình Định', 'Văn hóa', 'Trần Văn B', new Date(Date.UTC(2023, 4, 15)), new Date(Date.UTC(2023, 5, 1)), null, 'Về việc ban hành kế hoạch phát triển du lịch cộng đồng', 'Quyết định 101.pdf'],
    ['Kế hoạch', '55/KH-SVHTT', 'Sở Văn hóa và Thể thao', 'Văn hóa; Đất đai', null, new Date(Date.UTC(2022, 10, 2)), null, null, 'Kế hoạch tổ chức lễ hội năm 2023', 'ke-hoach-55.pdf'],
    ['Công văn', '1234/UBND-VX', 'UBND tỉnh Bình Định', null, null, '03/01/2024', null, null, 'Về việc rà soát di tích', null],
  ])
  const zip = zipOf({
    'Quyết định 101.pdf': await makeDemoPdf(['Quyết định số 101/2023/QĐ-UBND', 'Quy định về bảo tồn nhà sàn truyền thống của đồng bào dân tộc']),
    'ho-so/ke-hoach-55.pdf': await makeDemoPdf(['Kế hoạch tổ chức lễ hội']),
  })
  const dry = await upload(clerk, sheet, 'Sổ văn bản 2023.xlsx', zip)
  assert.equal(dry.statusCode, 200, dry.body.slice(0, 500))
  assert.deepEqual(plannedRows(dry.body), [2, 3, 4])
  assert.match(dry.body, /Nhập 3 văn bản/)
  assert.match(dry.body, /name="dangNgay"/, 'a clerk may publish at once')
  assert.equal(await countOf('documents'), 0, 'the dry run writes nothing')

  const done = await confirm(clerk, tokenOf(dry.body)!, { dangNgay: '1' })
  assert.equal(done.statusCode, 303, done.body.slice(0, 500))
  assert.equal(done.headers.location, '/toa-soan/van-ban/nhap/da-nhap?so=3&dang=1')
  const rows = await portal.db.selectFrom('documents').select(['id', 'number', 'issued_on', 'effective_from', 'status']).orderBy('id').execute()
  assert.deepEqual(rows.map((r) => [r.number, r.issued_on, r.effective_from, r.status]), [
    ['101/2023/QĐ-UBND', '2023-05-15', '2023-06-01', 'published'],
    ['55/KH-SVHTT', '2022-11-02', null, 'published'],
    ['1234/UBND-VX', '2024-01-03', null, 'published'],
  ])
  const files = await portal.db.selectFrom('document_files').select(['document_id', 'file_name', 'media_type', 'text_state']).orderBy('document_id').execute()
  assert.deepEqual(files.map((f) => [f.document_id, f.file_name, f.media_type, f.text_state]), [
    [rows[0]!.id, 'Quyết định 101.pdf', 'application/pdf', 'ok'], [rows[1]!.id, 'ke-hoach-55.pdf', 'application/pdf', 'ok'],
  ])
  const fieldLinks = await portal.db.selectFrom('document_field_links').select('field_id').where('document_id', '=', rows[1]!.id).execute()
  assert.equal(fieldLinks.length, 2)
  const audit = await portal.db.selectFrom('audit_log').select(['user_id', 'details']).where('action', '=', 'document.import').execute()
  assert.equal(audit.length, 1)
  assert.deepEqual(JSON.parse(audit[0]!.details), { count: 3, published: true, sheet: 'Sổ văn bản 2023.xlsx' })

  const found = await portal.app.inject('/van-ban?q=bao+ton+nha+san')
  assert.deepEqual(allText(parsePage(found.body), '.document-list .document-item h3'), ['Quyết định số 101/2023/QĐ-UBND'])
  const page = await portal.app.inject({ url: '/toa-soan/van-ban/nhap/da-nhap?so=3&dang=1', headers: { cookie: clerk.cookie } })
  assert.match(page.body, /Đã nhập 3 văn bản và đăng ngay/)
  assert.equal((await confirm(clerk, tokenOf(dry.body)!, { dangNgay: '1' })).statusCode, 409, 'a second click imports nothing twice')
  assert.equal(await countOf('documents'), 3)
  await portal.db.deleteFrom('documents').execute()
})

test('an editor imports drafts only: no "Đăng ngay" offered, and asking for it anyway is refused', async () => {
  const dry = await upload(editor, csvOf([[...IMPORT_HEADER], row('30/2021/QĐ-UBND', 'Về việc nháp')]), 'so.csv')
  assert.equal(dry.statusCode, 200)
  assert.doesNotMatch(dry.body, /name="dangNgay"/)
  assert.match(dry.body, /nhập thành bản nháp/)
  const token = tokenOf(dry.body)!
  assert.equal((await confirm(editor, token, { dangNgay: '1' })).statusCode, 403)
  assert.equal(await countOf('documents'), 0)
  const done = await confirm(editor, token)
  assert.equal(done.statusCode, 303)
  const rows = await portal.db.selectFrom('documents').select(['status']).execute()
  assert.deepEqual(rows.map((r) => r.status), ['draft'])
  await portal.db.deleteFrom('documents').execute()
})

test('a dry run belongs to the clerk who uploaded it: another clerk\'s confirmation imports nothing', async () => {
  const dry = await upload(clerk, csvOf([[...IMPORT_HEADER], row('31/2021/QĐ-UBND', 'Về việc của người khác')]), 'so.csv')
  const token = tokenOf(dry.body)!
  const res = await confirm(otherClerk, token)
  assert.equal(res.statusCode, 409)
  assert.match(res.body, /đã hết hạn hoặc đã được nhập/)
  assert.equal(await countOf('documents'), 0)
  assert.equal((await confirm(clerk, token)).statusCode, 303, 'its owner still can')
  await portal.db.deleteFrom('documents').execute()
})

test('when the storage fails on the third file, every document and file of the run is removed, and the same dry run can be confirmed again', async () => {
  const names = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf']
  const sheet = csvOf([[...IMPORT_HEADER], ...names.map((name, i) => row(`${40 + i}/2021/QĐ-UBND`, `Về việc số ${i}`, name))])
  const zip = zipOf(Object.fromEntries(await Promise.all(names.map(async (n) => [n, await makeDemoPdf([`Tệp ${n}`])] as const))))
  const dry = await upload(clerk, sheet, 'so.csv', zip)
  assert.equal(dry.statusCode, 200)
  const token = tokenOf(dry.body)!

  const putFile = portal.media.putFile.bind(portal.media)
  const stored: string[] = []
  portal.media.putFile = async (key, path, type) => {
    if (stored.length === 2) throw new Error('storage unavailable')
    await putFile(key, path, type)
    stored.push(key)
  }
  try {
    const failed = await confirm(clerk, token, { dangNgay: '1' })
    assert.equal(failed.statusCode, 500)
    assert.match(failed.body, /không văn bản nào được nhập/)
  } finally {
    portal.media.putFile = putFile
  }
  assert.equal(await countOf('documents'), 0)
  assert.equal(await countOf('document_files'), 0)
  for (const key of stored) assert.equal(await portal.media.exists(key), false, `${key} is removed from the storage`)
  assert.equal((await portal.db.selectFrom('document_revisions').selectAll().execute()).length, 0)
  const undone = await portal.db.selectFrom('audit_log').select('details').where('action', '=', 'document.import-undo').execute()
  assert.equal(JSON.parse(undone[0]!.details).removed, 3)

  const again = await confirm(clerk, token, { dangNgay: '1' })
  assert.equal(again.statusCode, 303, again.body.slice(0, 500))
  assert.equal(await countOf('documents'), 4)
  assert.equal(await countOf('document_files'), 4)
})

test('a body that is not a multipart form, a ZIP that is not a ZIP and a made-up token get a clear answer, never a 500', async () => {
  const documentsBefore = await countOf('documents')
  const notMultipart = await portal.app.inject({
    method: 'POST', url: '/toa-soan/van-ban/nhap', headers: { cookie: clerk.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: clerk.csrf }).toString(),
  })
  assert.ok(notMultipart.statusCode >= 400 && notMultipart.statusCode < 500, String(notMultipart.statusCode))
  const badZip = await upload(clerk, csvOf([[...IMPORT_HEADER], row('60/2021/QĐ-UBND', 'Về việc', 'a.pdf')]), 'so.csv', Buffer.from('PK\u0003\u0004 không phải ZIP'))
  assert.equal(badZip.statusCode, 422)
  assert.match(badZip.body, /Tệp ZIP bị hỏng hoặc không phải tệp ZIP/)
  const madeUp = await confirm(clerk, '../../etc')
  assert.equal(madeUp.statusCode, 409)
  assert.equal(await countOf('documents'), documentsBefore)
})

test('a spreadsheet larger than 20 MB is refused with the limit in Vietnamese, and the next upload goes through', async () => {
  const huge = Buffer.concat([csvOf([[...IMPORT_HEADER]]), Buffer.alloc(21 * 1024 * 1024, 0x20)])
  const refused = await upload(clerk, huge, 'so-rat-lon.csv')
  assert.equal(refused.statusCode, 413)
  assert.match(refused.body, /Bảng tính lớn hơn 20 MB/)
  assert.equal((await upload(clerk, csvOf([[...IMPORT_HEADER], row('70/2021/QĐ-UBND', 'Về việc')]), 'so.csv')).statusCode, 200)
})
