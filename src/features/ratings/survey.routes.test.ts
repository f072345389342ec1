import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

let portal: TestPortal
const clock = new TestClock(new Date('2026-12-07T02:00:00Z'))

before(async () => {
  portal = await buildTestPortal({ clock })
})
after(() => portal.close())

const FULL = { 'giao-dien': '4', 'noi-dung': '5', 'chat-luong': '3', 'ho-tro': '4' }

function answer(fields: Record<string, string>, ip: string, path = '/khao-sat') {
  return portal.app.inject({
    method: 'POST', url: path, payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip, 'user-agent': 'Trình duyệt thử', accept: 'text/html' },
  })
}
const answers = () => portal.db.selectFrom('survey_answers').selectAll().orderBy('id').execute()

test('the survey asks four questions from 1 to 5 as radio groups, each a fieldset with its legend, without a cookie', async () => {
  const res = await portal.app.inject('/khao-sat')
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['set-cookie'], undefined)
  const doc = parsePage(res.body)
  assert.deepEqual(allText(doc, '.survey-form fieldset legend'), ['Giao diện', 'Nội dung', 'Chất lượng thông tin', 'Hỗ trợ người dùng'])
  for (const fieldset of doc.querySelectorAll('.survey-form fieldset')) {
    assert.deepEqual([...fieldset.querySelectorAll('input[type="radio"]')].map((i) => i.getAttribute('value')), ['1', '2', '3', '4', '5'])
  }
  assert.equal(doc.querySelector('.survey-form')!.getAttribute('action'), '/khao-sat')
  assert.ok(doc.querySelector('textarea[name="gop-y"]'))
})

test('an answer without JavaScript is kept and thanked; the same reader again that day is not counted, the next day it is', async () => {
  const first = await answer({ ...FULL, 'gop-y': 'Cổng thông tin dễ dùng.' }, '203.0.113.10')
  assert.equal(first.statusCode, 200)
  assert.equal(first.headers['set-cookie'], undefined)
  assert.equal(textOf(parsePage(first.body), 'h1'), 'Cảm ơn bạn đã trả lời khảo sát')
  const again = await answer({ ...FULL, 'giao-dien': '1' }, '203.0.113.10')
  assert.equal(again.statusCode, 200)
  assert.match(textOf(parsePage(again.body), '.rating-answer p'), /Hôm nay bạn đã trả lời khảo sát/)
  await answer(FULL, '203.0.113.11')
  let rows = await answers()
  assert.equal(rows.length, 2)
  assert.deepEqual([rows[0]!.interface_score, rows[0]!.content_score, rows[0]!.quality_score, rows[0]!.support_score, rows[0]!.comment], [4, 5, 3, 4, 'Cổng thông tin dễ dùng.'])
  clock.advance(24 * 60 * 60 * 1000)
  try {
    await answer(FULL, '203.0.113.10')
    rows = await answers()
    assert.equal(rows.length, 3)
  } finally {
    clock.advance(-24 * 60 * 60 * 1000)
  }
})

test('a question left out or out of range shows the form again (422) with the problem beside it, keeping what was chosen', async () => {
  const before = (await answers()).length
  const res = await answer({ 'giao-dien': '4', 'noi-dung': '6', 'ho-tro': '2', 'gop-y': 'Giữ lại' }, '203.0.113.20')
  assert.equal(res.statusCode, 422)
  const doc = parsePage(res.body)
  assert.deepEqual(allText(doc, '.field-error'), ['Xin chọn một mức từ 1 đến 5.', 'Xin chọn một mức từ 1 đến 5.'])
  assert.equal(doc.querySelector('.survey-form fieldset[aria-describedby="noi-dung-loi"] #noi-dung-loi')?.textContent, 'Xin chọn một mức từ 1 đến 5.')
  assert.equal(doc.querySelector('input[name="giao-dien"][value="4"]')!.hasAttribute('checked'), true)
  assert.equal(textOf(doc, 'textarea[name="gop-y"]'), 'Giữ lại')
  assert.equal((await answers()).length, before)
})

test('the public results show each question as a chart whose SVG and table carry the numbers', async () => {
  const doc = parsePage((await portal.app.inject('/khao-sat/ket-qua')).body)
  assert.equal(textOf(doc, 'h1'), 'Kết quả khảo sát ý kiến')
  assert.match(textOf(doc, '.survey-results > p'), /3 câu trả lời/)
  // Giao diện: three answers of 4.
  const chart = doc.querySelector('#bieu-do-giao-dien')!
  const svg = chart.querySelector('svg')!
  assert.equal(svg.getAttribute('role'), 'img')
  assert.equal(textOf(doc, '#bieu-do-giao-dien-tieu-de'), 'Giao diện: số câu trả lời theo mức điểm')
  assert.match(textOf(doc, '#bieu-do-giao-dien-mo-ta'), /4 – Tốt: 3; 5 – Rất tốt: 0\. Điểm trung bình 4,0\/5\./)
  assert.deepEqual([...svg.querySelectorAll('g.bar > text:last-of-type')].map((t) => t.textContent), ['0', '0', '0', '3', '0'])
  assert.deepEqual(allText(chart, 'table tbody td'), ['0', '0', '0', '3', '0'])
  assert.deepEqual(allText(doc.querySelector('#bieu-do-chat-luong')!, 'table tbody td'), ['0', '0', '3', '0', '0'])
  // The largest bar fills the plot; an empty one draws nothing.
  const widths = [...svg.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')))
  assert.equal(widths[0], 0)
  assert.ok(widths[3]! > 0)
})

test('a new answer shows in the results at once (the cached page is purged)', async () => {
  const url = await portal.listen()
  const count = async () => /(\d+) câu trả lời/.exec(textOf(parsePage(await (await fetch(`${url}/khao-sat/ket-qua`)).text()), '.survey-results > p'))![1]
  const before = Number(await count())
  await answer(FULL, '203.0.113.30')
  assert.equal(Number(await count()), before + 1)
})

test('the English survey and its results speak English', async () => {
  const doc = parsePage((await portal.app.inject('/en/survey')).body)
  assert.equal(textOf(doc, 'h1'), 'Survey about this portal')
  assert.equal(doc.querySelector('.survey-form')!.getAttribute('action'), '/en/survey')
  const res = await answer({ 'giao-dien': '9' }, '203.0.113.40', '/en/survey')
  assert.equal(res.statusCode, 422)
  assert.equal(allText(parsePage(res.body), '.field-error')[0], 'Please choose a score from 1 to 5.')
  const results = parsePage((await portal.app.inject('/en/survey/results')).body)
  assert.equal(textOf(results, '#bieu-do-giao-dien-tieu-de'), 'Interface: answers by score')
})
