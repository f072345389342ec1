import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { test } from 'node:test'
import { migrateToLatest } from '../../src/migrations/index.ts'
import { PORTAL_MODULES } from '../../src/modules.ts'
import { migrationsOf } from '../../src/platform/module-list.ts'
import type { PortalModule } from '../../src/platform/module.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { parsePage, textOf } from '../support/html.ts'
import { createUser, csrfOf, signIn } from '../support/newsroom.ts'
import { buildTestPortal, openTestDatabase } from '../support/test-portal.ts'
import { eventually } from '../support/wait.ts'

// A module added the way a new feature is: one manifest, handed to the platform with the
// portal's own modules. Nothing outside it names its prefix, its event or its cache tag.
declare module '../../src/platform/events.ts' {
  interface NewsroomEvents {
    'bulletin.changed': { bulletinId: number }
  }
}

let served = 0
const bulletinsModule: PortalModule = {
  name: 'bulletins',
  title: 'Bản tin',
  publicPrefixes: ['ban-tin'],
  relayed: ['bulletin.changed'],
  purges: { 'bulletin.changed': ({ bulletinId }) => [`bulletin:${bulletinId}`] },
  publicRoutes: ({ responder }) => async (app) => {
    app.get<{ Params: { id: string } }>('/ban-tin/:id', async (req, reply) =>
      responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body: `<p>Bản tin ${req.params.id}, lần ${++served}</p>`, tags: [`bulletin:${req.params.id}`] }))
  },
}
const withBulletins = [...PORTAL_MODULES, bulletinsModule]

test('a module claiming a prefix another module serves stops the start, naming both', async () => {
  const clashing: PortalModule = { ...bulletinsModule, name: 'search-again', publicPrefixes: ['tim-kiem'] }
  await assert.rejects(buildTestPortal({ modules: [...PORTAL_MODULES, clashing] }), /modules "search" and "search-again" both claim the public prefix "\/tim-kiem"/)
})

