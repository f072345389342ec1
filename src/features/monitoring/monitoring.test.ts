import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { directivesOf } from '../../../test/support/csp.ts'
import { parsePage } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { inlineHash } from '../../platform/http/security-headers.ts'
import { hasEmcCode } from './index.ts'

// The EMC code on a seeded portal: refused when it carries anything but scripts and counting
// images, confirmed before saving, then in the <head> of every kind of public page, with the
// policy allowing exactly its hosts and its inline code's hash.
const LOADER = "(function(){var s=document.createElement('script');s.async=true;s.src='https://tk.emc.gov.vn/collect.js';document.head.appendChild(s)})()"
const EMC = `<!-- EMC -->\n<script async src="https://emc.gov.vn/js/emc.js" data-site="toa-soan"></script>\n<script>${LOADER}</script>\n<noscript><img src="https://anh.emc.gov.vn/p.gif" alt=""></noscript>`
const SEED_ARTICLE = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const PATH = '/toa-soan/quan-tri/ma-theo-doi'
let portal: TestPortal
let admin: string

before(async () => {
  portal = await buildTestPortal({ seed: true })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
})
after(() => portal.close())

async function post(fields: Record<string, string>, cookie = admin) {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url: PATH, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
}

const get = (url: string) => portal.app.inject({ url })

/** One address of every kind of public page, found from the seeded portal's own links. */
async function everyPageKind(): Promise<string[]> {
  const home = parsePage((await get('/')).body)
  const category = home.querySelector('nav a[href^="/"]:not([href="/"])')?.getAttribute('href')
  const documents = parsePage((await get('/van-ban')).body)
  const document = [...documents.querySelectorAll('main a[href^="/van-ban/"]')].map((a) => a.getAttribute('href')!).find((h) => !h.includes('?'))
  assert.ok(category && document, 'the seeded portal has a category and a document')
  return ['/', category, SEED_ARTICLE, '/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn', '/van-ban', document, '/hoi-dap', '/khong-co-trang-nay']
}

test('a snippet with anything but scripts and counting images is refused in Vietnamese, and nothing is saved', async () => {
  for (const bad of ['<iframe src="https://emc.gov.vn/"></iframe>', '<script src="https://emc.gov.vn/a.js" onload="x()"></script>', '<div>EMC</div>', '<script src="javascript:alert(1)"></script>']) {
    const res = await post({ emc: bad, confirmed: '1' })
    assert.equal(res.statusCode, 422, bad)
    assert.ok(parsePage(res.body).querySelector('#e-emc'), `the EMC field says why: ${bad}`)
  }
  assert.equal((await portal.db.selectFrom('monitoring_codes').selectAll().execute()).length, 0)
  assert.equal(hasEmcCode(portal.services), false)
})

test('only an administrator reaches the screen', async () => {
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  const editor = (await signIn(portal.app, 'bientap@example.vn')).cookie
  assert.equal((await portal.app.inject({ url: PATH, headers: { cookie: editor } })).statusCode, 403)
  assert.equal((await post({ emc: EMC, confirmed: '1' }, editor)).statusCode, 403)
  const withoutToken = await portal.app.inject({ method: 'POST', url: PATH, payload: new URLSearchParams({ emc: EMC, confirmed: '1' }).toString(), headers: { cookie: admin, 'content-type': 'application/x-www-form-urlencoded' } })
  assert.equal(withoutToken.statusCode, 403, 'the form\'s CSRF token is required')
  assert.equal((await portal.db.selectFrom('monitoring_codes').selectAll().execute()).length, 0)
})

test('the EMC code is confirmed, then carried in the <head> of every page kind, with the policy allowing exactly its sources', async () => {
  const pages = await everyPageKind()
  for (const url of pages) await get(url) // cached before the change: saving must purge them
  const before = directivesOf((await get('/')).headers['content-security-policy'] as string)

  const review = await post({ emc: EMC, analytics: '' })
  assert.equal(review.statusCode, 200)
  const listed = [...parsePage(review.body).querySelectorAll('.monitoring-sources code')].map((c) => c.textContent)
  assert.deepEqual(listed, ['https://emc.gov.vn', 'https://tk.emc.gov.vn', 'https://emc.gov.vn', 'https://tk.emc.gov.vn', 'https://tk.emc.gov.vn', 'https://anh.emc.gov.vn', inlineHash(LOADER)])
  assert.equal((await portal.db.selectFrom('monitoring_codes').selectAll().execute()).length, 0, 'nothing saved before the confirmation')

  const saved = await post({ emc: EMC, analytics: '', confirmed: '1' })
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 300))
  assert.equal(hasEmcCode(portal.services), true)

  for (const url of pages) {
    const res = await get(url)
    const head = parsePage(res.body).querySelector('head')!
    const scripts = [...head.querySelectorAll('script:not([type])')]
    assert.ok(scripts.some((s) => s.getAttribute('src') === 'https://emc.gov.vn/js/emc.js' && s.getAttribute('data-site') === 'toa-soan'), `${url} loads the EMC script from its <head>`)
    assert.ok(scripts.some((s) => s.textContent === LOADER), `${url} carries the inline part as it was pasted`)
    assert.ok(!res.body.includes('<!-- EMC -->'), 'the page carries markup rebuilt from what was read, not the pasted text')

    const csp = directivesOf(res.headers['content-security-policy'] as string)
    assert.deepEqual(csp['script-src'], [...before['script-src']!, 'https://emc.gov.vn', 'https://tk.emc.gov.vn', inlineHash(LOADER)], url)
    assert.deepEqual(csp['connect-src'], [...before['connect-src']!, 'https://emc.gov.vn', 'https://tk.emc.gov.vn'], url)
    assert.deepEqual(csp['img-src'], [...before['img-src']!, 'https://tk.emc.gov.vn', 'https://anh.emc.gov.vn'], url)
    assert.ok(!csp['script-src']!.includes("'unsafe-inline'"))
  }
  const newsroomCsp = directivesOf((await portal.app.inject({ url: PATH, headers: { cookie: admin } })).headers['content-security-policy'] as string)
  assert.ok(!newsroomCsp['script-src']!.includes('https://emc.gov.vn'), 'the newsroom does not load the code')

  const audit = await portal.db.selectFrom('audit_log').select(['action', 'item_id']).where('item_type', '=', 'monitoring-code').execute()
  assert.deepEqual(audit, [{ action: 'monitoring.update', item_id: 'emc' }])
  const log = parsePage((await portal.app.inject({ url: '/toa-soan/nhat-ky?hanh-dong=monitoring.update', headers: { cookie: admin } })).body)
  assert.match(log.querySelector('.audit-log tbody .audit-sentence')?.textContent ?? '', /đã sửa mã theo dõi/, 'the audit log reads in words')
  assert.match((await portal.app.inject({ url: '/toa-soan', headers: { cookie: admin } })).body, /href="\/toa-soan\/quan-tri\/ma-theo-doi"/, 'the newsroom links the screen')

  // Emptied: gone from the pages and from the policy.
  assert.equal((await post({ emc: '', analytics: '', confirmed: '1' })).statusCode, 303)
  const res = await get('/')
  assert.ok(!res.body.includes('emc.gov.vn'))
  assert.deepEqual(directivesOf(res.headers['content-security-policy'] as string)['script-src'], before['script-src'])
  assert.equal(hasEmcCode(portal.services), false)
})
