import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import ExcelJS from 'exceljs'
import { createDraft, postConsultation } from '../../../../test/support/consultation.ts'
import { allText, parsePage, textOf } from '../../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'

// The newsroom's side of a draft's consultation (right 'document.publish'). The clock: 09:00 on 15/12/2026 in Hà Nội.
let portal: TestPortal
const clock = new TestClock(new Date('2026-12-15T02:00:00Z'))
let clerk: string
let csrf: string
let draft: { id: number; slug: string }

before(async () => {
  portal = await buildTestPortal({ clock })
  await createUser(portal.db, 'clerk', 'vanthu@example.vn')
  clerk = (await signIn(portal.app, 'vanthu@example.vn')).cookie
  csrf = await csrfOf(portal.app, clerk)
  draft = await createDraft(portal.db, {})
})
after(() => portal.close())

const get = (url: string, cookie = clerk) => portal.app.inject({ method: 'GET', url, headers: { cookie } })
const post = (url: string, fields: Record<string, string | string[]>, cookie = clerk) => {
  const body = new URLSearchParams({ _csrf: csrf })
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one)
  return portal.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() })
}
const desk = () => `/toa-soan/van-ban/${draft.id}/lay-y-kien`
const audit = () => portal.db.selectFrom('audit_log').select('action').where('item_id', '=', String(draft.id)).execute()

test('a reporter, without document.publish, cannot open the desk or the queue', async () => {
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  const reporter = (await signIn(portal.app, 'phongvien@example.vn')).cookie
  assert.equal((await get(desk(), reporter)).statusCode, 403)
  assert.equal((await get('/toa-soan/van-ban/gop-y', reporter)).statusCode, 403)
})

test('the clerk opens a draft not yet consulted by typing its number, in any order and without Đ', async () => {
  const found = await get(`/toa-soan/van-ban/gop-y/mo?so=${encodeURIComponent(`qd-ubnd 2026 ${draft.slug.split('-')[4]}`)}`)
  assert.equal(found.statusCode, 303)
  assert.equal(found.headers.location, desk())
  const none = await get('/toa-soan/van-ban/gop-y/mo?so=999%2F1999')
  assert.equal(none.statusCode, 404)
  assert.match(textOf(parsePage(none.body), 'main p'), /Không tìm thấy văn bản nào có số “999\/1999”/)
})

test('the clerk sets the window; wrong days come back with Vietnamese messages', async () => {
  const bad = await post(`${desk()}/thoi-gian`, { opensOn: '2026-12-20', closesOn: '2026-12-10' })
  assert.equal(bad.statusCode, 422)
  assert.equal(textOf(parsePage(bad.body), '#e-closesOn'), 'Ngày kết thúc không được trước ngày bắt đầu.')
  const wrong = await post(`${desk()}/thoi-gian`, { opensOn: '2026-02-30', closesOn: '' })
  assert.equal(textOf(parsePage(wrong.body), '#e-opensOn'), 'Xin nhập ngày bắt đầu lấy ý kiến (ngày/tháng/năm).')
  const ok = await post(`${desk()}/thoi-gian`, { opensOn: '2026-12-10', closesOn: '2026-12-20' })
  assert.equal(ok.statusCode, 303)
  const page = parsePage((await get(desk())).body)
  assert.match(allText(page, 'p').join(' '), /Đang lấy ý kiến: từ 10\/12\/2026 đến 20\/12\/2026/)
  assert.ok((await audit()).some((a) => a.action === 'document.consultation-window'))
})

