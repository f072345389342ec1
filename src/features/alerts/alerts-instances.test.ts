import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePage } from '../../../test/support/html.ts'
import { SignedIn, TestClock } from '../../../test/support/newsroom.ts'
import { eventually } from '../../../test/support/wait.ts'
import { buildTestPortal } from '../../../test/support/test-portal.ts'
import { PUBLIC_CACHE_CONTROL } from '../../platform/http/public-response.ts'
import { newsroomTimeInput } from '../../platform/text/time.ts'
import { ALERT_CACHE_CONTROL } from './index.ts'

// Two instances of one seeded portal (one database) joined by Redis, as behind a load balancer,
// each with its pages in its memory cache: an alert posted on A is on every page kind of B
// within a second, and leaves both at its end time by itself.
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const TEXT = 'Lũ trên sông Hương vượt báo động 3: không qua các ngầm tràn'

test('an alert posted on one instance is on every page kind of the other within a second, and leaves both at its end time', async () => {
  const clock = new TestClock(new Date('2026-12-07T02:00:00Z'))
  const a = await buildTestPortal({ seed: true, clock, env: { REDIS_URL } })
  const b = await buildTestPortal({ clock, env: { REDIS_URL }, sameDatabaseAs: a })
  try {
    const [baseA, baseB] = [await a.listen(), await b.listen()]
    await eventually(() => a.relay?.state === 'up' && b.relay?.state === 'up', 'both instances reach Redis')
    const pages = ['/', '/tin-tuc', '/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn', '/van-ban', '/hoi-dap', '/en/']
    const shows = async (base: string, url: string) => (await (await fetch(base + url)).text()).includes(TEXT)
    // Both instances keep every page in memory first: the purge is what must reach them.
    for (const url of pages) {
      assert.equal((await fetch(baseB + url)).status, 200, url)
      assert.equal(await shows(baseB, url), false)
    }
    assert.ok(b.cache.get('/'), 'B keeps the home page')

    const users = await SignedIn.as(a.app, a.db, { approver: ['approver', 'duyet@example.vn'] })
    const endsAt = newsroomTimeInput(new Date(clock.now().getTime() + 60 * 60_000))
    assert.equal((await users.post('/toa-soan/canh-bao', { level: 'emergency', textVi: TEXT, endsAt }, 'approver')).statusCode, 303)
    await eventually(() => b.cache.get('/') === undefined, 'B dropped its kept home page', 1000)
    for (const url of pages) {
      assert.ok(await shows(baseB, url), `B shows the alert on ${url}`)
      assert.ok(await shows(baseA, url), `A shows the alert on ${url}`)
    }
    const home = await fetch(baseB + '/')
    assert.equal(home.headers.get('cache-control'), ALERT_CACHE_CONTROL, 'B sends short lifetimes while the alert is shown')
    const page = parsePage(await home.text())
    assert.match(page.querySelector('.urgent-alerts')!.textContent!, /Khẩn cấp:/)

    // No event this time: each instance sees the end on its own clock (its job, run by hand here).
    clock.advance(61 * 60_000)
    await Promise.all([a.jobs.runNow('alerts.schedule'), b.jobs.runNow('alerts.schedule')])
    for (const url of pages) {
      assert.equal(await shows(baseA, url), false, `A no longer shows it on ${url}`)
      assert.equal(await shows(baseB, url), false, `B no longer shows it on ${url}`)
    }
    assert.equal((await fetch(baseB + '/')).headers.get('cache-control'), PUBLIC_CACHE_CONTROL)
  } finally {
    await b.close()
    await a.close()
  }
})
