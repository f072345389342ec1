import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { roles, type Role } from '../../src/features/accounts/index.ts'
import { createUser, signIn } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Every newsroom screen × every role, checked on the server: 200 where the role has the right,
// 403 where it does not, and a redirect to sign-in for a stranger. The expected answers are
// written out here rather than derived from the code, so that a changed right shows up.
const SCREENS: [path: string, allowed: Role[]][] = [
  ['/toa-soan', [...roles()]],
  ['/toa-soan/bai-viet', [...roles()]],
  ['/toa-soan/mat-khau', [...roles()]],
  ['/toa-soan/bai-viet/moi', ['reporter', 'editor', 'approver', 'administrator']],
  ['/toa-soan/anh', ['reporter', 'editor', 'approver', 'administrator']],
  ['/toa-soan/anh/tai-len', ['reporter', 'editor', 'approver', 'administrator']],
  ['/toa-soan/nhat-ky', ['administrator']],
  ['/toa-soan/nguoi-dung', ['administrator']],
  ['/toa-soan/nguoi-dung/moi', ['administrator']],
  ['/toa-soan/quan-tri', ['administrator']],
  ['/toa-soan/quan-tri/chuyen-muc', ['administrator']],
  ['/toa-soan/quan-tri/chuyen-muc/moi', ['administrator']],
  ['/toa-soan/quan-tri/lien-ket', ['administrator']],
  ['/toa-soan/quan-tri/thoi-tiet', ['administrator']],
  ['/toa-soan/quan-tri/cai-dat', ['administrator']],
  ['/toa-soan/quan-tri/bo-cuc', ['administrator']],
  ['/toa-soan/quan-tri/he-thong', ['administrator']],
  ['/toa-soan/quan-tri/tuan-thu', ['approver', 'administrator']],
  ['/toa-soan/y-kien', ['moderator', 'administrator']],
  ['/toa-soan/y-kien/cai-dat', ['moderator', 'administrator']],
  ['/toa-soan/y-kien/1', ['moderator', 'administrator']],
]

let portal: TestPortal
const cookies = new Map<Role, string>()

before(async () => {
  portal = await buildTestPortal({ seed: true })
  for (const role of roles()) {
    await createUser(portal.db, role, `${role}@example.vn`)
    cookies.set(role, (await signIn(portal.app, `${role}@example.vn`)).cookie)
  }
})
after(() => portal.close())

for (const [path, allowed] of SCREENS) {
  test(`${path}: ${allowed.length === roles().length ? 'every role' : allowed.join(', ')}`, async () => {
    const stranger = await portal.app.inject(path)
    assert.equal(stranger.statusCode, 303, 'a stranger is sent to sign in')
    assert.match(String(stranger.headers.location), /^\/toa-soan\/dang-nhap/)
    for (const role of roles()) {
      const res = await portal.app.inject({ method: 'GET', url: path, headers: { cookie: cookies.get(role)! } })
      assert.equal(res.statusCode, allowed.includes(role) ? 200 : 403, `${role} on ${path}`)
      assert.equal(res.headers['cache-control'], 'no-store')
    }
  })
}
