import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock, TEST_PASSWORD } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { findUserById } from './user.repository.ts'
import { may } from './user.ts'

let portal: TestPortal
const clock = new TestClock()
let news: number
let mobilisation: number
let economy: number
let adminId: number
let admin: string
const form = { 'content-type': 'application/x-www-form-urlencoded' }

before(async () => {
  portal = await buildTestPortal({ clock })
  news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  economy = await createCategory(portal, 'Kinh tế')
  adminId = await createUser(portal.db, 'administrator', 'quantri@example.vn')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
})
after(() => portal.close())

type Fields = Record<string, string | string[]>

async function post(cookie: string, url: string, fields: Fields = {}) {
  const body = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie) })
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v)
  return portal.app.inject({ method: 'POST', url, headers: { ...form, cookie }, payload: body.toString() })
}
const get = (cookie: string, url: string) => portal.app.inject({ method: 'GET', url, headers: { cookie } })
const valueOf = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('value')
const isChecked = (doc: Document, selector: string) => doc.querySelector(selector)?.hasAttribute('checked') ?? false

async function invite(fields: Fields): Promise<{ id: number; password: string }> {
  const res = await post(admin, '/toa-soan/nguoi-dung', fields)
  assert.equal(res.statusCode, 201, res.body.slice(0, 500))
  const doc = parsePage(res.body)
  const id = Number(/\/toa-soan\/nguoi-dung\/(\d+)"/.exec(res.body)![1])
  return { id, password: textOf(doc, '#mat-khau-moi') }
}

/** The first thing a user given a shown password does: choose their own. Returns the new session's cookie. */
async function choosePassword(cookie: string, shown: string): Promise<string> {
  const page = await get(cookie, '/toa-soan/mat-khau')
  const _csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/mat-khau', headers: { ...form, cookie },
    payload: new URLSearchParams({ _csrf, current: shown, next: 'mat-khau-rieng-cua-toi', again: 'mat-khau-rieng-cua-toi' }).toString(),
  })
  assert.equal(res.statusCode, 303, res.body.slice(0, 300))
  return `ts_session=${res.cookies.find((c) => c.name === 'ts_session')!.value}`
}

async function auditOf(action: string, itemId: number) {
  const rows = await portal.db.selectFrom('audit_log').select(['user_id', 'details']).where('action', '=', action).where('item_id', '=', String(itemId)).orderBy('id').execute()
  return rows.map((r) => ({ userId: r.user_id, details: JSON.parse(r.details) as Record<string, any> }))
}

const sessionsOf = async (userId: number) =>
  (await portal.db.selectFrom('sessions').select('token_hash').where('user_id', '=', userId).execute()).length

test('only administrators manage users: every other role gets 403 on every route, a stranger is sent to sign in', async () => {
  const before = (await portal.db.selectFrom('users').select('id').execute()).length
  for (const role of ['reporter', 'editor', 'approver', 'moderator'] as const) {
    await createUser(portal.db, role, `khong-quyen.${role}@example.vn`)
    const cookie = (await signIn(portal.app, `khong-quyen.${role}@example.vn`)).cookie
    const answers = [
      await get(cookie, '/toa-soan/nguoi-dung'),
      await get(cookie, '/toa-soan/nguoi-dung/moi'),
      await post(cookie, '/toa-soan/nguoi-dung', { email: 'moi@example.vn', name: 'Người mới', role: 'administrator' }),
      await get(cookie, `/toa-soan/nguoi-dung/${adminId}`),
      await post(cookie, `/toa-soan/nguoi-dung/${adminId}`, { name: 'Đổi tên', role: 'reporter' }),
      await post(cookie, `/toa-soan/nguoi-dung/${adminId}/mat-khau`),
    ]
    assert.deepEqual(answers.map((r) => r.statusCode), [403, 403, 403, 403, 403, 403], role)
    assert.match(answers[0]!.body, /Bạn không có quyền thực hiện việc này/)
  }
  assert.equal((await portal.db.selectFrom('users').select('id').execute()).length, before + 4, 'only the four test users were added')
  assert.equal((await findUserById(portal.db, adminId))!.role, 'administrator')
  const stranger = await portal.app.inject('/toa-soan/nguoi-dung')
  assert.equal(stranger.statusCode, 303)
  assert.equal(stranger.headers.location, '/toa-soan/dang-nhap?tiep=%2Ftoa-soan%2Fnguoi-dung')
  assert.equal((await portal.app.inject('/toa-soan/mat-khau')).statusCode, 303)
})

