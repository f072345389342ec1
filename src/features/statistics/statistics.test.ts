import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parsePage } from '../../../test/support/html.ts'
import { SignedIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { VISIT_RECORDING, VisitRecorder } from './visit-recorder.ts'
import { deviceOf, isRobot } from './visit.ts'

// Visit statistics on a seeded portal with a clock the test moves: the beacon, robots and
// floods left out, the aggregates against a count made here, raw events gone after 48 hours,
// the footer counter beside cached pages, and the newsroom's charts for those with the right.
const SEED_ARTICLE = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1'
const TABLET = 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1'
const DESKTOP = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36'
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
const clock = new TestClock(new Date('2026-12-07T02:00:00Z')) // 09:00 in Viet Nam
const TODAY = '2026-12-07'
let portal: TestPortal
let users: SignedIn<'admin' | 'approver' | 'reporter'>
let base: string
let articleId: number
let categoryId: number

before(async () => {
  portal = await buildTestPortal({ seed: true, clock })
  users = await SignedIn.as(portal.app, portal.db, {
    admin: ['administrator', 'quantri@example.vn'], approver: ['approver', 'duyet@example.vn'], reporter: ['reporter', 'phongvien@example.vn'],
  })
  base = await portal.listen()
  const slug = SEED_ARTICLE.split('/').pop()!
  const article = await portal.db.selectFrom('articles').select(['id', 'category_id']).where('slug', '=', slug).executeTakeFirstOrThrow()
  articleId = article.id
  categoryId = article.category_id
})
after(() => portal.close())

interface Beacon { path: string; article?: number; referrer?: string; ip?: string; ua?: string; origin?: string }
const beacon = (b: Beacon) => {
  const query = new URLSearchParams({ p: b.path })
  if (b.article !== undefined) query.set('a', String(b.article))
  if (b.referrer) query.set('r', b.referrer)
  return portal.app.inject({
    method: 'POST', url: `/luot-truy-cap?${query}`, remoteAddress: b.ip ?? '203.0.113.1',
    headers: { 'user-agent': b.ua ?? PHONE, ...(b.origin ? { origin: b.origin } : {}) },
  })
}
const flush = () => portal.jobs.runNow('statistics.flush')
const hoursOf = async (day: string) => new Map((await portal.db.selectFrom('visit_hours').select(['hour', 'visits']).where('day', '=', day).execute()).map((r) => [r.hour, r.visits]))
const countsOf = async (day: string, dimension: string) =>
  new Map((await portal.db.selectFrom('visit_counts').select(['value', 'visits']).where('day', '=', day).where('dimension', '=', dimension).execute()).map((r) => [r.value, r.visits]))
const todayTotal = async () => [...(await hoursOf(TODAY)).values()].reduce((a, b) => a + b, 0)

test('user agents: robots named, device classes told apart', () => {
  assert.equal(isRobot(GOOGLEBOT), true)
  assert.equal(isRobot(undefined), true)
  assert.equal(isRobot('curl/8.0.1'), true)
  assert.equal(isRobot(PHONE), false)
  assert.deepEqual([PHONE, TABLET, DESKTOP, 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 Safari/537.36'].map(deviceOf), ['mobile', 'tablet', 'desktop', 'tablet'])
})

test('a beacon from the portal\'s page is counted with no cookie; bad input is 400 in English, another site\'s page 403', async () => {
  const before = await todayTotal()
  const res = await beacon({ path: '/', origin: portal.config.publicUrl })
  assert.equal(res.statusCode, 204)
  assert.equal(res.headers['set-cookie'], undefined)
  assert.equal(res.headers['cache-control'], 'no-store')
  for (const bad of ['/luot-truy-cap', '/luot-truy-cap?p=khong-gach', '/luot-truy-cap?p=//evil.example/', `/luot-truy-cap?p=/&a=abc`, '/luot-truy-cap?p=/&a=0', `/luot-truy-cap?p=/&p=/x`, `/luot-truy-cap?p=/${'a'.repeat(600)}`]) {
    const refused = await portal.app.inject({ method: 'POST', url: bad, headers: { 'user-agent': PHONE, accept: 'application/json' } })
    assert.equal(refused.statusCode, 400, bad)
    assert.match(refused.body, /^[a-z][\x20-\x7e]+\n$/, 'the beacon is answered in a line of English')
  }
  assert.equal((await beacon({ path: '/', origin: 'https://evil.example' })).statusCode, 403)
  assert.equal((await beacon({ path: '/', origin: 'null' })).statusCode, 403)
  await flush()
  assert.equal(await todayTotal(), before + 1)
  const raw = await portal.db.selectFrom('visit_events').selectAll().execute()
  assert.ok(raw.length >= 1)
  for (const row of raw) {
    assert.doesNotMatch(JSON.stringify(row), /203\.0\.113/, 'no address is stored')
    assert.match(row.visitor, /^[\w-]{22}$/)
  }
})

test('robots are not counted: by their user agent, and an address that hits too often in a minute', async () => {
  const before = await todayTotal()
  for (const ua of [GOOGLEBOT, 'python-requests/2.31', 'curl/8.0']) assert.equal((await beacon({ path: '/', ua, ip: '198.51.100.9' })).statusCode, 204)
  for (let i = 0; i < 45; i++) await beacon({ path: '/', ip: '198.51.100.10', ua: DESKTOP })
  await flush()
  assert.equal(await todayTotal(), before + 30, 'the flood counts its first 30 hits of the minute only')
  clock.advance(60_000)
  await beacon({ path: '/', ip: '198.51.100.10', ua: DESKTOP })
  await flush()
  assert.equal(await todayTotal(), before + 31, 'the next minute it counts again')
})

test('the recorder keeps in memory only this minute\'s visitors, and writes what it counted in batches', async () => {
  const own = new TestClock(new Date('2026-10-01T03:00:00Z')) // a day without the demo's visits
  const recorder = new VisitRecorder(portal.db, own, undefined, { ...VISIT_RECORDING, flushAtEvents: 1_000_000 })
  const visit = { kind: 'home', categoryId: null, articleId: null, referrer: '', device: 'desktop' } as const
  for (let i = 0; i < 50; i++) await recorder.record(visit, `192.0.2.${i}`, DESKTOP)
  assert.deepEqual(recorder.held(), { visitors: 50, events: 50, keys: 4 })
  own.advance(60_000)
  await recorder.record(visit, '192.0.2.1', DESKTOP)
  assert.equal(recorder.held().visitors, 1)
  await recorder.flush()
  assert.deepEqual(recorder.held(), { visitors: 1, events: 0, keys: 0 })
  assert.equal((await hoursOf('2026-10-01')).get(10), 51)
})

test('the aggregates of a generated set of beacons match a count made here', async () => {
  clock.advance(60 * 60_000) // a new hour
  const paths = [{ path: '/', kind: 'home' }, { path: '/tin-tuc/dan-van', kind: 'category' }, { path: SEED_ARTICLE, kind: 'article', article: articleId }, { path: '/van-ban', kind: 'documents' }, { path: '/khong-co-trang-nay', kind: 'other' }]
  const uas = [[PHONE, 'mobile'], [TABLET, 'tablet'], [DESKTOP, 'desktop']] as const
  const referrers = [['', ''], ['https://www.google.com/search?q=x', 'google.com'], [`${portal.config.publicUrl}/`, ''], ['https://facebook.com/', 'facebook.com']] as const
  const [hoursBefore, kindsBefore, devicesBefore, referrersBefore, articlesBefore] = [await hoursOf(TODAY), await countsOf(TODAY, 'kind'), await countsOf(TODAY, 'device'), await countsOf(TODAY, 'referrer'), await countsOf(TODAY, 'article')]
  const expected = { hours: new Map<number, number>(), kind: new Map<string, number>(), device: new Map<string, number>(), referrer: new Map<string, number>(), article: 0, category: 0 }
  const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1)
  let seed = 7
  const pick = <T>(list: readonly T[]): T => list[(seed = (seed * 31 + 11) % 1009) % list.length]!
  for (let i = 0; i < 120; i++) {
    if (i % 40 === 0 && i > 0) clock.advance(20 * 60_000)
    const page = pick(paths)
    const [ua, device] = pick(uas)
    const [referrer, domain] = pick(referrers)
    const res = await beacon({ path: page.path, ...(page.article ? { article: page.article } : {}), referrer, ip: `192.0.2.${i % 50}`, ua })
    assert.equal(res.statusCode, 204)
    add(expected.hours, Number(new Date(clock.now().getTime() + 7 * 3600_000).toISOString().slice(11, 13)))
    add(expected.kind, page.kind)
    add(expected.device, device)
    add(expected.referrer, domain)
    if (page.article) expected.article++
    if (page.kind === 'article' || page.kind === 'category') expected.category++
  }
  await flush()
  const delta = <K>(after: Map<K, number>, before: Map<K, number>) => new Map([...after].map(([k, v]) => [k, v - (before.get(k) ?? 0)] as const).filter(([, v]) => v !== 0))
  assert.deepEqual(delta(await hoursOf(TODAY), hoursBefore), expected.hours)
  assert.deepEqual(delta(await countsOf(TODAY, 'kind'), kindsBefore), expected.kind)
  assert.deepEqual(delta(await countsOf(TODAY, 'device'), devicesBefore), expected.device)
  assert.deepEqual(delta(await countsOf(TODAY, 'referrer'), referrersBefore), expected.referrer)
  assert.deepEqual(delta(await countsOf(TODAY, 'article'), articlesBefore), new Map([[String(articleId), expected.article]]))
  assert.ok((await countsOf(TODAY, 'category')).get(String(categoryId))! >= expected.category)
})

test('a beacon naming an article that is not published counts the visit but not the article', async () => {
  const before = await countsOf(TODAY, 'article')
  assert.equal((await beacon({ path: '/tin-tuc/dan-van/khong-co', article: 99999999 })).statusCode, 204)
  await flush()
  assert.deepEqual(await countsOf(TODAY, 'article'), before)
})

test('readers without JavaScript are counted by the noscript image, from the page it is on', async () => {
  const before = await countsOf(TODAY, 'kind')
  const image = await portal.app.inject({ url: '/luot-truy-cap/anh.gif', remoteAddress: '203.0.113.77', headers: { 'user-agent': DESKTOP, referer: `${portal.config.publicUrl}/van-ban` } })
  assert.equal(image.statusCode, 200)
  assert.equal(image.headers['content-type'], 'image/gif')
  assert.equal(image.headers['cache-control'], 'no-store')
  const elsewhere = await portal.app.inject({ url: '/luot-truy-cap/anh.gif', remoteAddress: '203.0.113.78', headers: { 'user-agent': DESKTOP, referer: 'https://evil.example/van-ban' } })
  assert.equal(elsewhere.statusCode, 200)
  await flush()
  assert.equal((await countsOf(TODAY, 'kind')).get('documents'), (before.get('documents') ?? 0) + 1)
})

test('every public page carries the beacon and the noscript image; the page is cached and sets no cookie; the counter is uncached JSON', async () => {
  const first = await fetch(`${base}${SEED_ARTICLE}`)
  assert.equal(first.headers.get('set-cookie'), null)
  const doc = parsePage(await first.text())
  assert.ok(doc.querySelector('script[src*="luot-truy-cap"]'), 'the beacon')
  assert.match(doc.querySelector('noscript')!.innerHTML, /\/luot-truy-cap\/anh\.gif/)
  assert.ok(doc.querySelector('[data-visit-counter] [data-visit="today"]'), 'the counter, to be filled in')
  await fetch(`${base}${SEED_ARTICLE}`)
  assert.ok(portal.cache.get(SEED_ARTICLE), 'the article page is cached')
  const res = await fetch(`${base}/luot-truy-cap/so-lieu`)
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('cache-control'), 'no-store')
  assert.equal(res.headers.get('set-cookie'), null)
  const numbers = await res.json() as Record<string, number>
  assert.equal(numbers.today, await todayTotal())
  assert.ok(numbers.total! > numbers.today!, 'the demo week is in the total')
  assert.ok(numbers.online! >= 1)
})

test('the administrator chooses the footer counters: the cached pages change, the endpoint follows', async () => {
  await fetch(`${base}/`)
  assert.equal((await users.post('/toa-soan/thong-ke/bo-dem', { today: '1' }, 'admin')).statusCode, 303)
  assert.equal((await users.post('/toa-soan/thong-ke/bo-dem', { today: '1', total: '1' }, 'approver')).statusCode, 403)
  const doc = parsePage(await (await fetch(`${base}/`)).text())
  assert.deepEqual([...doc.querySelectorAll('[data-visit]')].map((e) => e.getAttribute('data-visit')), ['today'])
  const audited = await portal.db.selectFrom('audit_log').select(['action']).where('action', '=', 'statistics.counter').execute()
  assert.equal(audited.length, 1, 'the choice is audited')
  await new Promise((resolve) => setTimeout(resolve, 10))
  clock.advance(11_000)
  assert.deepEqual(Object.keys(await (await fetch(`${base}/luot-truy-cap/so-lieu`)).json() as object), ['today'])
  await users.post('/toa-soan/thong-ke/bo-dem', { online: '1', today: '1', total: '1' }, 'admin')
})

test('the statistics page draws SVG charts with their tables; a reporter may not see it; a bad range is 422', async () => {
  assert.equal((await users.get('/toa-soan/thong-ke', 'reporter')).statusCode, 403)
  assert.equal((await portal.app.inject({ url: '/toa-soan/thong-ke' })).statusCode, 303)
  const res = await users.get(`/toa-soan/thong-ke?tu=2026-11-30&den=${TODAY}`, 'approver')
  assert.equal(res.statusCode, 200)
  const doc = parsePage(res.body)
  const svg = doc.querySelector('#bieu-do-theo-ngay svg[role="img"]')!
  assert.ok(svg.querySelector('title') && svg.querySelector('desc') && svg.querySelector('path'))
  const rows = [...doc.querySelectorAll('#bieu-do-theo-ngay table tbody tr')]
  assert.equal(rows.length, 8)
  assert.equal(rows.at(-1)!.querySelector('td')!.textContent, (await todayTotal()).toLocaleString('vi-VN'))
  assert.ok(rows.slice(0, 7).every((row) => Number(row.querySelector('td')!.textContent!.replace(/\./g, '')) > 0), 'the demo\'s week shows')
  for (const id of ['bieu-do-theo-gio', 'bieu-do-loai-trang', 'bieu-do-thiet-bi', 'bieu-do-bai-viet']) assert.ok(doc.querySelector(`#${id} svg[role="img"]`) && doc.querySelector(`#${id} table`), id)
  assert.equal(doc.querySelector('#bo-dem'), null, 'only the administrator chooses the counters')
  assert.ok(parsePage((await users.get('/toa-soan/thong-ke', 'admin')).body).querySelector('#bo-dem form'))
  for (const bad of ['?tu=2026-12-07&den=2026-12-01', '?tu=31/02/2026', '?tu=2020-01-01&den=2026-12-07', '?tu=a&tu=b']) {
    const refused = await users.get(`/toa-soan/thong-ke${bad}`, 'approver')
    assert.equal(refused.statusCode, 422, bad)
    assert.ok(parsePage(refused.body).querySelector('#e-range'), bad)
  }
})

test('raw events are pruned after 48 hours; each day\'s visitors are counted before, and the day\'s salt is forgotten', async () => {
  await beacon({ path: '/', ip: '203.0.113.200', ua: DESKTOP })
  await beacon({ path: '/', ip: '203.0.113.200', ua: DESKTOP })
  await beacon({ path: '/', ip: '203.0.113.201', ua: DESKTOP })
  await portal.jobs.runNow('statistics.tidy')
  const visitors = (await portal.db.selectFrom('visit_days').select('visitors').where('day', '=', TODAY).executeTakeFirstOrThrow()).visitors
  const distinct = new Set((await portal.db.selectFrom('visit_events').select('visitor').where('day', '=', TODAY).execute()).map((r) => r.visitor)).size
  assert.equal(visitors, distinct)
  assert.ok((await portal.db.selectFrom('visit_events').select('id').execute()).length > 0)
  clock.advance(47 * 60 * 60_000)
  await portal.jobs.runNow('statistics.tidy')
  assert.ok((await portal.db.selectFrom('visit_events').select('id').where('day', '=', TODAY).execute()).length > 0, 'kept within 48 hours')
  assert.deepEqual((await portal.db.selectFrom('visit_salts').select('day').execute()).map((r) => r.day), [], 'the salts of days gone are forgotten')
  clock.advance(2 * 60 * 60_000)
  await portal.jobs.runNow('statistics.tidy')
  assert.deepEqual(await portal.db.selectFrom('visit_events').select('id').where('day', '=', TODAY).execute(), [])
  assert.equal((await portal.db.selectFrom('visit_days').select('visitors').where('day', '=', TODAY).executeTakeFirstOrThrow()).visitors, visitors, 'the day\'s count stays')
})