test('a module\'s relayed event reaches a second instance over Redis and purges its tag there', async () => {
  const env = { REDIS_URL: process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379' }
  const a = await buildTestPortal({ env, modules: withBulletins })
  const b = await buildTestPortal({ env, modules: withBulletins, sameDatabaseAs: a })
  try {
    const baseB = await b.listen()
    await eventually(() => a.relay?.state === 'up' && b.relay?.state === 'up', 'both instances reach Redis')
    const first = await (await fetch(baseB + '/ban-tin/7')).text()
    assert.equal(await (await fetch(baseB + '/ban-tin/7')).text(), first, 'kept by B')
    await fetch(baseB + '/ban-tin/8')
    a.events.emit('bulletin.changed', { bulletinId: 7 })
    await eventually(() => b.cache.get('/ban-tin/7') === undefined, 'B dropped the bulletin A changed', 1000)
    assert.ok(b.cache.get('/ban-tin/8'), 'another bulletin stays kept')
    assert.notEqual(await (await fetch(baseB + '/ban-tin/7')).text(), first)
  } finally {
    await b.close()
    await a.close()
  }
})

test('migrations of two modules are applied in name order, whichever module is listed first', async () => {
  const { database, drop } = await openTestDatabase()
  try {
    const log = (step: string) => async (db: Parameters<NonNullable<PortalModule['migrations']>[string]['up']>[0]) => {
      await sql`insert into module_steps (n, step) select count(*) + 1, ${step} from module_steps`.execute(db)
    }
    const second: PortalModule = { name: 'second', title: 'Hai', migrations: { '20300101-0002-second': { up: log('second') } } }
    const first: PortalModule = {
      name: 'first', title: 'Một',
      migrations: {
        '20300101-0001-first': {
          up: async (db) => {
            await db.schema.createTable('module_steps').addColumn('n', 'integer', (c) => c.primaryKey()).addColumn('step', 'text').execute()
            await log('first')(db)
          },
        },
        '20300101-0003-third': { up: log('third') },
      },
    }
    await migrateToLatest(database, migrationsOf([second, first]))
    const steps = await sql<{ step: string }>`select step from module_steps order by n`.execute(database.db)
    assert.deepEqual(steps.rows.map((r) => r.step), ['first', 'second', 'third'])
  } finally {
    await database.close()
    await drop()
  }
})

const surveysModule: PortalModule = {
  name: 'surveys-fake',
  title: 'Khảo sát thử',
  publicPrefixes: ['khao-sat-thu'],
  publicRoutes: () => async (app) => {
    app.get('/khao-sat-thu', async () => 'Trang mô-đun Khảo sát thử')
  },
}

test('a category already at a new module\'s prefix keeps serving until renamed; then its old address answers 301 and, after a restart, the module serves', async () => {
  const before = await buildTestPortal()
  const categoryId = await createCategory(before, 'Khảo sát thử')
  const { slug } = await createArticle(before, { title: 'Quyết định ban hành quy chế', categoryId })
  await createUser(before.db, 'administrator', 'quantri@example.vn')
  await createUser(before.db, 'editor', 'bientap@example.vn')

  const upgraded = await buildTestPortal({ modules: [...PORTAL_MODULES, surveysModule], sameDatabaseAs: before })
  const admin = (await signIn(upgraded.app, 'quantri@example.vn')).cookie
  try {
    assert.deepEqual([...upgraded.heldPrefixes], ['khao-sat-thu'])
    const page = await upgraded.app.inject('/khao-sat-thu')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Quyết định ban hành quy chế/, 'the category page, not the module\'s')
    assert.equal((await upgraded.app.inject(`/khao-sat-thu/${slug}`)).statusCode, 200, 'and its articles')

    const dashboard = parsePage((await upgraded.app.inject({ url: '/toa-soan', headers: { cookie: admin } })).body)
    assert.match(textOf(dashboard, '#can-xu-ly + ul'), /Chuyên mục “Khảo sát thử” đang giữ đường dẫn \/khao-sat-thu, đường dẫn của mô-đun Khảo sát thử.*“chuyen-muc-khao-sat-thu”/)
    const editor = (await signIn(upgraded.app, 'bientap@example.vn')).cookie
    assert.doesNotMatch((await upgraded.app.inject({ url: '/toa-soan', headers: { cookie: editor } })).body, /khao-sat-thu/, 'an editor is not told')

    const form = (fields: Record<string, string>, csrf: string) => ({
      method: 'POST' as const, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: admin },
      payload: new URLSearchParams({ _csrf: csrf, parentId: '', position: '', description: '', inMenu: '1', ...fields }).toString(),
    })
    const another = await upgraded.app.inject({ url: '/toa-soan/quan-tri/chuyen-muc', ...form({ name: 'Khảo sát thử mới', slug: 'khao-sat-thu' }, await csrfOf(upgraded.app, admin)) })
    assert.equal(another.statusCode, 422)
    assert.equal(textOf(parsePage(another.body), '#e-slug'), 'Đường dẫn “khao-sat-thu” thuộc mô-đun Khảo sát thử, dành riêng cho hệ thống; xin chọn đường dẫn khác.')

    const ontoSearch = await upgraded.app.inject({ url: `/toa-soan/quan-tri/chuyen-muc/${categoryId}`, ...form({ name: 'Khảo sát thử', slug: 'tim-kiem' }, await csrfOf(upgraded.app, admin)) })
    assert.equal(textOf(parsePage(ontoSearch.body), '#e-slug'), 'Đường dẫn “tim-kiem” thuộc mô-đun Tìm kiếm, dành riêng cho hệ thống; xin chọn đường dẫn khác.', 'no rename onto another module')

    const renamed = await upgraded.app.inject({ url: `/toa-soan/quan-tri/chuyen-muc/${categoryId}`, ...form({ name: 'Khảo sát thử', slug: 'chuyen-muc-khao-sat-thu' }, await csrfOf(upgraded.app, admin)) })
    assert.equal(renamed.statusCode, 303)
    const moved = await upgraded.app.inject('/khao-sat-thu')
    assert.equal(moved.statusCode, 301)
    assert.equal(moved.headers.location, '/chuyen-muc-khao-sat-thu')
    assert.match(textOf(parsePage((await upgraded.app.inject({ url: '/toa-soan', headers: { cookie: admin } })).body), '#can-xu-ly + ul'), /\/khao-sat-thu đã trống: mô-đun Khảo sát thử sẽ nhận đường dẫn này khi cổng thông tin khởi động lại/)
  } finally {
    await upgraded.close()
  }

  const restarted = await buildTestPortal({ modules: [...PORTAL_MODULES, surveysModule], sameDatabaseAs: before })
  try {
    assert.equal(restarted.heldPrefixes.size, 0)
    assert.equal((await restarted.app.inject('/khao-sat-thu')).body, 'Trang mô-đun Khảo sát thử')
    assert.equal((await restarted.app.inject(`/chuyen-muc-khao-sat-thu/${slug}`)).statusCode, 200)
    const admin2 = (await signIn(restarted.app, 'quantri@example.vn')).cookie
    assert.doesNotMatch((await restarted.app.inject({ url: '/toa-soan', headers: { cookie: admin2 } })).body, /đã trống: mô-đun/, 'the prefix alert is gone')
  } finally {
    await restarted.close()
    await before.close()
  }
})

// A point opened by one module and added to by another, with no edit of the platform's lists.
declare module '../../src/platform/module.ts' {
  interface ContributionPoints {
    /** The bulletin board's notices, added by any module. */
    boardNotices: { text: string }
  }
}

test('a module opens a point by declaring it; others add to it; the opener reads every addition, each with its module', async () => {
  const board: PortalModule = {
    name: 'board',
    title: 'Bảng tin',
    publicPrefixes: ['bang-tin-giao-ban'],
    contributes: () => ({ boardNotices: [{ text: 'Họp giao ban thứ Hai' }] }),
    publicRoutes: ({ contributions }) => async (app) => {
      app.get('/bang-tin-giao-ban', async () => contributions.byModule('boardNotices').map(({ module, item }) => `${module}: ${item.text}`))
    },
  }
  const notices: PortalModule = { name: 'notices-extra', title: 'Thông báo', contributes: () => ({ boardNotices: [{ text: 'Mất điện chiều nay' }, { text: 'Đổi giờ làm' }] }) }
  const portal = await buildTestPortal({ modules: [...PORTAL_MODULES, board, notices] })
  try {
    const res = await portal.app.inject('/bang-tin-giao-ban')
    assert.deepEqual(res.json(), ['board: Họp giao ban thứ Hai', 'notices-extra: Mất điện chiều nay', 'notices-extra: Đổi giờ làm'])
  } finally {
    await portal.close()
  }
  // Read in `provide`, a point would be seen half filled: that is refused at once.
  const early: PortalModule = { name: 'early', title: 'Sớm', provide: ({ contributions }) => (contributions.of('boardNotices'), {}) }
  await assert.rejects(buildTestPortal({ modules: [...PORTAL_MODULES, early] }), /"boardNotices" was read before every module's contributions were collected/)
})
