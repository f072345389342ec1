import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { findPollBySlug } from './poll.repository.ts'

// The newsroom's polls screen (/toa-soan/binh-chon), on both databases.

async function post(portal: TestPortal, cookie: string, url: string, fields: Record<string, string>) {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
}

const aPoll = {
  question: 'Bạn đánh giá thế nào về dịch vụ công trực tuyến?', slug: '', choice1: 'Tốt', choice2: 'Bình thường', choice3: 'Chưa tốt',
  opensAt: '29/11/2026 08:00', closesAt: '30/11/2026 17:00', resultsShown: 'after-close',
}

test('an editor adds a poll in Vietnamese time; it gets its slug from the question, its choices in order, and an audit entry in words', async () => {
  const clock = new TestClock()
  const portal = await buildTestPortal({ clock })
  try {
    await createUser(portal.db, 'editor', 'bientap@example.vn')
    const editor = (await signIn(portal.app, 'bientap@example.vn')).cookie
    assert.match((await portal.app.inject({ url: '/toa-soan', headers: { cookie: editor } })).body, /href="\/toa-soan\/binh-chon"/, 'the newsroom links the screen')
    const added = await post(portal, editor, '/toa-soan/binh-chon', { ...aPoll, multiple: '1' })
    assert.equal(added.statusCode, 303, added.body.slice(0, 500))
    const poll = await findPollBySlug(portal.db, 'ban-danh-gia-the-nao-ve-dich-vu-cong-truc-tuyen')
    assert.ok(poll)
    assert.deepEqual(poll.choices.map((c) => c.label), ['Tốt', 'Bình thường', 'Chưa tốt'])
    assert.equal(poll.opensAt.toISOString(), '2026-11-29T01:00:00.000Z', '08:00 in Hà Nội is 01:00 UTC')
    assert.equal(poll.closesAt.toISOString(), '2026-11-30T10:00:00.000Z')
    assert.equal(poll.multiple, true)
    assert.equal(poll.resultsShown, 'after-close')
    const list = parsePage((await portal.app.inject({ url: '/toa-soan/binh-chon', headers: { cookie: editor } })).body)
    assert.match(textOf(list, 'table.polls tbody'), /Bạn đánh giá thế nào.*Đang mở/)

    const edited = await post(portal, editor, `/toa-soan/binh-chon/${poll.id}`, { ...aPoll, question: 'Dịch vụ công trực tuyến có dễ dùng không?', slug: poll.slug, choice3: '' })
    assert.equal(edited.statusCode, 303, edited.body.slice(0, 500))
    const after = await findPollBySlug(portal.db, poll.slug)
    assert.deepEqual(after?.choices.map((c) => c.label), ['Tốt', 'Bình thường'], 'a poll without votes may lose a choice')
    assert.equal(after?.multiple, false)

    await createUser(portal.db, 'administrator', 'quantri@example.vn')
    const admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
    const log = parsePage((await portal.app.inject({ url: '/toa-soan/nhat-ky?hanh-dong=poll.create', headers: { cookie: admin } })).body)
    assert.equal(textOf(log, '.audit-log tbody .audit-sentence'), 'Người dùng editor đã thêm cuộc bình chọn «Dịch vụ công trực tuyến có dễ dùng không?»')
  } finally {
    await portal.close()
  }
})

