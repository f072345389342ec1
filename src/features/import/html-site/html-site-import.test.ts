import assert from 'node:assert/strict'
import { dirname, join, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { TestClock } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { MediaLibrary } from '../../media/index.ts'
import { importCommand, summaryText } from '../import-command.ts'
import { runImport, type RunImportResult } from '../run-import.ts'
import { openHtmlSiteSource } from './index.ts'

// The saved portal of test/fixtures/import/html-site through the import sink: what its map takes
// shows on the portal, in Unicode, with its pictures in the library, and its old addresses
// (wget's "@id=" names and index.html folders) answer 301.

const fixture = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/import/html-site')
const site = join(fixture, 'site')
const mapFile = join(fixture, 'map.json')
const clock = new TestClock(new Date('2026-12-01T03:00:00Z'))
let portal: TestPortal
let result: RunImportResult

before(async () => {
  portal = await buildTestPortal({ clock })
  result = await runImport(portal.db, await openHtmlSiteSource(site, mapFile), {
    now: clock.now(), reservedPrefixes: new Map(), media: new MediaLibrary(portal.db, clock, portal.media),
  })
})
after(() => portal.close())

test('the saved portal is imported: 6 articles, 1 page, 3 images, its categories under their Vietnamese names', async () => {
  assert.deepEqual(result.counts.article, { created: 6, skipped: 0 })
  assert.deepEqual(result.counts.page, { created: 1, skipped: 0 })
  assert.deepEqual(result.counts.media, { created: 3, skipped: 0 })
  assert.deepEqual(result.notRead, [{ reason: 'saved page matched no rule of the map', count: 3 }])
  assert.equal(result.problems.length, 3)
  const categories = await portal.db.selectFrom('categories').select(['id', 'name', 'parent_id']).execute()
  const news = categories.find(c => c.name === 'Tin tức')!
  assert.equal(categories.find(c => c.name === 'Thời sự')!.parent_id, news.id)
  assert.equal(categories.find(c => c.name === 'Y tế')!.parent_id, news.id)
  const summary = summaryText(result, 1)
  assert.match(summary, /not read: 3 saved page matched no rule of the map/)
})

test('TCVN3 and windows-1258 pages arrive in Unicode, and body images name the library\'s copies', async () => {
  const titles = (await portal.db.selectFrom('articles').select('title').execute()).map(a => a.title)
  assert.ok(titles.includes('Phòng chống dịch cúm gia cầm'), titles.join(' / '))
  assert.ok(titles.includes('Khám sức khỏe miễn phí cho người cao tuổi'))
  const legacy = await portal.db.selectFrom('articles').selectAll().where('title', '=', 'Phòng chống dịch cúm gia cầm').executeTakeFirstOrThrow()
  assert.match(legacy.body_html, /Người dân không ăn thịt gia cầm ốm, chết\./)
  const press = await portal.db.selectFrom('articles').selectAll().where('title', '=', 'Họp báo về công tác phòng, chống dịch bệnh mùa đông').executeTakeFirstOrThrow()
  assert.match(press.body_html, /<img[^>]+src="\/media\/[^"]+"/)
  assert.doesNotMatch(press.body_html, /Uploads|soyte\.example|Chia sẻ|<script/)
})

test('the old site\'s addresses answer 301 to the new ones', async () => {
  await portal.jobs.runNow('import-changes')
  const location = async (url: string) => {
    const res = await portal.app.inject(url)
    assert.equal(res.statusCode, 301, `${url}: ${res.statusCode}`)
    return String(res.headers.location)
  }
  const press = await location('/tin-tuc/thoi-su/chi-tiet.aspx?id=101')
  assert.match(press, /^\/[a-z0-9-]+(\/[a-z0-9-]+)*\/hop-bao-ve-cong-tac-phong-chong-dich-benh-mua-dong$/)
  assert.equal(await location('/tin-tuc/thoi-su/chi-tiet.aspx?id=103'), (await location('/TIN-TUC/thoi-su/chi-tiet.aspx?id=103')))
  assert.match(await location('/gioi-thieu/'), /^\/trang\/gioi-thieu-chung$/)
  assert.match(await location('/tin-tuc/y-te/'), /y-te$/)
  assert.equal((await portal.app.inject(press)).statusCode, 200)
})

test('`import html DIR --map FILE --check` prints the samples and writes nothing; a bad map is refused', async () => {
  const sink = () => {
    let text = ''
    const stream = new Writable({ write(chunk, _enc, done) { text += String(chunk); done() } })
    return { stream, text: () => text }
  }
  const out = sink()
  const err = sink()
  const before = (await portal.db.selectFrom('articles').select(eb => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n
  assert.equal(await importCommand('html', [site, '--map', mapFile, '--check'], out.stream, err.stream), 0)
  assert.match(out.text(), /^Rule "Tin bài": 7 file\(s\), 5 shown$/m)
  assert.match(out.text(), /^ {4}title: Họp báo về công tác phòng, chống dịch bệnh mùa đông$/m)
  assert.equal((await portal.db.selectFrom('articles').select(eb => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n, before)
  const refused = sink()
  assert.equal(await importCommand('html', [site, '--map', join(site, 'css/site.css'), '--check'], sink().stream, refused.stream), 65)
  assert.match(refused.text(), /site\.css: the map is not valid JSON/)
})
