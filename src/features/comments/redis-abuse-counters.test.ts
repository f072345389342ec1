import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { connectRedis } from '../../platform/redis/connect.ts'
import { eventually } from '../../../test/support/wait.ts'
import { PrivateRedis } from '../../../test/support/redis-server.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { DatabaseAbuseCounters } from './abuse-counters.ts'
import { RedisAbuseCounters } from './redis-abuse-counters.ts'

let redis: PrivateRedis
let portal: TestPortal
before(async () => {
  redis = await PrivateRedis.start()
  portal = await buildTestPortal()
})
after(async () => {
  await portal.close()
  await redis.stop()
})

test('abuse counters count per key and window in Redis, and fall back to the database while Redis is away', async () => {
  const client = connectRedis(redis.url, 'test')
  await client.connect()
  try {
    const counters = new RedisAbuseCounters(client, new DatabaseAbuseCounters(portal.db), 'portal-a:')
    // Keys expire at their window's real end, so the clock here is the real one.
    const now = new Date()
    const hour = 60 * 60_000
    assert.equal(await counters.hit('ip:203.0.113.9', hour, now), 1)
    assert.equal(await counters.hit('ip:203.0.113.9', hour, now), 2)
    assert.equal(await counters.hit('ip:198.51.100.1', hour, now), 1)
    assert.equal(await counters.peek('ip:203.0.113.9', hour, now), 2)
    assert.equal(await counters.peek('ip:203.0.113.9', hour, new Date(now.getTime() + hour)), 0, 'a new window starts at zero')
    const otherPortal = new RedisAbuseCounters(client, new DatabaseAbuseCounters(portal.db), 'portal-b:')
    assert.equal(await otherPortal.peek('ip:203.0.113.9', hour, now), 0, 'another portal on the same Redis counts apart')
    assert.ok(await client.pttl(`portal-a:abuse:ip:203.0.113.9@${hour}:${Math.floor(now.getTime() / hour)}`) > 0, 'the key expires with its window')

    await redis.stop()
    await eventually(() => client.status !== 'ready', 'the client notices')
    assert.equal(await counters.hit('ip:203.0.113.9', hour, now), 1, 'the database counts from its own zero')
    assert.equal(await counters.hit('ip:203.0.113.9', hour, now), 2)
    assert.equal(await counters.peek('ip:203.0.113.9', hour, now), 2)
    await redis.start()
  } finally {
    client.disconnect()
  }
})