test('a form without the CSRF token is refused', async () => {
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/nguoi-dung', headers: { ...form, cookie: admin },
    payload: new URLSearchParams({ email: 'csrf@example.vn', name: 'Không token', role: 'reporter' }).toString(),
  })
  assert.equal(res.statusCode, 403)
  assert.equal(await portal.db.selectFrom('users').select('id').where('email', '=', 'csrf@example.vn').executeTakeFirst(), undefined)
})

test('an invitation with mistakes comes back with a Vietnamese message beside each field and what was typed', async () => {
  const res = await post(admin, '/toa-soan/nguoi-dung', { email: 'khong-phai-thu-dien-tu', name: '', role: 'vua', categoryIds: [String(economy)] })
  assert.equal(res.statusCode, 422)
  const doc = parsePage(res.body)
  assert.equal(textOf(doc, '#e-email'), 'Thư điện tử không hợp lệ (ví dụ đúng: ten@coquan.gov.vn).')
  assert.equal(textOf(doc, '#e-name'), 'Xin nhập họ tên.')
  assert.equal(textOf(doc, '#e-role'), 'Vai trò không hợp lệ.')
  assert.equal(valueOf(doc, '#f-email'), 'khong-phai-thu-dien-tu')
  assert.ok(isChecked(doc, `input[name="categoryIds"][value="${economy}"]`), 'the chosen category stays chosen')
  assert.ok(!isChecked(doc, `input[name="categoryIds"][value="${mobilisation}"]`))
  assert.equal(doc.querySelector('#f-email')?.getAttribute('aria-describedby'), 'e-email')

  const taken = await post(admin, '/toa-soan/nguoi-dung', { email: ' PhongVien@Example.VN ', name: 'x'.repeat(121), role: 'editor' })
  assert.equal(taken.statusCode, 422)
  const again = parsePage(taken.body)
  assert.equal(textOf(again, '#e-email'), 'Thư điện tử này đã có người dùng.')
  assert.equal(textOf(again, '#e-name'), 'Họ tên dài quá 120 ký tự.')
  assert.equal(valueOf(again, '#f-name'), 'x'.repeat(121))
  assert.equal(again.querySelector('#f-role option[selected]')?.getAttribute('value'), 'editor')

  const missing = parsePage((await post(admin, '/toa-soan/nguoi-dung', { categoryIds: '99999' })).body)
  assert.equal(textOf(missing, '#e-email'), 'Xin nhập thư điện tử.')
  assert.equal(textOf(missing, '#e-role'), 'Xin chọn vai trò.')
  assert.equal(textOf(missing, '#e-categoryIds'), 'Có chuyên mục không còn tồn tại; xin chọn lại.')
})

test('an administrator invites a reporter and an editor; the password shown once signs them in', async () => {
  const page = await post(admin, '/toa-soan/nguoi-dung', { email: 'Anh.Dao@Example.vn', name: 'Đào Thị Ánh', role: 'reporter' })
  assert.equal(page.statusCode, 201)
  assert.equal(page.headers['cache-control'], 'no-store')
  assert.match(page.body, /chỉ hiện một lần/)
  assert.match(page.body, /không gửi thư điện tử/)
  const password = textOf(parsePage(page.body), '#mat-khau-moi')
  assert.ok(password.length >= 10)
  const reporter = await signIn(portal.app, 'anh.dao@example.vn', password)
  assert.equal(reporter.status, 303)
  const first = await get(reporter.cookie, '/toa-soan')
  assert.equal(first.statusCode, 303, 'a password the administrator saw must be changed first')
  assert.equal(first.headers.location, '/toa-soan/mat-khau')
  assert.equal((await get(await choosePassword(reporter.cookie, password), '/toa-soan')).statusCode, 200)

  const editor = await invite({ email: 'binh.au@example.vn', name: 'Âu Văn <Bình>', role: 'editor', categoryIds: String(mobilisation) })
  assert.equal((await signIn(portal.app, 'binh.au@example.vn', editor.password)).status, 303)
  const stored = await portal.db.selectFrom('users').select(['password_hash', 'role']).where('id', '=', editor.id).executeTakeFirstOrThrow()
  assert.ok(stored.password_hash.startsWith('scrypt$') && !stored.password_hash.includes(editor.password))
  assert.equal(stored.role, 'editor')

  const [created] = await auditOf('user.create', editor.id)
  assert.deepEqual(created, { userId: adminId, details: { email: 'binh.au@example.vn', role: 'editor', categoryIds: [mobilisation], invitation: 'shown' } })
  assert.ok(!JSON.stringify(await portal.db.selectFrom('audit_log').select('details').execute()).includes(editor.password), 'no password in the audit log')

  const list = await get(admin, '/toa-soan/nguoi-dung')
  assert.equal(list.statusCode, 200)
  assert.ok(!list.body.includes('<Bình>'), 'names are escaped')
  const doc = parsePage(list.body)
  const names = allText(doc, '.users tbody td:nth-child(1)')
  assert.deepEqual(names, [...names].sort(new Intl.Collator('vi').compare))
  assert.ok(names.indexOf('Âu Văn <Bình>') < names.indexOf('Người dùng administrator'), 'Â sorts with A, as in Vietnamese, not after Z')
  const row = [...doc.querySelectorAll('.users tbody tr')].find((tr) => tr.textContent!.includes('binh.au@example.vn'))!
  assert.deepEqual([...row.querySelectorAll('td')].map((td) => td.textContent!.trim()), ['Âu Văn <Bình>', 'binh.au@example.vn', 'Biên tập viên', 'Dân vận', 'Đang hoạt động'])
  const reporterRow = [...doc.querySelectorAll('.users tbody tr')].find((tr) => tr.textContent!.includes('anh.dao@example.vn'))!
  assert.match(reporterRow.textContent!, /Phóng viên, cộng tác viên[\s\S]*Mọi chuyên mục/)
})

