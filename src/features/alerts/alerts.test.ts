import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parsePage } from '../../../test/support/html.ts'
import { SignedIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { PUBLIC_CACHE_CONTROL } from '../../platform/http/public-response.ts'
import { newsroomTimeInput } from '../../platform/text/time.ts'
import { ALERT_CACHE_CONTROL } from './index.ts'

// Cảnh báo khẩn on a seeded portal with a clock the test moves: posted by an approver, on every
// kind of public page in both languages, in the RSS feed and the API, gone at its end time.
const SEED_ARTICLE = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const STORM = 'Bão số 9 đổ bộ: người dân các xã ven biển sơ tán trước 17 giờ'
const MINUTE = 60_000
const clock = new TestClock(new Date('2026-12-07T02:00:00Z'))
let portal: TestPortal
let users: SignedIn<'approver' | 'reporter' | 'admin'>

before(async () => {
  portal = await buildTestPortal({ seed: true, clock })
  users = await SignedIn.as(portal.app, portal.db, {
    approver: ['approver', 'duyet@example.vn'], reporter: ['reporter', 'phongvien@example.vn'], admin: ['administrator', 'quantri@example.vn'],
  })
})
after(() => portal.close())

const get = (url: string) => portal.app.inject({ url })
const inMinutes = (minutes: number) => newsroomTimeInput(new Date(clock.now().getTime() + minutes * MINUTE))
const post = (fields: Record<string, string>, who: 'approver' | 'reporter' | 'admin' = 'approver', url = '/toa-soan/canh-bao') => users.post(url, fields, who)
const alertsOn = async (url: string) => [...parsePage((await get(url)).body).querySelectorAll('.urgent-alerts [data-alert-key]')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim())
const idOf = async (text: string) => (await portal.db.selectFrom('alerts').select('id').where('text_vi', '=', text).executeTakeFirstOrThrow()).id
const tick = () => portal.jobs.runNow('alerts.schedule')

/** Whether a browser or proxy may show its copy no longer than 30 s after it was fetched. */
function seenWithin30s(cacheControl: string): boolean {
  if (/no-cache|no-store|private/.test(cacheControl)) return true
  const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl)?.[1] ?? 0)
  return seconds('max-age') + seconds('stale-while-revalidate') <= 25
}

/** One address of every kind of public page, found from the seeded portal's own links. */
async function everyPageKind(): Promise<string[]> {
  const home = parsePage((await get('/')).body)
  const category = home.querySelector('nav a[href^="/"]:not([href="/"])')?.getAttribute('href')
  const documents = parsePage((await get('/van-ban')).body)
  const document = [...documents.querySelectorAll('main a[href^="/van-ban/"]')].map((a) => a.getAttribute('href')!).find((h) => !h.includes('?'))
  assert.ok(category && document, 'the seeded portal has a category and a document')
  return ['/', category, SEED_ARTICLE, '/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn', '/van-ban', document, '/hoi-dap', '/lich-cong-tac', '/khong-co-trang-nay']
}

test('a fresh demo shows no alert; its one ended alert is listed in the newsroom', async () => {
  assert.deepEqual(await alertsOn('/'), [])
  const list = parsePage((await users.get('/toa-soan/canh-bao', 'approver')).body)
  assert.match(list.querySelector('table.alert-list')!.textContent!, /Đã kết thúc/)
  assert.equal((await get('/')).headers['cache-control'], PUBLIC_CACHE_CONTROL)
})

test('a reporter cannot post an alert; an approver cannot without the form\'s CSRF token', async () => {
  const fields = { level: 'emergency', textVi: 'Không được đăng', endsAt: inMinutes(60) }
  assert.equal((await users.get('/toa-soan/canh-bao', 'reporter')).statusCode, 403)
  assert.equal((await post(fields, 'reporter')).statusCode, 403)
  assert.equal((await users.post('/toa-soan/canh-bao', fields, 'approver', { csrf: false })).statusCode, 403)
  assert.equal(await portal.db.selectFrom('alerts').select('id').where('text_vi', '=', 'Không được đăng').executeTakeFirst(), undefined)
})

