import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { publishedQuestion } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The public list (issue 15): "Câu hỏi thường gặp" pinned first, then the answered questions,
// newest first, twenty a page (?trang=2), narrowed by topic (?linh-vuc=…); the same in English.
let portal: TestPortal
let topics: { id: number; name: string }[]

before(async () => {
  portal = await buildTestPortal()
  topics = await portal.db.selectFrom('question_topics').select(['id', 'name']).orderBy('position').execute()
  // 45 answered in the first topic, one a day (Q01 the oldest), two of them pinned; 3 in the second.
  for (let n = 1; n <= 45; n++) {
    await publishedQuestion(portal.db, { title: `Câu hỏi số ${String(n).padStart(2, '0')}`, topicId: topics[0]!.id, faq: n === 3 || n === 7, at: new Date(Date.UTC(2026, 9, n, 3)) })
  }
  for (let n = 1; n <= 3; n++) await publishedQuestion(portal.db, { title: `Xây dựng ${n}`, topicId: topics[1]!.id, at: new Date(Date.UTC(2026, 11, n, 3)) })
})
after(() => portal.close())

const page = async (url: string) => {
  const res = await portal.app.inject(url)
  return { status: res.statusCode, doc: parsePage(res.body) }
}
const titles = (doc: Document, selector: string) => allText(doc, `${selector} .question-item a`)

test('the first page pins the FAQ first, then the twenty newest answers, and links the next page', async () => {
  const { status, doc } = await page('/hoi-dap')
  assert.equal(status, 200)
  assert.equal(textOf(doc, '.question-faq h2'), 'Câu hỏi thường gặp')
  assert.deepEqual(titles(doc, '.question-faq'), ['Câu hỏi số 07', 'Câu hỏi số 03'])
  const answered = titles(doc, '.question-answered')
  assert.equal(answered.length, 20)
  assert.deepEqual(answered.slice(0, 4), ['Xây dựng 3', 'Xây dựng 2', 'Xây dựng 1', 'Câu hỏi số 45'])
  assert.ok(!answered.includes('Câu hỏi số 07'), 'a pinned question is not listed twice')
  assert.equal(doc.querySelector('.pager a[rel="next"]')?.getAttribute('href'), '/hoi-dap?trang=2')
  assert.equal(doc.querySelector('.pager a[rel="prev"]'), null)
  assert.match(textOf(doc, '.pager'), /Trang 1 \/ 3/)
})

test('?trang=2 and ?trang=3 carry on where the first page stopped, without the FAQ; past the last page is a 404', async () => {
  const second = await page('/hoi-dap?trang=2')
  assert.equal(second.doc.querySelector('.question-faq'), null)
  assert.deepEqual(titles(second.doc, '.question-answered').slice(0, 2), ['Câu hỏi số 28', 'Câu hỏi số 27'])
  assert.equal(second.doc.querySelector('.pager a[rel="prev"]')?.getAttribute('href'), '/hoi-dap')
  assert.equal(second.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.endsWith('/hoi-dap?trang=2'), true)
  const third = await page('/hoi-dap?trang=3')
  assert.deepEqual(titles(third.doc, '.question-answered'), ['Câu hỏi số 08', 'Câu hỏi số 06', 'Câu hỏi số 05', 'Câu hỏi số 04', 'Câu hỏi số 02', 'Câu hỏi số 01'])
  assert.equal(third.doc.querySelector('.pager a[rel="next"]'), null)
  for (const url of ['/hoi-dap?trang=4', '/hoi-dap?trang=0', '/hoi-dap?trang=abc', '/hoi-dap?trang=1&trang=2']) {
    assert.equal((await page(url)).status, 404, url)
  }
})

test('by topic: only that topic\'s answers, the topic marked, paging kept within it; an unknown topic is a 404', async () => {
  const { doc } = await page(`/hoi-dap?linh-vuc=${topics[1]!.id}`)
  assert.deepEqual(titles(doc, '.question-answered'), ['Xây dựng 3', 'Xây dựng 2', 'Xây dựng 1'])
  assert.equal(doc.querySelector('.question-faq'), null)
  assert.equal(textOf(doc, '.question-topics [aria-current="page"]'), topics[1]!.name)
  assert.equal(doc.querySelector('.pager'), null)
  const first = await page(`/hoi-dap?linh-vuc=${topics[0]!.id}&trang=2`)
  assert.deepEqual(titles(first.doc, '.question-answered').slice(0, 1), ['Câu hỏi số 25'])
  assert.equal(first.doc.querySelector('.pager a[rel="prev"]')?.getAttribute('href'), `/hoi-dap?linh-vuc=${topics[0]!.id}`)
  assert.equal((await page('/hoi-dap?linh-vuc=999999')).status, 404)
})

test('the English list pages the same at /en/questions?page=2, linking English question pages', async () => {
  const { status, doc } = await page('/en/questions?page=2')
  assert.equal(status, 200)
  assert.equal(doc.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(doc, 'h1'), 'Questions and answers')
  assert.equal(doc.querySelector('.question-item a')?.getAttribute('href')?.startsWith('/en/questions/'), true)
  assert.equal(doc.querySelector('.pager a[rel="prev"]')?.getAttribute('href'), '/en/questions')
  assert.match(textOf(doc, '.pager'), /Page 2 of 3/)
})
