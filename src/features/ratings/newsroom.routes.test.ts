import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createDocument, createIssuer, createKind } from '../../../test/support/documents.factory.ts'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { insertRating, insertSurveyAnswer } from './rating.repository.ts'
import type { Rating } from './rating.ts'

let portal: TestPortal
const clock = new TestClock(new Date('2026-12-07T02:00:00Z'))
let good: { id: number; slug: string }
let poor: { id: number; slug: string }
let old: { id: number; slug: string }
let document: { id: number; slug: string }
const cookies: Record<string, string> = {}

const yes: Rating = { helpful: true, reason: '', comment: '' }
const no = (reason: Rating['reason'], comment = ''): Rating => ({ helpful: false, reason, comment })
let mark = 0
async function given(kind: string, id: number, ratings: Rating[], day = '2026-12-07') {
  for (const rating of ratings) await insertRating(portal.db, { kind, id }, rating, { day, mark: `m${++mark}` }, clock.now())
}

before(async () => {
  portal = await buildTestPortal({ clock })
  const categoryId = await createCategory(portal, 'Dân vận')
  good = await createArticle(portal, { categoryId, title: 'Bài hữu ích' })
  poor = await createArticle(portal, { categoryId, title: 'Bài chưa hữu ích' })
  old = await createArticle(portal, { categoryId, title: 'Bài được đánh giá từ lâu' })
  document = await createDocument(portal, { kindId: await createKind(portal, 'Quyết định'), issuerId: await createIssuer(portal, 'UBND tỉnh'), number: '7/2026/QĐ-UBND' })
  await given('article', good.id, [yes, yes, yes, no('kho-hieu')])
  await given('article', poor.id, [yes, no('thieu-thong-tin', 'Thiếu mẫu đơn.'), no('thieu-thong-tin'), no('da-cu')])
  await given('document', document.id, [yes, no('khong-chinh-xac')])
  // Forty days ago: outside the default thirty days.
  await given('article', old.id, [no('khac'), no('khac')], '2026-10-28')
  await insertSurveyAnswer(portal.db, { scores: { interface_score: 5, content_score: 4, quality_score: 4, support_score: 2 }, comment: 'Cần thêm hỗ trợ.' }, { day: '2026-12-07', mark: 's1' }, clock.now())
  await insertSurveyAnswer(portal.db, { scores: { interface_score: 5, content_score: 3, quality_score: 4, support_score: 2 }, comment: '' }, { day: '2026-12-06', mark: 's2' }, clock.now())
  for (const role of ['editor', 'approver', 'administrator', 'reporter', 'moderator'] as const) {
    await createUser(portal.db, role, `${role}@example.vn`)
    cookies[role] = (await signIn(portal.app, `${role}@example.vn`)).cookie
  }
})
after(() => portal.close())

const report = (query = '', role = 'editor') => portal.app.inject({ url: `/toa-soan/danh-gia${query}`, headers: { cookie: cookies[role]! } })
const rowsOf = (doc: Document) => [...doc.querySelectorAll('table.ratings tbody tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()))

test('editors, approvers and administrators read the ratings; reporters and moderators may not; nobody signed out', async () => {
  for (const role of ['editor', 'approver', 'administrator']) assert.equal((await report('', role)).statusCode, 200, role)
  for (const role of ['reporter', 'moderator']) assert.equal((await report('', role)).statusCode, 403, role)
  const anonymous = await portal.app.inject('/toa-soan/danh-gia')
  assert.equal(anonymous.statusCode, 303)
  assert.match(String(anonymous.headers.location), /^\/toa-soan\/dang-nhap/)
})

test('each item shows its yes and no counts and its reasons, the least helpful first, over the last thirty days', async () => {
  const doc = parsePage((await report()).body)
  assert.deepEqual(rowsOf(doc), [
    ['Bài chưa hữu ích', 'Bài viết', '1', '3', '25%', 'Thiếu thông tin: 2; Đã cũ: 1'],
    ['Quyết định 7/2026/QĐ-UBND', 'Văn bản', '1', '1', '50%', 'Không chính xác: 1'],
    ['Bài hữu ích', 'Bài viết', '3', '1', '75%', 'Khó hiểu: 1'],
  ])
  assert.equal(doc.querySelector('table.ratings tbody tr th a')!.getAttribute('href'), `/dan-van/${poor.slug}`)
  // Readers' comments are the newsroom's, with their item.
  assert.match(allText(doc, '.rating-comments li').join(' '), /Thiếu mẫu đơn\..*“Bài chưa hữu ích” · Không \(Thiếu thông tin\)/)
})

test('the report filters by kind and by period', async () => {
  assert.deepEqual(rowsOf(parsePage((await report('?loai=document')).body)).map((r) => r[0]), ['Quyết định 7/2026/QĐ-UBND'])
  const all = parsePage((await report('?ky=tat-ca')).body)
  assert.deepEqual(rowsOf(all)[0], ['Bài được đánh giá từ lâu', 'Bài viết', '0', '2', '0%', 'Khác: 2'])
  assert.equal(all.querySelector('#ky option[selected]')!.getAttribute('value'), 'tat-ca')
  // Only today and yesterday: the survey's answer of yesterday is kept, the old article's ratings are not.
  const week = parsePage((await report('?ky=7')).body)
  assert.equal(rowsOf(week).length, 3)
  // A filter nobody offers is the default, not an error.
  assert.equal(rowsOf(parsePage((await report('?loai=khong-co&ky=9999')).body)).length, 3)
})

test('the newsroom shows the survey as charts with their numbers, and the survey comments', async () => {
  const doc = parsePage((await report()).body)
  assert.match(textOf(doc, '#bieu-do-ho-tro-mo-ta'), /2 – Kém: 2;/)
  assert.deepEqual(allText(doc.querySelector('#bieu-do-noi-dung')!, 'table tbody td'), ['0', '0', '1', '1', '0'])
  assert.deepEqual(allText(doc, '.survey-comments li p:first-child'), ['Cần thêm hỗ trợ.'])
})

test('the newsroom home page links to the ratings for those who may read them', async () => {
  const home = (role: string) => portal.app.inject({ url: '/toa-soan', headers: { cookie: cookies[role]! } }).then((r) => parsePage(r.body))
  assert.ok((await home('editor')).querySelector('a[href="/toa-soan/danh-gia"]'))
  assert.equal((await home('reporter')).querySelector('a[href="/toa-soan/danh-gia"]'), null)
})
