import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createUser, csrfOf, signIn } from '../support/newsroom.ts'
import { buildTestPortal } from '../support/test-portal.ts'
import { eventually } from '../support/wait.ts'

// Brand tokens saved on one instance reach the pages of the other (settings.changed is relayed
// over Redis), and the other serves the new brand stylesheet it links, though it did not save it.
const SHARED_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'

test('colours saved on instance A are linked and served by instance B at once', async () => {
  const a = await buildTestPortal({ env: { REDIS_URL: SHARED_REDIS_URL } })
  const b = await buildTestPortal({ env: { REDIS_URL: SHARED_REDIS_URL }, sameDatabaseAs: a })
  try {
    const baseB = await b.listen()
    await eventually(() => a.relay?.state === 'up' && b.relay?.state === 'up', 'both instances reach Redis')
    await createUser(a.db, 'administrator', 'quantri@example.vn')
    const { cookie } = await signIn(a.app, 'quantri@example.vn')
    await fetch(baseB + '/')
    assert.ok(b.cache.get('/'), 'B keeps its home page')

    const saved = await a.app.inject({
      method: 'POST', url: '/toa-soan/quan-tri/cai-dat/giao-dien', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: new URLSearchParams({ _csrf: await csrfOf(a.app, cookie), primary: '#0b4a8f', accent: '', headerBackground: '', headerImageMediaId: '', bodyFont: '', headingFont: '' }).toString(),
    })
    assert.equal(saved.statusCode, 303)
    await eventually(() => b.cache.get('/') === undefined, 'B dropped its home page', 1000)
    const url = /<link rel="stylesheet" href="(\/assets\/thuong-hieu-[0-9a-f]{12}\.css)">/.exec(await (await fetch(baseB + '/')).text())?.[1]
    assert.ok(url, 'B links the brand stylesheet')
    const sheet = await fetch(baseB + url)
    assert.equal(sheet.status, 200)
    assert.match(await sheet.text(), /^:root\{--brand:#0b4a8f;/)
  } finally {
    await b.close()
    await a.close()
  }
})