test('category limits are saved and respected: an editor of Dân vận cannot open a Kinh tế article until given it', async () => {
  const editor = await invite({ email: 'bientap.danvan@example.vn', name: 'Biên tập Dân vận', role: 'editor', categoryIds: String(mobilisation) })
  const rows = await portal.db.selectFrom('user_categories').select('category_id').where('user_id', '=', editor.id).execute()
  assert.deepEqual(rows.map((r) => r.category_id), [mobilisation])
  const user = (await findUserById(portal.db, editor.id))!
  assert.ok(may(user, 'article.review', mobilisation))
  assert.ok(!may(user, 'article.review', economy))

  const reporter = (await signIn(portal.app, 'phongvien@example.vn')).cookie
  const write = async (categoryId: number) => {
    const res = await post(reporter, '/toa-soan/bai-viet', { title: `Bài thử quyền ${categoryId}`, lead: '', bodyHtml: '<p>Nội dung.</p>', categoryId: String(categoryId) })
    assert.equal(res.statusCode, 303, res.body.slice(0, 300))
    const id = Number(/(\d+)$/.exec(String(res.headers.location))![1])
    assert.equal((await post(reporter, `/toa-soan/bai-viet/${id}/chuyen`, { transition: 'submit' })).statusCode, 303)
    return id
  }
  const economyArticle = await write(economy)
  const mobilisationArticle = await write(mobilisation)
  const cookie = await choosePassword((await signIn(portal.app, 'bientap.danvan@example.vn', editor.password)).cookie, editor.password)
  assert.equal((await get(cookie, `/toa-soan/bai-viet/${mobilisationArticle}`)).statusCode, 200)
  assert.equal((await get(cookie, `/toa-soan/bai-viet/${economyArticle}`)).statusCode, 403)

  const edit = parsePage((await get(admin, `/toa-soan/nguoi-dung/${editor.id}`)).body)
  assert.ok(isChecked(edit, `input[name="categoryIds"][value="${mobilisation}"]`))
  assert.ok(!isChecked(edit, `input[name="categoryIds"][value="${economy}"]`))
  const saved = await post(admin, `/toa-soan/nguoi-dung/${editor.id}`, { name: 'Biên tập Dân vận', role: 'editor', isActive: '1', categoryIds: [String(mobilisation), String(economy)] })
  assert.equal(saved.statusCode, 303)
  assert.equal((await get(cookie, `/toa-soan/bai-viet/${economyArticle}`)).statusCode, 200, 'the new limit applies at once')

  await post(admin, `/toa-soan/nguoi-dung/${editor.id}`, { name: 'Biên tập Dân vận', role: 'editor', isActive: '1' })
  assert.deepEqual((await findUserById(portal.db, editor.id))!.categoryIds, [], 'no limit: every category')
  const changes = (await auditOf('user.update', editor.id)).map((a) => a.details.changes.categoryIds)
  assert.deepEqual(changes, [{ from: [mobilisation], to: [mobilisation, economy].sort((a, b) => a - b) }, { from: [mobilisation, economy].sort((a, b) => a - b), to: [] }])
})

