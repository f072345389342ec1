import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../support/factories.ts'
import { eventually } from '../support/wait.ts'
import { PrivateRedis } from '../support/redis-server.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Two instances of one portal (one database) joined by Redis, as behind a load balancer.
// The shared Redis of the machine carries the first test; the fault tests use a private
// redis-server they can kill.
const SHARED_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'

async function twoInstances(redisUrl: string): Promise<[TestPortal, TestPortal, string, string]> {
  const a = await buildTestPortal({ env: { REDIS_URL: redisUrl } })
  const b = await buildTestPortal({ env: { REDIS_URL: redisUrl }, sameDatabaseAs: a })
  return [a, b, await a.listen(), await b.listen()]
}

async function health(base: string): Promise<{ status: string; redis?: string }> {
  return (await fetch(base + '/healthz')).json() as Promise<{ status: string; redis?: string }>
}

test('a publish on one instance drops the same pages on the other within a second', async () => {
  const [a, b, , baseB] = await twoInstances(SHARED_REDIS_URL)
  try {
    await eventually(() => a.relay?.state === 'up' && b.relay?.state === 'up', 'both instances reach Redis')
    assert.deepEqual(await health(baseB), { status: 'ok', database: 'ok', redis: 'ok' })
    const categoryId = await createCategory(a, 'Dân vận')
    // The category's own event may reach B just after B first renders the page: ask until B keeps it.
    await eventually(async () => (await fetch(baseB + '/dan-van')).status === 200 && b.cache.get('/dan-van') !== undefined, 'B knows the new category and keeps its page')

    const publishedAt = Date.now()
    const { slug } = await createArticle(a, { title: 'Tin mới từ tòa soạn A', categoryId })
    await eventually(() => b.cache.get('/dan-van') === undefined, 'B dropped its copy of the category page', 1000)
    const page = await (await fetch(baseB + '/dan-van')).text()
    assert.match(page, /Tin mới từ tòa soạn A/)
    assert.equal((await fetch(`${baseB}/dan-van/${slug}`)).status, 200)
    assert.ok(Date.now() - publishedAt < 5000)
  } finally {
    await b.close()
    await a.close()
  }
})

// Two portals (two newsrooms, two databases) on one Redis, each with two instances: events
// cross between the instances of a portal, never to the other portal.
test('portals on different REDIS_PREFIX share one Redis without purging each other; instances with the same prefix still relay', async () => {
  const heard = (portal: TestPortal) => {
    const payloads: unknown[] = []
    portal.events.on('article.changed', (payload) => payloads.push(payload))
    return payloads
  }
  const a = await buildTestPortal({ env: { REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: `test:${process.pid}-a:` } })
  const a2 = await buildTestPortal({ env: { REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: a.config.redisPrefix }, sameDatabaseAs: a })
  const b = await buildTestPortal({ env: { REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: `test:${process.pid}-b:` } })
  const b2 = await buildTestPortal({ env: { REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: b.config.redisPrefix }, sameDatabaseAs: b })
  try {
    await eventually(() => [a, a2, b, b2].every((p) => p.relay?.state === 'up'), 'all four instances reach Redis')
    const heardByA2 = heard(a2)
    const heardByB2 = heard(b2)
    a.events.emit('article.changed', { articleId: 101, categoryIds: [1] })
    await eventually(() => heardByA2.length === 1, 'the other instance of portal A hears A\'s purge')
    // Redis delivers in order on one connection: once B2 hears B's later purge, A's would have come first.
    b.events.emit('article.changed', { articleId: 202, categoryIds: [2] })
    await eventually(() => heardByB2.length > 0, 'the other instance of portal B hears B\'s purge')
    assert.deepEqual(heardByB2, [{ articleId: 202, categoryIds: [2] }], 'portal B never hears portal A')
    assert.deepEqual(heardByA2, [{ articleId: 101, categoryIds: [1] }], 'portal A never hears portal B')
  } finally {
    for (const portal of [b2, b, a2, a]) await portal.close()
  }
})

let redis: PrivateRedis
before(async () => { redis = await PrivateRedis.start() })
after(() => redis.stop())

test('with Redis gone, instances keep serving with short cache lifetimes, say so in /healthz, and recover when it returns', async () => {
  const [a, b, baseA, baseB] = await twoInstances(redis.url)
  try {
    await eventually(() => a.relay?.state === 'up' && b.relay?.state === 'up', 'both instances reach Redis')
    const categoryId = await createCategory(a, 'Kinh tế')
    await eventually(async () => (await fetch(baseB + '/kinh-te')).status === 200, 'B knows the category')

    await redis.stop()
    await eventually(() => b.relay?.state === 'down', 'B notices Redis is gone')
    assert.deepEqual(await health(baseB), { status: 'degraded', database: 'ok', redis: 'unreachable' })
    const res = await fetch(baseB + '/kinh-te')
    assert.equal(res.status, 200)
    // Still kept, briefly (a periodic drop may fall between a fetch and the look, hence the retry).
    await eventually(async () => (await fetch(baseB + '/kinh-te')).ok && b.cache.get('/kinh-te') !== undefined, 'pages are still kept, briefly')
    // A publish on A cannot reach B now; B's copy must not outlive the short lifetime.
    const { slug } = await createArticle(a, { title: 'Đăng khi Redis vắng mặt', categoryId })
    await eventually(() => b.cache.get('/kinh-te') === undefined, 'B drops its copies on its own', 8000)
    assert.match(await (await fetch(baseB + '/kinh-te')).text(), /Đăng khi Redis vắng mặt/)

    await redis.start()
    await eventually(() => a.relay?.state === 'up' && b.relay?.state === 'up', 'both reconnect without a restart')
    assert.deepEqual(await health(baseA), { status: 'ok', database: 'ok', redis: 'ok' })
    await fetch(`${baseB}/kinh-te/${slug}`)
    assert.ok(b.cache.get(`/kinh-te/${slug}`))
    await a.db.updateTable('articles').set({ title: 'Tiêu đề đã sửa' }).where('slug', '=', slug).execute()
    a.events.emit('article.changed', { articleId: (await a.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id, categoryIds: [categoryId] })
    await eventually(() => b.cache.get(`/kinh-te/${slug}`) === undefined, 'purges cross again after recovery', 1000)
    assert.match(await (await fetch(`${baseB}/kinh-te/${slug}`)).text(), /Tiêu đề đã sửa/)
  } finally {
    await b.close()
    await a.close()
  }
})

test('an instance that starts while Redis is down serves at once and joins when Redis comes up', async () => {
  await redis.stop()
  const portal = await buildTestPortal({ env: { REDIS_URL: redis.url } })
  try {
    const base = await portal.listen()
    assert.equal((await fetch(base + '/')).status, 200)
    assert.equal((await health(base)).status, 'degraded')
    await redis.start()
    await eventually(() => portal.relay?.state === 'up', 'joins once Redis is up')
    assert.equal((await health(base)).status, 'ok')
  } finally {
    await portal.close()
  }
})
