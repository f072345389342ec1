import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { TestClock } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { runImport } from '../run-import.ts'
import { openNukevietSource } from './index.ts'

// The demo NukeViet site through the sink: what it writes, its TCVN3 article converted, and its
// old addresses, in both URL forms, answering 301.

const DEMO = fileURLToPath(new URL('../../../../test/fixtures/import/nukeviet/nukeviet4-demo.sql', import.meta.url))
const clock = new TestClock(new Date('2026-12-01T03:00:00Z'))
let portal: TestPortal

before(async () => { portal = await buildTestPortal({ clock }) })
after(() => portal.close())

test('the demo NukeViet dump imports, its TCVN3 article in Unicode, its old addresses answering 301', async () => {
  const result = await runImport(portal.db, openNukevietSource(DEMO, { now: clock.now() }), { now: clock.now(), reservedPrefixes: new Map() })
  assert.equal(result.items, 24)
  assert.deepEqual(result.counts.article, { created: 6, skipped: 0 })
  assert.deepEqual(result.counts.page, { created: 3, skipped: 0 })
  assert.deepEqual(result.counts.comment, { created: 3, skipped: 0 })
  assert.deepEqual(result.counts.document, { created: 2, skipped: 0 })
  assert.deepEqual(result.counts.question, { created: 2, skipped: 0 })

  const converted = await portal.db.selectFrom('articles').select(['body_html']).where('slug', '=', 'guong-dan-van-kheo-o-xa-phuoc-son').executeTakeFirstOrThrow()
  assert.match(converted.body_html, /Hội nghị tổng kết công tác dân vận năm 2020 được tổ chức tại thành phố Quy Nhơn/)
  assert.match(converted.body_html, /Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị/)

  await portal.jobs.runNow('import-changes')
  for (const url of [
    '/news/tin-tuc-su-kien/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-1.html',
    '/index.php?language=vi&nv=news&op=dan-van-kheo/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-1',
  ]) {
    const res = await portal.app.inject(url)
    assert.equal(res.statusCode, 301, url)
    assert.match(String(res.headers.location), /\/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020$/, url)
  }
  const page = await portal.app.inject('/page/gioi-thieu.html')
  assert.equal(page.statusCode, 301)
  assert.match(String(page.headers.location), /gioi-thieu$/)
  assert.equal((await portal.app.inject('/news/dan-van-kheo/')).statusCode, 301)
})
