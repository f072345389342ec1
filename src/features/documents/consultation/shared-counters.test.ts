import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, test } from 'node:test'
import { createDraft } from '../../../../test/support/consultation.ts'
import { parsePage, textOf } from '../../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { connectRedis } from '../../../platform/redis/connect.ts'
import { newsroomDay } from '../../../platform/text/time.ts'
import { ABUSE_LIMITS } from '../../comments/index.ts'

// Where the portal runs as several instances with REDIS_URL, a draft's consultation counts an
// address's comments where the readers' comments do, in Redis: a limit reached on one instance
// holds on the other. The two instances here have databases of their own, so only Redis can
// carry the count from one to the other. The shared Redis on 6379, under a prefix of this test's own.

const REDIS_URL = 'redis://127.0.0.1:6379'
const prefix = `test:consultation-counters:${randomBytes(6).toString('hex')}:`
const portals: TestPortal[] = []
const drafts: { slug: string }[] = []

const dayFromToday = (days: number) => newsroomDay(new Date(Date.now() + days * 86_400_000))

before(async () => {
  for (let i = 0; i < 2; i++) {
    // Real time: the Redis keys expire at their window's real end.
    const portal = await buildTestPortal({ env: { REDIS_URL, REDIS_PREFIX: prefix } })
    portals.push(portal)
    drafts.push(await createDraft(portal.db, { opensOn: dayFromToday(-3), closesOn: dayFromToday(3) }))
  }
})
after(async () => {
  for (const portal of portals) await portal.close()
  const redis = connectRedis(REDIS_URL, 'test-cleanup')
  await redis.connect()
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length) await redis.del(...keys)
  redis.disconnect()
})

const post = (portal: TestPortal, slug: string, body: string, ip: string) => portal.app.inject({
  method: 'POST', url: `/van-ban/${slug}/gop-y`,
  payload: new URLSearchParams({ name: 'Lê Thị Hoa', email: 'hoa@example.vn', body }).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
})

test('comments an address sent through one instance count on the other: it is asked the challenge there', async () => {
  const [a, b] = portals as [TestPortal, TestPortal]
  const ip = '192.0.2.201'
  for (let i = 0; i < ABUSE_LIMITS.fast.after; i++) {
    assert.equal((await post(a, drafts[0]!.slug, `Góp ý số ${i} qua máy A`, ip)).statusCode, 200)
  }
  const asked = await post(b, drafts[1]!.slug, 'Góp ý tiếp theo qua máy B', ip)
  assert.equal(asked.statusCode, 422, 'instance B knows what A counted')
  assert.match(textOf(parsePage(asked.body), '#gy-e-challenge'), /hơi nhanh/)
  // Another address starts from nothing on either instance.
  assert.equal((await post(b, drafts[1]!.slug, 'Góp ý của người khác', '192.0.2.202')).statusCode, 200)

  const redis = connectRedis(REDIS_URL, 'test-check')
  await redis.connect()
  try {
    const keys = await redis.keys(`${prefix}abuse:comment:ip:${ip}@*`)
    assert.ok(keys.length > 0, 'the count is kept in Redis, under the portal\'s prefix')
  } finally {
    redis.disconnect()
  }
})
