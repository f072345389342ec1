import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { addClauses, createDraft, postConsultation } from '../../../../test/support/consultation.ts'
import { allText, parsePage, textOf } from '../../../../test/support/html.ts'
import { createUser, TestClock } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { solveChallenge } from '../../comments/index.ts'
import { ABUSE_LIMITS } from '../../comments/index.ts'
import { setCommentStatus } from './consultation.repository.ts'

// Citizens' comments on a draft, over the public routes. The clock: 06:00 on 10/12/2026 in Hà Nội.
let portal: TestPortal
const clock = new TestClock(new Date('2026-12-09T23:00:00Z'))
let draft: { id: number; slug: string }
let clauses: number[]
let moderatorId: number

before(async () => {
  portal = await buildTestPortal({ clock })
  draft = await createDraft(portal.db, { opensOn: '2026-12-10', closesOn: '2026-12-20', reportHtml: '<p>Tiếp thu ý kiến về Điều 3.</p>' })
  clauses = await addClauses(portal.db, draft.id, ['Điều 1. Phạm vi điều chỉnh', 'Điều 3. Trách nhiệm của Sở'])
  moderatorId = await createUser(portal.db, 'clerk', 'vanthu@example.vn')
})
after(() => portal.close())

const rows = (documentId = draft.id) => portal.db.selectFrom('document_comments').selectAll().where('document_id', '=', documentId).orderBy('id').execute()
const pageOf = async (slug = draft.slug) => parsePage((await portal.app.inject(`/van-ban/${slug}/gop-y`)).body)

test("the draft's own page in the register carries its consultation after the files: window and form", async () => {
  const doc = parsePage((await portal.app.inject(`/van-ban/${draft.slug}`)).body)
  assert.equal(textOf(doc, 'main .consultation-window'), 'Lấy ý kiến từ 10/12/2026 đến 20/12/2026.')
  assert.equal(doc.querySelector('main #gui-gop-y')?.getAttribute('action'), `/van-ban/${draft.slug}/gop-y`)
})

test('inside the window the page shows the window and the form, with the clauses and "Góp ý chung"', async () => {
  const doc = await pageOf()
  assert.equal(textOf(doc, '.consultation-window'), 'Lấy ý kiến từ 10/12/2026 đến 20/12/2026.')
  const form = doc.querySelector('#gui-gop-y')!
  assert.equal(form.getAttribute('action'), `/van-ban/${draft.slug}/gop-y`)
  assert.equal(doc.querySelector('#gui-gop-y input[name="_csrf"]'), null, 'a cached page carries no token')
  assert.deepEqual(allText(doc, '#gy-clause option'), ['Góp ý chung', 'Điều 1. Phạm vi điều chỉnh', 'Điều 3. Trách nhiệm của Sở'])
  for (const id of ['#gy-name', '#gy-email', '#gy-organisation', '#gy-body', '#gy-website']) assert.ok(doc.querySelector(id), id)
  assert.equal(doc.querySelector('.consultation-report'), null, 'no report while open')
})

test('a comment inside the window is stored (NFC) before the answer, pending, and not shown yet', async () => {
  const res = await postConsultation(portal.app, draft.slug, {
    name: ' Nguyễn Văn Bình ', email: 'Binh@Example.VN', organisation: 'Hội Luật gia tỉnh', clause: String(clauses[1]),
    body: 'Đề nghị bổ sung thời hạn trả lời.\r\nCảm ơn.'.normalize('NFD'),
  })
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['set-cookie'], undefined)
  assert.equal(res.headers['cache-control'], 'no-store')
  const answer = parsePage(res.body)
  assert.equal(textOf(answer, 'h1'), 'Chúng tôi đã nhận được góp ý của bạn')
  assert.match(textOf(answer, '.comment-answer p'), /sau khi được xem xét/)
  const [row] = await rows()
  assert.equal(row!.status, 'pending')
  assert.equal(row!.author_name, 'Nguyễn Văn Bình')
  assert.equal(row!.author_email, 'binh@example.vn')
  assert.equal(row!.organisation, 'Hội Luật gia tỉnh')
  assert.equal(row!.clause_id, clauses[1])
  assert.equal(row!.body, 'Đề nghị bổ sung thời hạn trả lời.\nCảm ơn.')
  assert.doesNotMatch((await portal.app.inject(`/van-ban/${draft.slug}/gop-y`)).body, /thời hạn trả lời/)
})

test('with JavaScript the answer is JSON', async () => {
  const res = await postConsultation(portal.app, draft.slug, { body: 'Góp ý gửi bằng fetch.' }, { json: true })
  assert.equal(res.statusCode, 200)
  assert.deepEqual(JSON.parse(res.body), { status: 'pending', message: 'Đã nhận góp ý của bạn. Góp ý sẽ hiển thị sau khi được xem xét. Cảm ơn bạn!' })
})

