import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../support/factories.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'
import { eventually } from '../support/wait.ts'

// The four background jobs under the one runner, as main.ts starts them and closing stops them.
let portal: TestPortal
let category: number

before(async () => {
  portal = await buildTestPortal()
  category = await createCategory(portal, 'Tin tức')
})
after(() => portal.close())

const statusOf = async (id: number) => (await portal.db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status

test('once started, the scheduler publishes at once what fell due while the portal was down', async () => {
  const due = await createArticle(portal, { title: 'Bài hẹn giờ đã đến hạn', categoryId: category, status: 'scheduled', publishedAt: new Date(Date.now() - 60_000) })
  assert.equal(await statusOf(due.id), 'scheduled')
  portal.jobs.start()
  await eventually(async () => (await statusOf(due.id)) === 'published', 'the scheduled article is published')
  const scheduler = portal.jobs.status().find((job) => job.name === 'scheduler')!
  assert.ok(scheduler.lastSuccessAt, 'the run is recorded')
  assert.ok(scheduler.nextRunAt, 'and the next one planned')
})

test('an instance that closes writes the views it has counted but not yet saved', async () => {
  const article = await createArticle(portal, { title: 'Bài được đọc trước khi tắt máy', categoryId: category })
  const other = await buildTestPortal({ sameDatabaseAs: portal })
  other.views.record(article.id, '192.0.2.7')
  other.views.record(article.id, '192.0.2.8')
  await other.close()
  const rows = await portal.db.selectFrom('article_views').select('views').where('article_id', '=', article.id).execute()
  assert.deepEqual(rows.map((r) => Number(r.views)), [2])
})