test('an administrator changes a name and a role; the audit log says what changed', async () => {
  const { id } = await invite({ email: 'doi.vaitro@example.vn', name: 'Tên cũ', role: 'reporter' })
  const res = await post(admin, `/toa-soan/nguoi-dung/${id}`, { name: 'Tên mới', role: 'approver', isActive: '1' })
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, `/toa-soan/nguoi-dung/${id}?da-luu`)
  const page = parsePage((await get(admin, String(res.headers.location))).body)
  assert.equal(textOf(page, '[role=status]'), 'Đã lưu các thay đổi.')
  assert.equal(valueOf(page, '#f-name'), 'Tên mới')
  const user = (await findUserById(portal.db, id))!
  assert.equal(user.name, 'Tên mới')
  assert.equal(user.role, 'approver')
  const [entry] = await auditOf('user.update', id)
  assert.deepEqual(entry!.details.changes, { name: { from: 'Tên cũ', to: 'Tên mới' }, role: { from: 'reporter', to: 'approver' } })
  assert.equal(entry!.userId, adminId)

  const bad = await post(admin, `/toa-soan/nguoi-dung/${id}`, { name: '', role: 'approver', isActive: '1' })
  assert.equal(bad.statusCode, 422)
  assert.equal(textOf(parsePage(bad.body), '#e-name'), 'Xin nhập họ tên.')
  assert.equal((await get(admin, '/toa-soan/nguoi-dung/999999')).statusCode, 404)
  assert.equal((await get(admin, '/toa-soan/nguoi-dung/abc')).statusCode, 404)
})

test('deactivating a user ends their sessions at once and keeps them out until reactivated', async () => {
  const { id, password } = await invite({ email: 'se.bi.khoa@example.vn', name: 'Sẽ bị khóa', role: 'reporter' })
  const cookie = (await signIn(portal.app, 'se.bi.khoa@example.vn', password)).cookie
  await signIn(portal.app, 'se.bi.khoa@example.vn', password)
  assert.equal(await sessionsOf(id), 2)

  assert.equal((await post(admin, `/toa-soan/nguoi-dung/${id}`, { name: 'Sẽ bị khóa', role: 'reporter' })).statusCode, 303)
  assert.equal(await sessionsOf(id), 0)
  const after = await get(cookie, '/toa-soan')
  assert.equal(after.statusCode, 303)
  assert.match(String(after.headers.location), /^\/toa-soan\/dang-nhap/)
  assert.equal((await signIn(portal.app, 'se.bi.khoa@example.vn', password)).status, 422)
  assert.match(parsePage((await get(admin, '/toa-soan/nguoi-dung')).body).querySelector('.users')!.textContent!, /se\.bi\.khoa@example\.vn[\s\S]*?Đã khóa/)
  const [entry] = await auditOf('user.update', id)
  assert.deepEqual(entry!.details, { changes: { isActive: { from: true, to: false } }, sessionsEnded: 2 })

  await post(admin, `/toa-soan/nguoi-dung/${id}`, { name: 'Sẽ bị khóa', role: 'reporter', isActive: '1' })
  assert.equal((await signIn(portal.app, 'se.bi.khoa@example.vn', password)).status, 303)
})

test('an administrator cannot lock themselves out: neither deactivate nor demote themselves', async () => {
  const res = await post(admin, `/toa-soan/nguoi-dung/${adminId}`, { name: 'Quản trị', role: 'reporter' })
  assert.equal(res.statusCode, 422)
  const doc = parsePage(res.body)
  assert.equal(textOf(doc, '#e-isActive'), 'Bạn không thể tự khóa tài khoản của chính mình.')
  assert.match(textOf(doc, '#e-role'), /Bạn không thể tự bỏ vai trò quản trị của chính mình/)
  assert.equal(valueOf(doc, '#f-name'), 'Quản trị', 'what was typed is kept')
  const me = (await findUserById(portal.db, adminId))!
  assert.equal(me.role, 'administrator')
  assert.ok(me.isActive)
  assert.ok(await sessionsOf(adminId) > 0)
  assert.equal((await get(admin, '/toa-soan/nguoi-dung')).statusCode, 200, 'still an administrator')

  assert.equal((await post(admin, `/toa-soan/nguoi-dung/${adminId}`, { name: 'Quản trị viên chính', role: 'administrator', isActive: '1' })).statusCode, 303, 'other changes to oneself are fine')
  const reset = await post(admin, `/toa-soan/nguoi-dung/${adminId}/mat-khau`)
  assert.equal(reset.statusCode, 400)
  assert.match(reset.body, /xin dùng trang Đổi mật khẩu/)
  assert.equal((await signIn(portal.app, 'quantri@example.vn')).status, 303, 'the password is unchanged')
})