test('a form with mistakes comes back (422) with Vietnamese messages and what was typed; nothing is stored', async () => {
  const before = (await rows()).length
  const cases: [Record<string, string>, string, string][] = [
    [{ name: ' ' }, '#gy-e-name', 'Xin nhập họ và tên.'],
    [{ email: 'an@' }, '#gy-e-email', 'Địa chỉ thư điện tử không hợp lệ, ví dụ: nguyenvana@gmail.com.'],
    [{ body: '' }, '#gy-e-body', 'Xin nhập nội dung góp ý.'],
    [{ body: 'ý'.repeat(5001) }, '#gy-e-body', 'Góp ý dài quá 5000 ký tự (hiện có 5001 ký tự).'],
    [{ clause: '999999' }, '#gy-e-clause', 'Xin chọn điều, khoản được góp ý trong danh sách, hoặc “Góp ý chung”.'],
    [{ organisation: 'T'.repeat(201) }, '#gy-e-organisation', 'Tên cơ quan, tổ chức dài quá 200 ký tự.'],
  ]
  for (const [fields, selector, message] of cases) {
    const res = await postConsultation(portal.app, draft.slug, { body: 'Nội dung giữ lại', ...fields })
    assert.equal(res.statusCode, 422, selector)
    const doc = parsePage(res.body)
    assert.equal(textOf(doc, selector), message)
    if (!fields.body && fields.body !== '') assert.equal(textOf(doc, '#gy-body'), 'Nội dung giữ lại')
  }
  assert.equal((await rows()).length, before)
})

test('a comment before the window opens or after its last day is refused, and the form is not shown', async () => {
  const early = await createDraft(portal.db, { opensOn: '2026-12-11', closesOn: '2026-12-31' })
  const late = await createDraft(portal.db, { opensOn: '2026-11-01', closesOn: '2026-12-09', reportHtml: '<p>Đã tiếp thu 12 ý kiến.</p>' })
  const refusedEarly = await postConsultation(portal.app, early.slug, {})
  assert.equal(refusedEarly.statusCode, 403)
  assert.equal(textOf(parsePage(refusedEarly.body), '.comment-answer p'), 'Chưa đến thời gian lấy ý kiến: dự thảo nhận góp ý từ ngày 11/12/2026.')
  const refusedLate = await postConsultation(portal.app, late.slug, {}, { json: true })
  assert.equal(refusedLate.statusCode, 403)
  assert.deepEqual(JSON.parse(refusedLate.body).error, { code: 'consultation_closed', message: 'Đã hết thời gian lấy ý kiến: dự thảo chỉ nhận góp ý đến hết ngày 09/12/2026.' })
  assert.equal((await rows(early.id)).length + (await rows(late.id)).length, 0)
  const earlyPage = await pageOf(early.slug)
  assert.equal(earlyPage.querySelector('#gui-gop-y'), null)
  assert.equal(textOf(earlyPage, '.consultation .notice'), 'Chưa đến thời gian lấy ý kiến.')
  const latePage = await pageOf(late.slug)
  assert.equal(latePage.querySelector('#gui-gop-y'), null)
  assert.equal(textOf(latePage, '.consultation-report h3'), 'Báo cáo tiếp thu, giải trình')
  assert.equal(textOf(latePage, '.consultation-report .article-body'), 'Đã tiếp thu 12 ý kiến.')
  // A draft the register has not published, or one without a window, takes none.
  const unpublished = await createDraft(portal.db, { opensOn: '2026-12-01', closesOn: '2026-12-31', status: 'draft' })
  assert.equal((await postConsultation(portal.app, unpublished.slug, {})).statusCode, 404)
  const none = await createDraft(portal.db, {})
  assert.equal((await postConsultation(portal.app, none.slug, {})).statusCode, 404)
})

test('an approved comment shows on the page with name, organisation and clause, never the e-mail', async () => {
  const [first] = await rows()
  await setCommentStatus(portal.db, [first!.id], 'approved', moderatorId, clock.now())
  portal.events.emit('documents.changed', { ids: [draft.id] })
  const doc = await pageOf()
  assert.equal(textOf(doc, '.consultation-comments h3'), 'Ý kiến đã nhận (1)')
  const item = textOf(doc, `#gop-y-${first!.id}`)
  assert.match(item, /Nguyễn Văn Bình · Hội Luật gia tỉnh/)
  assert.match(item, /Góp ý cho: Điều 3. Trách nhiệm của Sở/)
  assert.match(item, /Đề nghị bổ sung thời hạn trả lời/)
  assert.doesNotMatch((await portal.app.inject(`/van-ban/${draft.slug}/gop-y`)).body, /binh@example\.vn/i)
})

