import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { buildTestPortal } from '../../../test/support/test-portal.ts'
import { seedPollsDemo } from './polls-demo.ts'

test('the demo portal has one open poll, offered in the sidebar, with votes already counted; a second seed adds nothing', async () => {
  const portal = await buildTestPortal({ seed: true })
  try {
    const home = parsePage((await portal.app.inject('/')).body)
    assert.match(textOf(home, 'aside.sidebar .poll-block legend'), /^Bạn đã dùng dịch vụ công trực tuyến của tỉnh chưa\?/)
    const results = parsePage((await portal.app.inject('/binh-chon/dich-vu-cong-truc-tuyen/bieu-quyet')).body)
    assert.equal(results.querySelector('.poll-results'), null, 'results after voting: not before')
    assert.match(textOf(parsePage((await portal.app.inject('/binh-chon')).body), 'main .poll-list'), /Nhận bình chọn đến/)
    assert.equal(await seedPollsDemo(portal.db, new Date()), false)
    const { voters } = await portal.db.selectFrom('polls').select('voters').executeTakeFirstOrThrow()
    assert.equal(voters, 91)
  } finally {
    await portal.close()
  }
})