test('resetting a password shows a new one once, ends the old sessions and retires the old password', async () => {
  const { id, password } = await invite({ email: 'quen.matkhau@example.vn', name: 'Quên mật khẩu', role: 'moderator' })
  const cookie = (await signIn(portal.app, 'quen.matkhau@example.vn', password)).cookie
  const res = await post(admin, `/toa-soan/nguoi-dung/${id}/mat-khau`)
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /Đã đặt lại mật khẩu/)
  const fresh = textOf(parsePage(res.body), '#mat-khau-moi')
  assert.notEqual(fresh, password)
  assert.equal(await sessionsOf(id), 0)
  assert.equal((await get(cookie, '/toa-soan')).statusCode, 303)
  assert.equal((await signIn(portal.app, 'quen.matkhau@example.vn', password)).status, 422)
  assert.equal((await signIn(portal.app, 'quen.matkhau@example.vn', fresh)).status, 303)
  const [entry] = await auditOf('user.reset-password', id)
  assert.deepEqual(entry, { userId: adminId, details: { sessionsEnded: 1, handover: 'shown' } })
})

test('changing one\'s own password needs the right current one and ends the other sessions', async () => {
  const id = await createUser(portal.db, 'reporter', 'tu.doi@example.vn')
  const here = (await signIn(portal.app, 'tu.doi@example.vn')).cookie
  const elsewhere = (await signIn(portal.app, 'tu.doi@example.vn')).cookie
  const form = await get(here, '/toa-soan/mat-khau')
  assert.equal(form.statusCode, 200)
  assert.match(form.body, /name="_csrf"/)

  const wrong = await post(here, '/toa-soan/mat-khau', { current: 'khong-dung-dau', next: 'mot cau rat de nho', again: 'mot cau rat de nho' })
  assert.equal(wrong.statusCode, 422)
  assert.equal(textOf(parsePage(wrong.body), '#e-current'), 'Mật khẩu hiện tại không đúng.')
  assert.ok(!wrong.body.includes('mot cau rat de nho'), 'passwords are never echoed back')
  const short = parsePage((await post(here, '/toa-soan/mat-khau', { current: TEST_PASSWORD, next: 'ngan', again: 'ngan' })).body)
  assert.equal(textOf(short, '#e-next'), 'Mật khẩu mới phải có ít nhất 10 ký tự.')
  const mismatch = parsePage((await post(here, '/toa-soan/mat-khau', { current: TEST_PASSWORD, next: 'mot cau rat de nho', again: 'mot cau khac han' })).body)
  assert.equal(textOf(mismatch, '#e-again'), 'Hai lần nhập mật khẩu mới không khớp.')
  assert.equal((await signIn(portal.app, 'tu.doi@example.vn')).status, 303, 'nothing changed yet')

  const ok = await post(here, '/toa-soan/mat-khau', { current: TEST_PASSWORD, next: 'mot cau rat de nho', again: 'mot cau rat de nho' })
  assert.equal(ok.statusCode, 303)
  assert.equal(ok.headers.location, '/toa-soan/mat-khau?da-doi')
  const renewed = ok.cookies.find((c) => c.name === 'ts_session')!
  const done = await get(`ts_session=${renewed.value}`, String(ok.headers.location))
  assert.equal(done.statusCode, 200, 'this browser stays signed in')
  assert.match(done.body, /Đã đổi mật khẩu/)
  assert.equal(await sessionsOf(id), 1, 'every other session ended')
  assert.equal((await get(elsewhere, '/toa-soan')).statusCode, 303)
  assert.equal((await get(here, '/toa-soan')).statusCode, 303, 'the old cookie is retired too')
  assert.equal((await signIn(portal.app, 'tu.doi@example.vn')).status, 422)
  assert.equal((await signIn(portal.app, 'tu.doi@example.vn', 'mot cau rat de nho')).status, 303)

  const changed = await auditOf('user.change-password', id)
  assert.deepEqual(changed, [{ userId: id, details: { otherSessionsEnded: 2 } }])
  assert.equal((await auditOf('user.change-password-failed', id)).length, 1)
})