test('the clerk adds, renames, reorders and removes clauses; the public form lists them in order', async () => {
  for (const label of ['Điều 1. Phạm vi', 'Điều 2. Đối tượng', 'Điều 3. Hiệu lực']) assert.equal((await post(`${desk()}/dieu-khoan`, { label })).statusCode, 303)
  assert.equal(textOf(parsePage((await post(`${desk()}/dieu-khoan`, { label: '  ' })).body), '#e-label'), 'Xin nhập tên điều, khoản (ví dụ: Điều 3, Khoản 2 Điều 5).')
  const ids = (await portal.db.selectFrom('document_clauses').select('id').where('document_id', '=', draft.id).orderBy('position').execute()).map((r) => r.id)
  await post(`${desk()}/dieu-khoan/${ids[2]}`, { 'thao-tac': 'len' })
  await post(`${desk()}/dieu-khoan/${ids[0]}`, { 'thao-tac': 'luu', label: 'Điều 1. Phạm vi điều chỉnh' })
  await post(`${desk()}/dieu-khoan/${ids[1]}`, { 'thao-tac': 'xoa' })
  const doc = parsePage((await portal.app.inject(`/van-ban/${draft.slug}/gop-y`)).body)
  assert.deepEqual(allText(doc, '#gy-clause option'), ['Góp ý chung', 'Điều 1. Phạm vi điều chỉnh', 'Điều 3. Hiệu lực'])
})

test('the queue shows pending comments with the e-mail; approving one purges the page, which then shows it without the e-mail', async () => {
  await postConsultation(portal.app, draft.slug, { name: 'Phạm Thu Hà', email: 'ha@example.vn', organisation: 'Sở Tư pháp', body: 'Đề nghị sửa Điều 1, ghi rõ "cơ quan", dấu ; và =1+1.' })
  await postConsultation(portal.app, draft.slug, { name: 'Trần Văn Đức', email: 'duc@example.vn', body: 'Góp ý chung: nên rút gọn.' })
  await postConsultation(portal.app, draft.slug, { name: 'Máy', email: 'may@example.vn', body: 'Rác', website: 'x' })
  const path = `/van-ban/${draft.slug}/gop-y`
  await portal.app.inject(path)
  assert.ok(portal.cache.get(path))
  const queue = parsePage((await get('/toa-soan/van-ban/gop-y')).body)
  assert.deepEqual(allText(queue, '.queue-tabs a'), ['Chờ duyệt (2)', 'Đã duyệt (0)', 'Từ chối (0)', 'Thư rác (1)'])
  assert.match(textOf(queue, '.comment-queue'), /ha@example\.vn/)
  const ids = [...queue.querySelectorAll('.comment-queue input[name="ids"]')].map((i) => i.getAttribute('value')!)
  assert.equal(ids.length, 2)
  const approved = await post('/toa-soan/van-ban/gop-y/hang-loat', { 'thao-tac': 'approve', ids: ids[0]!, 'tro-lai': '/toa-soan/van-ban/gop-y' })
  assert.equal(approved.statusCode, 303)
  assert.equal(portal.cache.get(path), undefined, 'the draft\'s page was purged')
  await post('/toa-soan/van-ban/gop-y/hang-loat', { 'thao-tac': 'reject', ids: ids[1]! })
  const page = (await portal.app.inject(path)).body
  const doc = parsePage(page)
  assert.equal(textOf(doc, '.consultation-comments h3'), 'Ý kiến đã nhận (1)')
  assert.match(textOf(doc, '.consultation-comments'), /Phạm Thu Hà · Sở Tư pháp/)
  assert.doesNotMatch(page, /ha@example\.vn|Trần Văn Đức/)
  assert.ok((await portal.db.selectFrom('audit_log').select('action').where('action', '=', 'document.comment-approve').execute()).length === 1)
})

