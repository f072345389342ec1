import assert from 'node:assert/strict'
import { dirname, join, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { TestClock } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { PORTAL_MODULES } from '../../../modules.ts'
import { reservedPrefixesOf } from '../../../platform/module-list.ts'
import { MediaLibrary } from '../../media/index.ts'
import { runImport } from '../run-import.ts'
import { openGhostSource } from './index.ts'

// The Ghost reader through the sink, into a real database: our Vietnamese 4.x export with its
// images folder, then a second run that creates nothing.

const fixtures = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../../..'), 'test/fixtures/import/ghost')
const clock = new TestClock(new Date('2026-12-01T03:00:00Z'))
let portal: TestPortal

before(async () => { portal = await buildTestPortal({ clock }) })
after(() => portal.close())

const run = () => runImport(portal.db, openGhostSource(join(fixtures, 'vietnamese-4x.json'), { images: join(fixtures, 'images') }), {
  now: clock.now(), reservedPrefixes: reservedPrefixesOf(PORTAL_MODULES), media: new MediaLibrary(portal.db, clock, portal.media),
})

test('a Ghost export lands on the portal: categories in Vietnamese, TCVN3 converted, the picture in the library, old addresses 301', async () => {
  const first = await run()
  assert.deepEqual(first.counts.article, { created: 6, skipped: 0 })
  assert.deepEqual(first.counts.page, { created: 1, skipped: 0 })
  const categories = (await portal.db.selectFrom('categories').select('name').execute()).map(c => c.name)
  for (const name of ['Dân vận', 'Hội nghị', 'Thông báo', 'Nhập khẩu']) assert.ok(categories.includes(name), `${name} in ${categories.join(', ')}`)

  const conference = await portal.db.selectFrom('articles').selectAll().where('slug', '=', 'hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020').executeTakeFirstOrThrow()
  assert.ok(conference.lead_image_id, 'the feature image is the lead image')
  assert.doesNotMatch(conference.body_html, /content\/images|kg-card-begin/)
  const legacy = await portal.db.selectFrom('articles').selectAll().where('slug', '=', 'thong-bao-ket-qua-tuyen-dung').executeTakeFirstOrThrow()
  assert.equal(legacy.title, 'Thông báo kết quả tuyển dụng công chức')
  assert.match(legacy.body_html, /Sở Nội vụ thông báo kết quả tuyển dụng công chức năm 2008\./)
  const draft = await portal.db.selectFrom('articles').selectAll().where('slug', '=', 'day-manh-chuyen-doi-so').executeTakeFirstOrThrow()
  assert.equal(draft.status, 'draft')
  assert.match(draft.body_html, /youtube-nocookie\.com\/embed\/dQw4w9WgXcQ|Mục tiêu đến năm 2025/)

  const res = await portal.app.inject('/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020/')
  assert.equal(res.statusCode, 301)
  assert.match(String(res.headers.location), /\/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020$/)
  const tag = await portal.app.inject('/tag/dan-van/')
  assert.equal(tag.statusCode, 301)

  const again = await run()
  assert.equal(again.counts.article?.created ?? 0, 0)
  assert.equal(again.counts.page?.created ?? 0, 0)
})
