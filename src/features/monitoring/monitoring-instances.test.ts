import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal } from '../../../test/support/test-portal.ts'
import { eventually } from '../../../test/support/wait.ts'

test('a code saved on one instance reaches the other\'s <head> and policy, its cached pages purged', async () => {
  const env = { REDIS_URL: process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379' }
  const a = await buildTestPortal({ env })
  const b = await buildTestPortal({ env, sameDatabaseAs: a })
  try {
    const [, baseB] = [await a.listen(), await b.listen()]
    await eventually(() => a.relay?.state === 'up' && b.relay?.state === 'up', 'both instances reach Redis')
    await fetch(baseB + '/')
    assert.ok(b.cache.get('/'), 'the home page is kept in the page cache')

    await createUser(a.db, 'administrator', 'quantri@example.vn')
    const cookie = (await signIn(a.app, 'quantri@example.vn')).cookie
    const payload = new URLSearchParams({ _csrf: await csrfOf(a.app, cookie), emc: '<script async src="https://emc.gov.vn/js/emc.js"></script>', analytics: '', confirmed: '1' }).toString()
    const saved = await a.app.inject({ method: 'POST', url: '/toa-soan/quan-tri/ma-theo-doi', payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
    assert.equal(saved.statusCode, 303)

    await eventually(async () => (await (await fetch(baseB + '/')).text()).includes('<script src="https://emc.gov.vn/js/emc.js" async></script>'), 'the code shows on the other instance', 2000)
    assert.match((await fetch(baseB + '/')).headers.get('content-security-policy')!, /script-src [^;]*https:\/\/emc\.gov\.vn/)
    assert.equal(b.services.monitoring.hasEmcCode(), true)
  } finally {
    await b.close()
    await a.close()
  }
})