test('the CSV export has a UTF-8 BOM, CRLF lines, Vietnamese intact, formulas kept as text, and no spam', async () => {
  await postConsultation(portal.app, draft.slug, { name: 'Lý Văn Tư', email: 'tu@example.vn', body: '=HYPERLINK("http://x.example")\nDòng hai.' })
  const res = await get(`${desk()}/gop-y.csv`)
  assert.equal(res.statusCode, 200)
  assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/)
  assert.match(String(res.headers['content-disposition']), /^attachment; filename="gop-y-[\w.-]+\.csv"$/)
  const bytes = res.rawPayload
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf])
  const text = bytes.subarray(3).toString('utf8')
  assert.ok(text.endsWith('\r\n'))
  const lines = text.split('\r\n')
  assert.equal(lines[0], 'STT,Mã,Gửi lúc,Họ và tên,Thư điện tử,"Cơ quan, tổ chức",Góp ý cho,Nội dung góp ý,Trạng thái')
  assert.equal(lines.length, 5, 'a header, three comments, the last CRLF')
  assert.match(lines[1]!, /,Phạm Thu Hà,ha@example\.vn,Sở Tư pháp,Điều 1\. Phạm vi điều chỉnh|,Phạm Thu Hà,ha@example\.vn,Sở Tư pháp,Góp ý chung,/)
  assert.match(lines[1]!, /"Đề nghị sửa Điều 1, ghi rõ ""cơ quan"", dấu ; và =1\+1\.",Đã duyệt$/)
  assert.match(lines[2]!, /,Trần Văn Đức,duc@example\.vn,,Góp ý chung,Góp ý chung: nên rút gọn\.,Từ chối$/)
  assert.match(lines[3]!, /,Lý Văn Tư,tu@example\.vn,,Góp ý chung,"'=HYPERLINK\(""http:\/\/x\.example""\)\nDòng hai\.",Chờ duyệt$/)
  assert.doesNotMatch(text, /may@example\.vn/)
})

test('the XLSX export reads back with exceljs: the header, the rows, Vietnamese intact', async () => {
  const res = await get(`${desk()}/gop-y.xlsx`)
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
  assert.deepEqual(values(1), ['STT', 'Mã', 'Gửi lúc', 'Họ và tên', 'Thư điện tử', 'Cơ quan, tổ chức', 'Góp ý cho', 'Nội dung góp ý', 'Trạng thái'])
  assert.equal(sheet.rowCount, 4)
  assert.deepEqual(values(2).slice(3), ['Phạm Thu Hà', 'ha@example.vn', 'Sở Tư pháp', values(2)[6], 'Đề nghị sửa Điều 1, ghi rõ "cơ quan", dấu ; và =1+1.', 'Đã duyệt'])
  assert.equal(values(4)[7], '=HYPERLINK("http://x.example")\nDòng hai.', 'a citizen\'s text stays text, never a formula')
  assert.equal(sheet.getRow(4).getCell(8).type, ExcelJS.ValueType.String)
  assert.equal(values(4)[8], 'Chờ duyệt')
})

test('the report is sanitised when saved and shows on the page only once the window has closed', async () => {
  const saved = await post(`${desk()}/bao-cao`, { reportHtml: '<h2>Tiếp thu</h2><p onclick="x()">Đã tiếp thu ý kiến của Sở Tư pháp.</p><script>alert(1)</script>' })
  assert.equal(saved.statusCode, 303)
  const row = await portal.db.selectFrom('documents').select('consultation_report_html').where('id', '=', draft.id).executeTakeFirstOrThrow()
  assert.doesNotMatch(row.consultation_report_html, /script|onclick/)
  const path = `/van-ban/${draft.slug}/gop-y`
  assert.equal(parsePage((await portal.app.inject(path)).body).querySelector('.consultation-report'), null, 'not while open')
  clock.advance(6 * 24 * 3600_000) // 21/12/2026
  await portal.jobs.runNow('documents.consultation-days')
  const doc = parsePage((await portal.app.inject(path)).body)
  assert.equal(textOf(doc, '.consultation-report .article-body p'), 'Đã tiếp thu ý kiến của Sở Tư pháp.')
  assert.equal(doc.querySelector('#gui-gop-y'), null)
  assert.ok((await audit()).some((a) => a.action === 'document.consultation-report'))
})