test('a reporter cannot reach the screen; every bad field is named beside it in Vietnamese and nothing is saved', async () => {
  const portal = await buildTestPortal({ clock: new TestClock() })
  try {
    await createUser(portal.db, 'reporter', 'phongvien@example.vn')
    await createUser(portal.db, 'approver', 'lanhdao@example.vn')
    const reporter = (await signIn(portal.app, 'phongvien@example.vn')).cookie
    assert.equal((await portal.app.inject({ url: '/toa-soan/binh-chon', headers: { cookie: reporter } })).statusCode, 403)
    assert.equal((await post(portal, reporter, '/toa-soan/binh-chon', aPoll)).statusCode, 403)

    const approver = (await signIn(portal.app, 'lanhdao@example.vn')).cookie
    const refused = await post(portal, approver, '/toa-soan/binh-chon', {
      question: '', slug: 'Có Dấu', choice1: 'Có', choice2: 'có', choice3: '', opensAt: '31/02/2026 08:00', closesAt: 'mai', resultsShown: 'bao-gio',
    })
    assert.equal(refused.statusCode, 422)
    const page = parsePage(refused.body)
    assert.match(textOf(page, '#e-question'), /câu hỏi/)
    assert.match(textOf(page, '#e-slug'), /chữ thường không dấu/)
    assert.equal(textOf(page, '#e-choice2'), 'Phương án này trùng với một phương án ở trên.')
    assert.match(textOf(page, '#e-opensAt'), /ngày\/tháng\/năm/)
    assert.match(textOf(page, '#e-closesAt'), /ngày\/tháng\/năm/)
    assert.match(textOf(page, '#e-resultsShown'), /kết quả/)
    assert.equal((page.querySelector('#f-choice1') as HTMLInputElement).value, 'Có', 'what was typed stays')

    const oneChoice = parsePage((await post(portal, approver, '/toa-soan/binh-chon', { ...aPoll, choice2: '', choice3: '' })).body)
    assert.equal(textOf(oneChoice, '#e-choice2'), 'Xin nhập ít nhất 2 phương án.')
    const backwards = parsePage((await post(portal, approver, '/toa-soan/binh-chon', { ...aPoll, closesAt: '28/11/2026 08:00' })).body)
    assert.equal(textOf(backwards, '#e-closesAt'), 'Giờ đóng phải sau giờ mở.')
    assert.equal((await portal.db.selectFrom('polls').select('id').execute()).length, 0)

    assert.equal((await post(portal, approver, '/toa-soan/binh-chon', { ...aPoll, slug: 'y-kien-dich-vu' })).statusCode, 303)
    const taken = parsePage((await post(portal, approver, '/toa-soan/binh-chon', { ...aPoll, slug: 'y-kien-dich-vu' })).body)
    assert.match(textOf(taken, '#e-slug'), /đã thuộc cuộc bình chọn khác/)
  } finally {
    await portal.close()
  }
})

test('once readers have voted, choices may be reworded but not added or removed', async () => {
  const portal = await buildTestPortal({ clock: new TestClock() })
  try {
    await createUser(portal.db, 'editor', 'bientap@example.vn')
    const editor = (await signIn(portal.app, 'bientap@example.vn')).cookie
    assert.equal((await post(portal, editor, '/toa-soan/binh-chon', { ...aPoll, slug: 'dich-vu', resultsShown: 'after-vote' })).statusCode, 303)
    const poll = (await findPollBySlug(portal.db, 'dich-vu'))!
    const voted = await portal.app.inject({ method: 'POST', url: '/binh-chon/dich-vu/bieu-quyet', payload: `choice=${poll.choices[0]!.id}`, headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Thử' } })
    assert.equal(voted.statusCode, 303, voted.body.slice(0, 300))

    const fewer = await post(portal, editor, `/toa-soan/binh-chon/${poll.id}`, { ...aPoll, slug: 'dich-vu', choice3: '' })
    assert.equal(fewer.statusCode, 422)
    assert.match(textOf(parsePage(fewer.body), '#e-choice1'), /Đã có 1 người bình chọn/)
    const reworded = await post(portal, editor, `/toa-soan/binh-chon/${poll.id}`, { ...aPoll, slug: 'dich-vu', choice1: 'Rất tốt' })
    assert.equal(reworded.statusCode, 303)
    const after = (await findPollBySlug(portal.db, 'dich-vu'))!
    assert.deepEqual(after.choices.map((c) => [c.label, c.votes]), [['Rất tốt', 1], ['Bình thường', 0], ['Chưa tốt', 0]])
    const form = parsePage((await portal.app.inject({ url: `/toa-soan/binh-chon/${poll.id}`, headers: { cookie: editor } })).body)
    assert.match(textOf(form, '.poll-results'), /Rất tốt.*100%.*1 phiếu/, 'the newsroom sees the counts while the poll is open')
  } finally {
    await portal.close()
  }
})
