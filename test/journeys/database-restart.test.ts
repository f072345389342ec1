import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { buildApp, type Portal } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { migrateToLatest } from '../../src/migrations/index.ts'
import { connectDatabase, type DatabaseHandle } from '../../src/platform/db/connect.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { parsePage, textOf } from '../support/html.ts'
import { PrivatePostgres } from '../support/private-postgres.ts'
import { eventually } from '../support/wait.ts'

// PostgreSQL restarted under a running portal: readers get a quick 503 page (pages already in
// memory keep being served), and the portal recovers by itself when the database is back.
let postgres: PrivatePostgres
let database: DatabaseHandle
let portal: Portal
let base: string
let mediaDir: string

before(async () => {
  postgres = await PrivatePostgres.start()
  mediaDir = mkdtempSync(join(tmpdir(), 'toasoan-media-'))
  const config = loadConfig({ DATABASE_URL: postgres.url, MEDIA_DIR: mediaDir, WEATHER_URL: 'http://127.0.0.1:9/v1/forecast', LOG_LEVEL: 'silent' })
  database = await connectDatabase(config.databaseUrl)
  await migrateToLatest(database)
  portal = await buildApp({ config, database, clock: { now: () => new Date() }, logger: false })
  await portal.app.listen({ port: 0, host: '127.0.0.1' })
  base = `http://127.0.0.1:${(portal.app.server.address() as { port: number }).port}`
})
after(async () => {
  await portal.app.close()
  await database.close()
  postgres.remove()
  rmSync(mediaDir, { recursive: true, force: true })
})

/** A request that must be answered; a hang fails the test instead of stalling it. */
const get = (path: string) => fetch(base + path, { signal: AbortSignal.timeout(10_000) })

test('while PostgreSQL is down readers get a 503 page at once, cached pages still answer, and it all comes back without a restart', async () => {
  const newsroom = { db: database.db, events: portal.events }
  const categoryId = await createCategory(newsroom, 'Dân vận')
  const seen = await createArticle(newsroom, { title: 'Bài đã có người đọc', categoryId })
  const unseen = await createArticle(newsroom, { title: 'Bài chưa ai đọc', categoryId })
  assert.equal((await get(`/dan-van/${seen.slug}`)).status, 200)

  // Readers keep writing comments the whole time (never cached: every one needs the database),
  // each from its own address: each gets an answer, never a 500, never a hang. Each answer is
  // noted with the state the database was in when its request left, and the test waits until
  // readers have met both states (pg_ctl blocks this process while it stops and starts the
  // server, so a reader pausing on a timer could sleep through the whole outage).
  const answers: { status: number; database: 'up' | 'down' | 'back' }[] = []
  let state: 'up' | 'down' | 'back' = 'up'
  let reading = true
  const readers = Promise.all([1, 2, 3].map(async (reader) => {
    for (let i = 0; reading; i++) {
      const database = state
      const res = await fetch(`${base}/y-kien/${unseen.id}`, {
        method: 'POST', signal: AbortSignal.timeout(10_000),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `203.0.113.${reader * 60 + (i % 60)}` },
        body: new URLSearchParams({ name: 'Bạn đọc', email: `doc${reader}x${i}@example.vn`, body: `Ý kiến ${reader}-${i} khi cơ sở dữ liệu khởi động lại` }),
      }).catch((error: Error) => ({ status: error.name === 'TimeoutError' ? -1 : 0 }))
      answers.push({ status: res.status, database })
    }
  }))
  const answered = (status: number, database: string) => answers.some((a) => a.status === status && a.database === database)

  // Readers stop however the test ends: a failed assertion must not leave them posting.
  try {
    postgres.stop()
    state = 'down'
    const down = await get(`/dan-van/${unseen.slug}`)
    assert.equal(down.status, 503)
    assert.equal(down.headers.get('retry-after'), '5')
    assert.match(textOf(parsePage(await down.text()), 'main'), /tạm thời gián đoạn/)
    const api = await get(`/api/v1/articles/${unseen.id}`)
    assert.equal(api.status, 503)
    assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'service_unavailable')
    assert.equal((await get('/healthz')).status, 503)
    const cached = await get(`/dan-van/${seen.slug}`)
    assert.equal(cached.status, 200, 'a page already in memory needs no database')
    await eventually(() => answered(503, 'down'), 'a reader\'s comment is answered 503 while PostgreSQL is down')

    postgres.start()
    state = 'back'
    const back = await get(`/dan-van/${unseen.slug}`)
    assert.equal(back.status, 200)
    assert.match(await back.text(), /Bài chưa ai đọc/)
    assert.equal((await get('/healthz')).status, 200)
    await eventually(() => answered(200, 'back'), 'a reader\'s comment is taken again once PostgreSQL is back')
  } finally {
    reading = false
    await readers
  }
  assert.deepEqual(answers.filter((a) => a.status !== 200 && a.status !== 503 && a.status !== 429), [], 'only answers, rate limits and quick 503s')
})
