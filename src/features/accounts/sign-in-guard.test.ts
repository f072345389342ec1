import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { signInFrom } from '../../../test/support/accounts.ts'
import { allText, parsePage } from '../../../test/support/html.ts'
import { createUser, csrfOf, TestClock, TEST_PASSWORD } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { LOCK_AFTER, SLOW_AFTER } from './sign-in-guard.ts'

// Audit 11.6: five wrong passwords from anywhere used to lock an account, even against its
// owner's right password. A stranger now locks only their own address.
let portal: TestPortal
const clock = new TestClock()
const OWNER_DESK = '198.51.100.20'
const STRANGER = '203.0.113.66'

before(async () => {
  portal = await buildTestPortal({ clock })
})
after(() => portal.close())

async function auditActions(email: string): Promise<string[]> {
  return (await portal.db.selectFrom('audit_log').select('action').where('item_id', '=', email).orderBy('id').execute()).map((r) => r.action)
}

test('a stranger\'s failures from another address do not stop the owner signing in from theirs; the stranger\'s address is locked', async () => {
  await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  assert.equal((await signInFrom(portal.app, OWNER_DESK, 'lanhdao@example.vn')).status, 303, 'the owner signs in from their desk as usual')
  for (let i = 0; i < LOCK_AFTER; i++) {
    clock.advance(61_000)
    assert.equal((await signInFrom(portal.app, STRANGER, 'lanhdao@example.vn', `doan-bua-${i}`)).status, 422)
  }
  const owner = await signInFrom(portal.app, OWNER_DESK, 'lanhdao@example.vn')
  assert.equal(owner.status, 303, owner.body.slice(0, 300))
  assert.ok(owner.cookie)

  clock.advance(61_000)
  const stranger = await signInFrom(portal.app, STRANGER, 'lanhdao@example.vn', TEST_PASSWORD)
  assert.equal(stranger.status, 429, 'the stranger\'s address is locked, even with the right password')
  assert.match(stranger.body, /Bạn đã đăng nhập sai nhiều lần\. Xin thử lại sau 14 phút/)
  clock.advance(15 * 60 * 1000)
  assert.equal((await signInFrom(portal.app, STRANGER, 'lanhdao@example.vn', 'doan-bua-nua')).status, 422, 'tried again after the lock')
  assert.equal((await signInFrom(portal.app, STRANGER, 'lanhdao@example.vn', TEST_PASSWORD)).status, 429, 'one more failure locks it again')
  assert.ok((await auditActions('lanhdao@example.vn')).includes('user.sign-in-locked'))
})

test('the owner is told on their dashboard, in Vietnamese, which address failed against their account', async () => {
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  for (let i = 0; i < LOCK_AFTER; i++) {
    clock.advance(61_000)
    await signInFrom(portal.app, '203.0.113.77', 'bientap@example.vn', `doan-bua-${i}`)
  }
  // From an address they never used, the owner waits out the one-minute slowing like anyone.
  clock.advance(61_000)
  const { cookie } = await signInFrom(portal.app, OWNER_DESK, 'bientap@example.vn')
  assert.ok(cookie, 'the owner signs in')
  const dashboard = await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })
  const notices = allText(parsePage(dashboard.body), '.notices li')
  assert.ok(notices.some((n) => /đăng nhập sai vào tài khoản của bạn từ địa chỉ 203\.0\.113\.77/.test(n)), notices.join('\n'))
})

test('slowing by submitted address works the same whether or not an account has it', async () => {
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  const answers: Record<string, { status: number; message: string }[]> = {}
  for (const email of ['phongvien@example.vn', 'khong-ai-co@example.vn']) {
    clock.advance(2 * 60 * 60 * 1000)
    answers[email] = []
    // Each guess from a new client address: no pair and no address is slowed, only the account's address.
    for (let i = 0; i <= SLOW_AFTER; i++) {
      const res = await signInFrom(portal.app, `192.0.2.${i + (email.startsWith('khong') ? 100 : 1)}`, email, `doan-bua-${i}`)
      answers[email]!.push({ status: res.status, message: /class="form-error"[^>]*>([^<]+)</.exec(res.body)?.[1] ?? '' })
    }
  }
  const known = answers['phongvien@example.vn']!
  assert.deepEqual(known.map((a) => a.status), [422, 422, 422, 422, 422, 429])
  assert.deepEqual(answers['khong-ai-co@example.vn'], known)
})

test('after an administrator resets a password, its owner is let in from the address their typos locked', async () => {
  const id = await createUser(portal.db, 'moderator', 'kiemduyet@example.vn')
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  for (let i = 0; i < LOCK_AFTER; i++) await signInFrom(portal.app, '203.0.113.88', 'kiemduyet@example.vn', `go-nham-${i}`)
  assert.equal((await signInFrom(portal.app, '203.0.113.88', 'kiemduyet@example.vn')).status, 429)
  const admin = await signInFrom(portal.app, OWNER_DESK, 'quantri@example.vn')
  const reset = await portal.app.inject({
    method: 'POST', url: `/toa-soan/nguoi-dung/${id}/mat-khau`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: admin.cookie }, payload: `_csrf=${await csrfOf(portal.app, admin.cookie)}`,
  })
  const password = /id="mat-khau-moi">([^<]+)</.exec(reset.body)![1]!
  assert.equal((await signInFrom(portal.app, '203.0.113.88', 'kiemduyet@example.vn', password)).status, 303)
})