test('when the last day has passed the form closes by itself on the cached page, and the report shows', async () => {
  const path = `/van-ban/${draft.slug}/gop-y`
  await portal.app.inject(path)
  assert.ok(portal.cache.get(path), 'the page is cached')
  clock.advance(11 * 24 * 3600_000) // 06:00 on 21/12/2026
  await portal.jobs.runNow('documents.consultation-days')
  assert.equal(portal.cache.get(path), undefined, 'the day change purged it')
  const doc = await pageOf()
  assert.equal(doc.querySelector('#gui-gop-y'), null)
  assert.equal(textOf(doc, '.consultation .notice'), 'Đã hết thời gian lấy ý kiến.')
  assert.equal(textOf(doc, '.consultation-report .article-body'), 'Tiếp thu ý kiến về Điều 3.')
  assert.equal((await postConsultation(portal.app, draft.slug, {})).statusCode, 403)
  clock.advance(-11 * 24 * 3600_000)
})

test('the honeypot keeps a robot\'s text apart as spam, answering as for anyone', async () => {
  const res = await postConsultation(portal.app, draft.slug, { website: 'http://spam.example', body: 'Mua hàng giá rẻ.' })
  assert.equal(res.statusCode, 200)
  assert.equal(textOf(parsePage(res.body), 'h1'), 'Chúng tôi đã nhận được góp ý của bạn')
  const row = (await rows()).find((r) => r.body === 'Mua hàng giá rẻ.')
  assert.equal(row!.status, 'spam')
})

test('a comment with a word the moderators blocked for readers\' comments goes to spam too', async () => {
  await portal.db.insertInto('comment_settings').values({ key: 'blocklist', value: 'cờ bạc' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'cờ bạc' })).execute()
  portal.events.emit('comment-settings.changed', { everyArticle: false })
  const res = await postConsultation(portal.app, draft.slug, { body: 'Quảng cáo cờ bạc trực tuyến.' })
  assert.equal(res.statusCode, 200)
  assert.equal((await rows()).find((r) => r.body === 'Quảng cáo cờ bạc trực tuyến.')!.status, 'spam')
})

test('an address that posts fast must pass the challenge, and one over the hourly limit is refused (429)', async () => {
  const ip = '192.0.2.77'
  const other = await createDraft(portal.db, { opensOn: '2026-12-01', closesOn: '2026-12-31' })
  for (let i = 0; i < ABUSE_LIMITS.fast.after; i++) {
    assert.equal((await postConsultation(portal.app, other.slug, { body: `Góp ý số ${i}` }, { ip })).statusCode, 200)
  }
  const asked = await postConsultation(portal.app, other.slug, { body: 'Góp ý tiếp theo' }, { ip })
  assert.equal(asked.statusCode, 422)
  const doc = parsePage(asked.body)
  assert.match(textOf(doc, '#gy-e-challenge'), /hơi nhanh/)
  assert.equal(textOf(doc, '#gy-body'), 'Góp ý tiếp theo', 'what was typed comes back')
  const token = doc.querySelector('input[name="challenge"]')!.getAttribute('value')!
  let sent = ABUSE_LIMITS.fast.after
  const passed = await postConsultation(portal.app, other.slug, { body: 'Góp ý tiếp theo', challenge: token, nonce: solveChallenge(token, 16) }, { ip })
  assert.equal(passed.statusCode, 200)
  sent++
  while (sent < ABUSE_LIMITS.perAddress.max) {
    const json = await postConsultation(portal.app, other.slug, { body: `Thêm ${sent}` }, { ip, json: true })
    const challenge = JSON.parse(json.body).challenge
    const ok = await postConsultation(portal.app, other.slug, { body: `Thêm ${sent}`, challenge: challenge.token, nonce: solveChallenge(challenge.token, challenge.bits) }, { ip })
    assert.equal(ok.statusCode, 200)
    sent++
  }
  const limited = await postConsultation(portal.app, other.slug, { body: 'Quá nhiều' }, { ip })
  assert.equal(limited.statusCode, 429)
  assert.match(textOf(parsePage(limited.body), '.form-message'), /Xin thử lại sau \d+ phút/)
  assert.equal((await rows(other.id)).length, ABUSE_LIMITS.perAddress.max)
})

test('a post from another site is refused', async () => {
  const res = await portal.app.inject({
    method: 'POST', url: `/van-ban/${draft.slug}/gop-y`, payload: 'name=A&email=a%40example.vn&body=x',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://ke-gian.example', 'sec-fetch-site': 'cross-site' },
  })
  assert.equal(res.statusCode, 403)
})