test('bad input is refused in Vietnamese beside each field, keeping what was typed', async () => {
  const res = await post({ level: 'emergency', textVi: '', textEn: 'Kept English', link: 'javascript:alert(1)', startsAt: inMinutes(60), endsAt: inMinutes(30) })
  assert.equal(res.statusCode, 422)
  const doc = parsePage(res.body)
  assert.match(doc.querySelector('#e-textVi')!.textContent!, /Xin nhập nội dung cảnh báo/)
  assert.match(doc.querySelector('#e-link')!.textContent!, /http:\/\/ hoặc https:\/\//)
  assert.match(doc.querySelector('#e-endsAt')!.textContent!, /phải sau thời điểm bắt đầu/)
  assert.equal(doc.querySelector('#f-textEn')!.textContent, 'Kept English')
  assert.equal(doc.querySelector('#f-link')!.getAttribute('value'), 'javascript:alert(1)')
  assert.equal(doc.querySelector('#f-startsAt')!.getAttribute('value'), inMinutes(60))
  const badTime = parsePage((await post({ level: 'khẩn', textVi: STORM, endsAt: '31/02/2026 10:00' })).body)
  assert.ok(badTime.querySelector('#e-level') && badTime.querySelector('#e-endsAt'))
  assert.equal((await post({ textVi: ['a', 'b'] as unknown as string, endsAt: inMinutes(30) })).statusCode, 422, 'a field sent twice is the form again, not a 500')
})

test('an alert posted shows at once above the content on every page kind, in both languages, in RSS and the API, with short lifetimes', async () => {
  const res = await post({ level: 'emergency', textVi: STORM, link: 'https://example.gov.vn/bao-so-9', endsAt: inMinutes(120) })
  assert.equal(res.statusCode, 303)
  for (const url of [...(await everyPageKind()), '/en/', '/en/search?q=storm']) {
    const page = await get(url)
    const doc = parsePage(page.body)
    const region = doc.querySelector('section.urgent-alerts')
    assert.ok(region, `${url} shows the alerts`)
    assert.ok(page.body.indexOf('class="urgent-alerts"') < page.body.indexOf('<main'), `${url}: the alert comes before the content`)
    const shown = region.querySelector('[data-alert-key]')!.textContent!
    assert.match(shown, url.startsWith('/en/') ? /Emergency:/ : /Khẩn cấp:/, `${url}: the level in words`)
    assert.match(shown, /Bão số 9 đổ bộ/, `${url}: the Vietnamese text (no English one was given)`)
    assert.equal(region.querySelector('a')!.getAttribute('href'), 'https://example.gov.vn/bao-so-9')
    if (url.startsWith('/en/')) assert.equal(region.querySelector('span[lang="vi"]')!.textContent, STORM, 'marked as Vietnamese on the English page')
    assert.ok(seenWithin30s(String(page.headers['cache-control'])), `${url}: short lifetime while an alert is shown (${page.headers['cache-control']})`)
    assert.equal(page.headers['set-cookie'], undefined)
  }
  const rss = (await get('/rss')).body
  assert.match(rss.slice(rss.indexOf('<item>'), rss.indexOf('</item>')), /Khẩn cấp: Bão số 9 đổ bộ/, 'the first item of the feed')
  assert.ok(seenWithin30s(String((await get('/rss')).headers['cache-control'])), 'the feed too')
  const apiAnswer = await get('/api/v1/alerts')
  assert.ok(seenWithin30s(String(apiAnswer.headers['cache-control'])), 'and the API')
  const api = JSON.parse(apiAnswer.body) as { data: { level: string; text: { vi: string; en: string | null }; link: string | null }[] }
  assert.deepEqual(api.data.map((a) => [a.level, a.text.vi, a.text.en, a.link]), [['emergency', STORM, null, 'https://example.gov.vn/bao-so-9']])
})

test('the English text shows on English pages; an edit shows at once with a new key, so a hidden alert shows again', async () => {
  const id = await idOf(STORM)
  const before = parsePage((await get('/')).body).querySelector('[data-alert-key]')!.getAttribute('data-alert-key')
  const res = await post({ level: 'emergency', textVi: STORM, textEn: 'Typhoon No. 9: coastal communes evacuate before 5 p.m.', link: '', endsAt: inMinutes(120) }, 'approver', `/toa-soan/canh-bao/${id}`)
  assert.equal(res.statusCode, 303)
  const english = parsePage((await get('/en/')).body).querySelector('.urgent-alerts')!
  assert.match(english.textContent!, /Typhoon No\. 9/)
  assert.equal(english.querySelector('span[lang="vi"]'), null)
  assert.equal(english.querySelector('a'), null, 'the link was removed')
  const after = parsePage((await get('/')).body).querySelector('[data-alert-key]')!.getAttribute('data-alert-key')
  assert.notEqual(after, before)
  const audit = await portal.db.selectFrom('audit_log').select('action').where('item_type', '=', 'alert').where('item_id', '=', String(id)).execute()
  assert.deepEqual(audit.map((a) => a.action).sort(), ['alert.post', 'alert.update'])
})

test('an alert ends by itself at its end time, and a scheduled one appears at its start', async () => {
  const later = 'Triều cường: hạn chế đi lại ven sông từ 18 giờ'
  assert.equal((await post({ level: 'warning', textVi: later, startsAt: inMinutes(200), endsAt: inMinutes(300) })).statusCode, 303)
  assert.deepEqual((await alertsOn('/')).length, 1, 'the scheduled one is not shown yet')
  const list = parsePage((await users.get('/toa-soan/canh-bao', 'approver')).body).querySelector('table.alert-list')!.textContent!
  assert.match(list, /Đang hiện/)
  assert.match(list, /Chờ đến giờ/)

  clock.advance(121 * MINUTE)
  await tick()
  assert.deepEqual(await alertsOn('/'), [], 'the storm alert ended at its end time')
  assert.equal(JSON.parse((await get('/api/v1/alerts')).body).data.length, 0)
  assert.doesNotMatch((await get('/rss')).body, /Bão số 9/)

  clock.advance(80 * MINUTE)
  await tick()
  const shown = await alertsOn('/')
  assert.equal(shown.length, 1)
  assert.match(shown[0]!, /Cảnh báo: Triều cường/)
  assert.equal((await get('/')).headers['cache-control'], ALERT_CACHE_CONTROL)
})

test('"Kết thúc ngay" removes the alert from every page at once, and pages go back to their usual lifetime', async () => {
  const id = await idOf('Triều cường: hạn chế đi lại ven sông từ 18 giờ')
  assert.equal((await users.get(`/toa-soan/canh-bao/${id}`, 'admin')).statusCode, 200, 'the administrator holds the right too')
  assert.equal((await post({}, 'reporter', `/toa-soan/canh-bao/${id}/ket-thuc`)).statusCode, 403)
  assert.equal((await post({}, 'admin', `/toa-soan/canh-bao/${id}/ket-thuc`)).statusCode, 303)
  assert.deepEqual(await alertsOn('/'), [])
  assert.deepEqual(await alertsOn('/en/'), [])
  assert.equal((await get('/')).headers['cache-control'], PUBLIC_CACHE_CONTROL)
  assert.equal((await users.get(`/toa-soan/canh-bao/${id}`, 'approver')).statusCode, 409, 'an ended alert is not edited back to life')
  assert.equal((await users.get('/toa-soan/canh-bao/999999', 'approver')).statusCode, 404)
})
