import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { eventually } from '../../../test/support/wait.ts'
import { migrateToLatest } from '../../migrations/index.ts'
import { PORTAL_MODULES } from '../../modules.ts'
import { migrationsOf } from '../../platform/module-list.ts'

// The "Thông báo" module is issue 12's proof that a feature is one folder plus one line in
// src/modules.ts: its table, prefix, right, event, purge, block, newsroom link and screen are
// all declared in its manifest.

const sidebarNotices = async (base: string) => {
  const doc = parsePage(await (await fetch(base + '/')).text())
  return [...doc.querySelectorAll('aside.sidebar .notices-block li')].map((li) => li.textContent!.trim())
}

async function post(portal: TestPortal, cookie: string, url: string, fields: Record<string, string>) {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
}

test('an editor\'s notice appears in the sidebar of both instances at once, and leaves both when hidden', async () => {
  const env = { REDIS_URL: process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379' }
  const a = await buildTestPortal({ env })
  const b = await buildTestPortal({ env, sameDatabaseAs: a })
  try {
    const [baseA, baseB] = [await a.listen(), await b.listen()]
    await eventually(() => a.relay?.state === 'up' && b.relay?.state === 'up', 'both instances reach Redis')
    // Cached on both before the change: the change must purge them.
    for (const base of [baseA, baseB]) assert.deepEqual(await sidebarNotices(base), [])
    for (const portal of [a, b]) assert.ok(portal.cache.get('/'), 'the home page is kept in the page cache')

    await createUser(a.db, 'editor', 'bientap@example.vn')
    const editor = (await signIn(a.app, 'bientap@example.vn')).cookie
    assert.match((await a.app.inject({ url: '/toa-soan', headers: { cookie: editor } })).body, /href="\/toa-soan\/thong-bao"/, 'the newsroom links its screen')
    const added = await post(a, editor, '/toa-soan/thong-bao', { title: 'Lịch tiếp công dân tháng 12', body: 'Thứ Năm hằng tuần', linkUrl: '/thong-bao', shown: '1', position: '' })
    assert.equal(added.statusCode, 303, added.body.slice(0, 300))

    for (const base of [baseA, baseB]) {
      await eventually(async () => (await sidebarNotices(base)).length === 1, `the notice shows on ${base}`, 2000)
      assert.deepEqual(await sidebarNotices(base), ['Lịch tiếp công dân tháng 12 Thứ Năm hằng tuần'])
    }
    assert.match(textOf(parsePage(await (await fetch(baseB + '/thong-bao')).text()), 'main'), /Lịch tiếp công dân tháng 12/)
    assert.ok(b.cache.get('/thong-bao'), 'the notices page is cached too')

    const [id] = (await a.db.selectFrom('notices').select('id').execute()).map((r) => r.id)
    assert.equal((await post(a, editor, `/toa-soan/thong-bao/${id}`, { title: 'Lịch tiếp công dân tháng 12', body: '', linkUrl: '', position: '0' })).statusCode, 303)
    for (const base of [baseA, baseB]) await eventually(async () => (await sidebarNotices(base)).length === 0, `the hidden notice leaves ${base}`, 2000)
    assert.match(textOf(parsePage(await (await fetch(baseB + '/thong-bao')).text()), 'main'), /Hiện chưa có thông báo nào/)
    const audit = await a.db.selectFrom('audit_log').select('action').where('item_type', '=', 'notice').orderBy('id').execute()
    assert.deepEqual(audit.map((r) => r.action), ['notice.create', 'notice.update'])
  } finally {
    await b.close()
    await a.close()
  }
})

test('a reporter cannot reach the screen; a bad link is refused in Vietnamese and nothing is saved', async () => {
  const portal = await buildTestPortal()
  try {
    await createUser(portal.db, 'reporter', 'phongvien@example.vn')
    await createUser(portal.db, 'approver', 'lanhdao@example.vn')
    const reporter = (await signIn(portal.app, 'phongvien@example.vn')).cookie
    assert.equal((await portal.app.inject({ url: '/toa-soan/thong-bao', headers: { cookie: reporter } })).statusCode, 403)
    assert.equal((await post(portal, reporter, '/toa-soan/thong-bao', { title: 'Không được', shown: '1' })).statusCode, 403)

    const approver = (await signIn(portal.app, 'lanhdao@example.vn')).cookie
    const refused = await post(portal, approver, '/toa-soan/thong-bao', { title: '', linkUrl: 'javascript:alert(1)', shown: '1' })
    assert.equal(refused.statusCode, 422)
    const page = parsePage(refused.body)
    assert.match(textOf(page, '#e-title'), /tiêu đề/i)
    assert.equal(textOf(page, '#e-linkUrl'), 'Liên kết phải là một trang web (https://…) hoặc một đường dẫn trong cổng (/…).')
    assert.equal((await portal.db.selectFrom('notices').select('id').execute()).length, 0)
  } finally {
    await portal.close()
  }
})

test('a portal whose category already holds /thong-bao keeps serving it when the module arrives; new categories cannot take it', async () => {
  const without = PORTAL_MODULES.filter((m) => m.name !== 'notices')
  const before = await buildTestPortal({ modules: without })
  await createCategory(before, 'Thông báo')
  await createUser(before.db, 'administrator', 'quantri@example.vn')
  await migrateToLatest(before.database, migrationsOf(PORTAL_MODULES))
  const upgraded = await buildTestPortal({ sameDatabaseAs: before })
  try {
    assert.deepEqual([...upgraded.heldPrefixes], ['thong-bao'], 'the module\'s prefix stays off')
    const page = parsePage((await upgraded.app.inject('/thong-bao')).body)
    assert.equal(textOf(page, 'main h1'), 'Thông báo')
    assert.equal(page.querySelector('main ul.notices'), null, 'the category\'s page, not the module\'s')
    const admin = (await signIn(upgraded.app, 'quantri@example.vn')).cookie
    assert.match(textOf(parsePage((await upgraded.app.inject({ url: '/toa-soan', headers: { cookie: admin } })).body), '#can-xu-ly + ul'), /\/thong-bao, đường dẫn của mô-đun Thông báo/)
    const another = await post(upgraded, admin, '/toa-soan/quan-tri/chuyen-muc', { name: 'Thông báo mới', slug: 'thong-bao', parentId: '', position: '', description: '', inMenu: '1' })
    assert.equal(another.statusCode, 422)
    assert.match(textOf(parsePage(another.body), '#e-slug'), /thuộc mô-đun Thông báo/)
  } finally {
    await upgraded.close()
    await before.close()
  }
})
