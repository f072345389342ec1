import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { TestMailServer } from '../../../test/support/mail-server.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { askWithFile, codeIn, deliverAll, firstTopicId, lookUp } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Hỏi đáp in English (issue 15: "English where the reader used /en/"): the form at
// /en/questions/ask, the letters in English with English links, the look-up at /en/track in
// English, and the answer's page asking "Was this information helpful?" as every item's page does.
const server = new TestMailServer()
let portal: TestPortal
let topic: string
let code: string

before(async () => {
  await server.start()
  portal = await buildTestPortal({ env: { SMTP_URL: server.url, PUBLIC_URL: 'https://danvan.example.vn' } })
  topic = await firstTopicId(portal.db)
})
after(async () => {
  await portal.close()
  await server.stop()
})

test('the English form speaks English, posts to /en/questions/ask, and its messages are English', async () => {
  const page = parsePage((await portal.app.inject('/en/questions/ask')).body)
  assert.equal(page.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(page, 'h1'), 'Ask a question')
  assert.ok(page.querySelector('form[action="/en/questions/ask"][enctype="multipart/form-data"]'))
  assert.match(textOf(page, 'fieldset.privacy-notice'), /Decree 13\/2023/)
  const refused = await askWithFile(portal.app, { topic, consent: '' }, undefined, { url: '/en/questions/ask' })
  assert.equal(refused.statusCode, 422)
  assert.equal(textOf(parsePage(refused.body), '#hd-e-consent'), 'Please tick the consent box so we can handle your question.')
})

test('a question asked in English gets its code on an English page and by an English letter linking the look-up', async () => {
  const res = await askWithFile(portal.app, { topic, email: 'mai@example.com', title: 'How do I register temporary residence?' }, undefined, { url: '/en/questions/ask' })
  assert.equal(res.statusCode, 200)
  code = codeIn(res.body)!
  const page = parsePage(res.body)
  assert.equal(textOf(page, '.question-received h1'), 'Question received')
  assert.equal(page.querySelector('.question-received a')?.getAttribute('href'), '/en/track')
  assert.equal((await portal.db.selectFrom('questions').select('lang').where('code', '=', code).executeTakeFirstOrThrow()).lang, 'en')
  await deliverAll(portal)
  const [letter] = server.to('mai@example.com')
  assert.equal(letter!.subject, `Your question was received — tracking code ${code}`)
  assert.match(letter!.text!, /Hello Nguyễn Thị Hoa,/)
  assert.match(letter!.text!, /https:\/\/danvan\.example\.vn\/en\/track/)

  // The English look-up speaks English, posts to itself, and shows the case in English words.
  const form = parsePage((await portal.app.inject('/en/track')).body)
  assert.equal(form.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(form, 'h1'), 'Track a case')
  assert.ok(form.querySelector('form[action="/en/track"] label[for="tc-code"]'))
  assert.equal(textOf(form, 'label[for="tc-contact"]'), 'E-mail or phone')
  const found = await lookUp(portal.app, code, 'mai@example.com', '203.0.113.70', '/en/track')
  assert.equal(found.statusCode, 200)
  const tracked = parsePage(found.body)
  assert.equal(textOf(tracked, '.case-status'), 'Received')
  assert.match(textOf(tracked, '.tracking-result'), /Answer due/)
  assert.doesNotMatch(tracked.body.textContent!, /Mới tiếp nhận|Hạn trả lời|Tra cứu hồ sơ/)
  // The same case at /tra-cuu is in Vietnamese: the words follow the page, not the asker.
  assert.equal(textOf(parsePage((await lookUp(portal.app, code, 'mai@example.com', '203.0.113.71')).body), '.case-status'), 'Mới tiếp nhận')
  const wrong = await lookUp(portal.app, code, 'someone@example.com', '203.0.113.72', '/en/track')
  assert.equal(wrong.statusCode, 404)
  assert.equal(textOf(parsePage(wrong.body), '.form-error'), 'No case matches this code and contact. Please check them.')
})

test('answered, the asker gets an English letter pointing to the English page, which asks "Was this information helpful?"', async () => {
  await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  const cookie = (await signIn(portal.app, 'lanhdao@example.vn')).cookie
  const csrf = await csrfOf(portal.app, cookie)
  const id = (await portal.db.selectFrom('questions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
  const userId = (await portal.db.selectFrom('users').select('id').where('email', '=', 'lanhdao@example.vn').executeTakeFirstOrThrow()).id
  const post = (path: string, fields: Record<string, string>) => portal.app.inject({
    method: 'POST', url: `/toa-soan/hoi-dap/${id}/${path}`, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  })
  await post('buoc', { 'thao-tac': 'assign', assignee: String(userId) })
  await post('buoc', { 'thao-tac': 'start' })
  await post('tra-loi', { answerHtml: '<p>Register on the National Public Service Portal.</p>' })
  await post('buoc', { 'thao-tac': 'submit' })
  assert.equal((await post('buoc', { 'thao-tac': 'approve' })).statusCode, 303)
  server.received.splice(0)
  await deliverAll(portal)
  const slug = (await portal.db.selectFrom('questions').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug!
  const letter = server.to('mai@example.com').find((m) => m.subject === `Question ${code} has been answered`)
  assert.ok(letter, server.to('mai@example.com').map((m) => m.subject).join(' | '))
  assert.match(letter.text!, new RegExp(`https://danvan\\.example\\.vn/en/questions/${slug}`))

  const answered = parsePage((await lookUp(portal.app, code, 'mai@example.com', '203.0.113.73', '/en/track')).body)
  assert.equal(textOf(answered, '.case-status'), 'Answered')
  assert.deepEqual([...answered.querySelectorAll('.case-history li')].map((li) => li.textContent!.replace(/^.*?: /, '').split(' — ')[0]), ['Received', 'Assigned', 'Being handled', 'Answer awaiting approval', 'Answered'])
  assert.equal(answered.querySelector('.tracking-result a')!.getAttribute('href'), `/en/questions/${slug}`)

  const english = parsePage((await portal.app.inject(`/en/questions/${slug}`)).body)
  assert.equal(textOf(english, '.rating legend'), 'Was this information helpful?')
  const vietnamese = parsePage((await portal.app.inject(`/hoi-dap/${slug}`)).body)
  assert.equal(textOf(vietnamese, '.rating legend'), 'Thông tin này có hữu ích không?')
  assert.equal(vietnamese.querySelector('form.rating-form')!.getAttribute('action'), `/danh-gia/question/${id}`)
  const rated = await portal.app.inject({
    method: 'POST', url: `/danh-gia/question/${id}`, payload: new URLSearchParams({ 'huu-ich': 'co' }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.9', accept: 'text/html' },
  })
  assert.equal(rated.statusCode, 200)
  assert.equal(parsePage(rated.body).querySelector('.rating-answer a')!.getAttribute('href'), `/hoi-dap/${slug}`)
  const rows = await portal.db.selectFrom('content_ratings').select('helpful').where('kind', '=', 'question').where('item_id', '=', id).execute()
  assert.deepEqual(rows.map((r) => Number(r.helpful)), [1])
})
