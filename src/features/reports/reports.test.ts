import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import ExcelJS from 'exceljs'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { addViews } from '../most-read/index.ts'
import { instantsOf } from './date-range.ts'
import { publishedBetween } from './reports.repository.ts'

// The reports page (/toa-soan/bao-cao) on both databases: its numbers checked against articles
// made here, on the Vietnamese clock; merges, points, the files read back, and who may see what.

const PAGE = '/toa-soan/bao-cao'
const RANGE = 'tu=2026-11-01&den=2026-12-31'
const LONG = `<p>${'chữ '.repeat(320)}</p>`
const SHORT = '<p>Tin ngắn về hội nghị.</p>'
const figure = (caption: string) => `<figure><img src="https://example.vn/anh.jpg" alt="Hội nghị"><figcaption>${caption}</figcaption></figure>`

describe('the reports', () => {
  let portal: TestPortal
  const cookies: Record<string, string> = {}
  const ids: Record<string, number> = {}
  const get = (url: string, who = 'administrator') => portal.app.inject({ url, headers: { cookie: cookies[who]! } })
  async function post(url: string, fields: Record<string, string>, who = 'administrator') {
    const cookie = cookies[who]!
    const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
    return portal.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
  }
  const rowsOf = (body: string, table: string) => {
    const page = parsePage(body)
    return [...page.querySelectorAll(`#bang-${table} tbody tr`)].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
  }

  before(async () => {
    portal = await buildTestPortal({ clock: new TestClock(new Date('2026-12-20T03:00:00Z')) })
    for (const role of ['administrator', 'approver', 'editor'] as const) {
      await createUser(portal.db, role, `${role}@example.vn`)
      cookies[role] = (await signIn(portal.app, `${role}@example.vn`)).cookie
    }
    const danVan = await createCategory(portal, 'Dân vận')
    const kinhTe = await createCategory(portal, 'Kinh tế')
    const make = async (key: string, categoryId: number, at: string, bylineName: string, bodyHtml: string, extra: { bylineKind?: string; status?: 'draft' } = {}) => {
      ids[key] = (await createArticle(portal, { title: `Bài ${key}`, categoryId, publishedAt: new Date(at), bylineName, bodyHtml, ...extra })).id
    }
    await make('a1', danVan, '2026-11-10T03:00:00Z', 'Lê Hải', LONG + figure('Quang cảnh hội nghị. Ảnh: Minh Anh'))
    // 23:30 UTC on 30 November is 06:30 on 1 December in Viet Nam: December's.
    await make('a2', danVan, '2026-11-30T23:30:00Z', 'Le Hai', SHORT)
    await make('a3', kinhTe, '2026-12-02T02:00:00Z', 'L.Hải, Trần Minh', `${LONG}<p><img src="https://example.vn/1.jpg" alt="Một"></p><p><img src="https://example.vn/2.jpg" alt="Hai"></p>`, { bylineKind: 'Bài và ảnh' })
    await make('a4', kinhTe, '2026-12-03T02:00:00Z', '=1+2', SHORT)
    await make('draft', kinhTe, '2026-12-04T02:00:00Z', 'Lê Hải', LONG, { status: 'draft' })
    // 16:59 UTC on 31 October is 23:59 that day in Viet Nam: before the period.
    await make('october', kinhTe, '2026-10-31T16:59:00Z', 'Lê Hải', LONG)
    await addViews(portal.db, '2026-11-15', new Map([[ids.a1!, 5]]))
    await addViews(portal.db, '2026-12-01', new Map([[ids.a1!, 3], [ids.a3!, 7]]))
    await addViews(portal.db, '2027-01-01', new Map([[ids.a3!, 100]]))
    const comment = (articleId: number, status: string, at: string) => portal.db.insertInto('comments').values({
      article_id: articleId, parent_id: null, author_name: 'Bạn đọc', author_email: 'a@b.vn', body: 'Hay', body_key: 'hay', search_text: 'hay',
      status, ip: '127.0.0.1', user_agent: 'test', created_at: at,
    }).execute()
    await comment(ids.a1!, 'approved', '2026-11-11T01:00:00.000Z')
    await comment(ids.a1!, 'pending', '2026-11-12T01:00:00.000Z')
    await comment(ids.a1!, 'spam', '2026-11-12T02:00:00.000Z')
    await comment(ids.a3!, 'approved', '2027-01-02T01:00:00.000Z')
  })
  after(() => portal.close())

  test('articles by category, month (on the Vietnamese clock) and author, with a merge suggested for names differing in diacritics', async () => {
    const res = await get(`${PAGE}?${RANGE}`)
    assert.equal(res.statusCode, 200, res.body.slice(0, 500))
    assert.deepEqual(rowsOf(res.body, 'chuyen-muc'), [['Dân vận', '2'], ['Kinh tế', '2']])
    assert.deepEqual(rowsOf(res.body, 'thang'), [['11/2026', '1'], ['12/2026', '3']])
    assert.deepEqual(rowsOf(res.body, 'tac-gia').sort(), [['=1+2', '1'], ['L.Hải', '1'], ['Le Hai', '1'], ['Lê Hải', '1'], ['Trần Minh', '1']].sort())
    assert.match(textOf(parsePage(res.body), '.merge-suggestions'), /Lê Hải · Le Hai|Le Hai · Lê Hải/)
    assert.deepEqual(rowsOf(res.body, 'luot-xem'), [[String(ids.a1), 'Bài a1', '10/11/2026', '8'], [String(ids.a3), 'Bài a3', '02/12/2026', '7']])
    assert.deepEqual(rowsOf(res.body, 'binh-luan'), [[String(ids.a1), 'Bài a1', '2', '1']])
    assert.match((await get('/toa-soan')).body, /href="\/toa-soan\/bao-cao"/, 'the newsroom home links the page')
  })

  test('merges and points: the royalty sheet per author per month', async () => {
    for (const aliasName of ['Le Hai', 'L.Hải']) assert.equal((await post(`${PAGE}/gop-ten`, { aliasName, authorName: 'Lê Hải' })).statusCode, 303)
    assert.equal((await post(`${PAGE}/diem`, { pointsBai: '10', pointsAnh: '2,5', pointsTin: '4', tinMaxWords: '300' })).statusCode, 303)
    const res = await get(`${PAGE}?${RANGE}`)
    assert.deepEqual(rowsOf(res.body, 'tac-gia'), [['Lê Hải', '3'], ['=1+2', '1'], ['Trần Minh', '1']])
    assert.deepEqual(rowsOf(res.body, 'nhuan-but'), [
      ['=1+2', '12/2026', '0', '0', '1', '4'],
      ['Lê Hải', '11/2026', '1', '0', '0', '10'],
      ['Lê Hải', '12/2026', '1', '2', '1', '19'],
      ['Minh Anh', '11/2026', '0', '1', '0', '2,5'],
      ['Trần Minh', '12/2026', '1', '2', '0', '15'],
    ])
    assert.deepEqual(allText(parsePage(res.body), '#bang-nhuan-but tfoot th, #bang-nhuan-but tfoot td'), ['Tổng cộng', '', '3', '5', '2', '50,5'])
    assert.equal(parsePage(res.body).querySelector('.merge-suggestions'), null, 'merged: nothing left to suggest')
    assert.deepEqual(allText(parsePage(res.body), 'table.author-aliases tbody th'), ['L.Hải', 'Le Hai'])
    const log = await get('/toa-soan/nhat-ky?hanh-dong=reports.alias')
    assert.match(log.body, /gộp tên tác giả/)
  })

  test('the XLSX reads back with exceljs, the same numbers and Vietnamese intact', async () => {
    const res = await get(`${PAGE}/bao-cao.xlsx?${RANGE}`)
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-type']), /spreadsheetml/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ['Bài đăng theo chuyên mục', 'Bài đăng theo tác giả', 'Bài đăng theo tháng', 'Lượt xem theo bài', 'Bình luận theo bài', 'Bảng nhuận bút'])
    const sheet = workbook.getWorksheet('Bảng nhuận bút')!
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
    assert.deepEqual(values(3), ['Tác giả', 'Tháng', 'Bài', 'Ảnh', 'Tin', 'Điểm'])
    assert.deepEqual(values(4), ['=1+2', '12/2026', 0, 0, 1, 4])
    assert.deepEqual(values(6), ['Lê Hải', '12/2026', 1, 2, 1, 19])
    assert.deepEqual(values(7), ['Minh Anh', '11/2026', 0, 1, 0, 2.5])
    assert.equal(sheet.getCell('A4').type, ExcelJS.ValueType.String, 'a name like a formula stays text')
    assert.deepEqual((workbook.getWorksheet('Bài đăng theo chuyên mục')!.getRow(4).values as unknown[]).slice(1), ['Dân vận', 2])
  })

  test('the CSV has the byte-order mark, CRLF, and keeps formula-like cells as text', async () => {
    const res = await get(`${PAGE}/nhuan-but.csv?${RANGE}`)
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-type']), /text\/csv/)
    assert.deepEqual([...res.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf])
    const lines = res.rawPayload.subarray(3).toString('utf8').split('\r\n')
    assert.equal(lines[0], 'Tác giả,Tháng,Bài,Ảnh,Tin,Điểm')
    assert.equal(lines[1], "'=1+2,12/2026,0,0,1,4")
    assert.equal(lines[3], 'Lê Hải,12/2026,1,2,1,19')
    assert.equal((await get(`${PAGE}/khong-co.csv?${RANGE}`)).statusCode, 404)
  })

  test('a bad period is refused in Vietnamese with 422, for the page and the files', async () => {
    for (const query of ['tu=31/02/2026&den=01/03/2026', 'tu=2026-12-31&den=2026-12-01', 'tu=abc', 'tu=2020-01-01&den=2026-01-01']) {
      const res = await get(`${PAGE}?${query}`)
      assert.equal(res.statusCode, 422, query)
      assert.match(textOf(parsePage(res.body), '.field-error'), /Ngày (bắt đầu|kết thúc)|không quá 3 năm/)
    }
    assert.equal((await get(`${PAGE}/bao-cao.xlsx?tu=2026-12-31&den=2026-12-01`)).statusCode, 422)
    assert.equal((await get(`${PAGE}/tac-gia.csv?tu=x&den=y`)).statusCode, 422)
    const bad = await post(`${PAGE}/diem`, { pointsBai: 'mười', pointsAnh: '2', pointsTin: '4', tinMaxWords: '0' })
    assert.equal(bad.statusCode, 422)
    assert.match(textOf(parsePage(bad.body), '#e-pointsBai'), /Nhập số điểm/)
    assert.match(textOf(parsePage(bad.body), '#e-tinMaxWords'), /số chữ nguyên/)
    const same = await post(`${PAGE}/gop-ten`, { aliasName: 'lê hải', authorName: 'Lê Hải' })
    assert.equal(same.statusCode, 422)
  })

  test('rights: the approver reads and downloads but edits nothing; an editor is kept out', async () => {
    const page = await get(`${PAGE}?${RANGE}`, 'approver')
    assert.equal(page.statusCode, 200)
    assert.equal(parsePage(page.body).querySelector(`form[action="${PAGE}/diem"]`), null)
    assert.equal((await get(`${PAGE}/bao-cao.xlsx?${RANGE}`, 'approver')).statusCode, 200)
    assert.equal((await post(`${PAGE}/diem`, { pointsBai: '1', pointsAnh: '1', pointsTin: '1', tinMaxWords: '1' }, 'approver')).statusCode, 403)
    assert.equal((await post(`${PAGE}/gop-ten`, { aliasName: 'X', authorName: 'Y' }, 'approver')).statusCode, 403)
    assert.equal((await get(PAGE, 'editor')).statusCode, 403)
    assert.equal((await get(`${PAGE}/tac-gia.csv?${RANGE}`, 'editor')).statusCode, 403)
  })

  test('an alias is removed again; one unknown is a 404', async () => {
    const key = (await portal.db.selectFrom('report_author_aliases').select('alias_key').where('alias_name', '=', 'Le Hai').executeTakeFirstOrThrow()).alias_key
    assert.equal((await post(`${PAGE}/gop-ten/xoa`, { aliasKey: key })).statusCode, 303)
    assert.equal((await post(`${PAGE}/gop-ten/xoa`, { aliasKey: key })).statusCode, 404)
    const res = await get(`${PAGE}?${RANGE}`)
    assert.deepEqual(rowsOf(res.body, 'tac-gia')[0], ['Lê Hải', '2'])
  })

  test('the articles are read a page at a time, none missed or repeated, oldest first', async () => {
    const pages: number[][] = []
    const { start, end } = instantsOf({ from: '2026-11-01', to: '2026-12-31' })
    for await (const page of publishedBetween(portal.db, start, end, 2)) pages.push(page.map((a) => a.id))
    assert.deepEqual(pages, [[ids.a1!, ids.a2!], [ids.a3!, ids.a4!]])
    // Two published at the same instant, on either side of a page's end.
    const category = (await portal.db.selectFrom('categories').select('id').executeTakeFirstOrThrow()).id
    const twins = []
    for (const title of ['Sinh đôi một', 'Sinh đôi hai']) twins.push((await createArticle(portal, { title, categoryId: category, publishedAt: new Date('2026-12-10T00:00:00Z') })).id)
    const paged: number[][] = []
    for await (const page of publishedBetween(portal.db, start, end, 5)) paged.push(page.map((a) => a.id))
    assert.deepEqual(paged, [[ids.a1!, ids.a2!, ids.a3!, ids.a4!, twins[0]!], [twins[1]!]])
  })
})
