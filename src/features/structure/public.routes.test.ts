import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { seedStructureDemo } from './structure-demo.ts'
import { insertPerson, listPeople, listUnits } from './structure.repository.ts'

// The readers' structure pages on the demo's Ban Dân vận, on both databases.

describe('the structure pages', () => {
  let portal: TestPortal
  before(async () => {
    portal = await buildTestPortal()
    assert.equal(await seedStructureDemo(portal.db, new Date('2026-11-29T02:00:00Z')), true)
  })
  after(() => portal.close())

  const page = async (url: string) => {
    const response = await portal.app.inject(url)
    assert.equal(response.statusCode, 200, `${url}: ${response.body.slice(0, 300)}`)
    return parsePage(response.body)
  }

  test('the demo is a Ban Dân vận of 8 to 12 people, a spokesperson, a hotline, English for most but not all', async () => {
    const [units, people] = await Promise.all([listUnits(portal.db), listPeople(portal.db)])
    assert.ok(people.length >= 8 && people.length <= 12, `${people.length} people`)
    assert.ok(units.some((u) => u.name === 'Phòng Dân tộc – Tôn giáo') && units.some((u) => u.name === 'Văn phòng'))
    assert.equal(people.filter((p) => p.isSpokesperson).length, 1)
    const english = people.filter((p) => p.titleEn).length
    assert.ok(english > people.length / 2 && english < people.length)
    assert.equal(await seedStructureDemo(portal.db, new Date()), false, 'seeded once')
  })

  test('the chart page is nested lists with the spokesperson and hotline first, and GovernmentOrganization JSON-LD', async () => {
    const doc = await page('/co-cau-to-chuc')
    const points = textOf(doc, '.org-contact-points')
    assert.match(points, /Đường dây nóng.*0234 3822 999/s)
    assert.match(points, /Người phát ngôn: Đặng Thị Mai, Phó Trưởng ban Thường trực/)
    assert.ok(doc.querySelector('.org-contact-points')!.compareDocumentPosition(doc.querySelector('.org-chart')!) & 4, 'contact points come before the chart')
    assert.deepEqual(allText(doc, '.org-chart > li > .org-children > li > .org-box > .org-unit-name'), ['Lãnh đạo Ban', 'Văn phòng', 'Phòng Dân tộc – Tôn giáo', 'Phòng Dân vận chính quyền'])
    assert.match(textOf(doc, '.org-history'), /01\/03\/2025: «Phòng Đoàn thể» sáp nhập vào «Phòng Dân vận chính quyền»/)
    const data = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!) as Record<string, unknown>)
    const org = data.find((d) => d['@type'] === 'GovernmentOrganization') as { name: string; telephone: string; subOrganization: { name: string; member?: { '@type': string; name: string; jobTitle: string }[] }[]; contactPoint: { contactType: string; telephone?: string }[] }
    assert.equal(org.name, 'Ban Dân vận Tỉnh ủy')
    assert.equal(org.telephone, '0234 3822 123')
    const leadership = org.subOrganization.find((u) => u.name === 'Lãnh đạo Ban')!
    assert.deepEqual(leadership.member!.map((m) => [m['@type'], m.name, m.jobTitle])[0], ['Person', 'Nguyễn Văn Hùng', 'Trưởng ban'])
    assert.ok(org.contactPoint.some((c) => c.contactType === 'hotline' && c.telephone === '0234 3822 999'))
  })

  test('the directory finds "nguyen van" and "dang" without marks, and every person has a vCard', async () => {
    const all = await page('/co-cau-to-chuc/danh-ba')
    assert.equal(all.querySelectorAll('table.org-directory tbody tr').length, (await listPeople(portal.db)).length)
    const nguyen = await page('/co-cau-to-chuc/danh-ba?q=nguyen+van')
    const names = allText(nguyen, 'table.org-directory tbody th')
    assert.deepEqual(names.slice(0, 2).sort(), ['Nguyễn Văn An', 'Nguyễn Văn Hùng'])
    assert.match(textOf(nguyen, '[role="status"]'), /Tìm thấy \d+ người/)
    assert.deepEqual(allText(await page('/co-cau-to-chuc/danh-ba?q=dang'), 'table.org-directory tbody th'), ['Đặng Thị Mai Người phát ngôn'])
    assert.equal(allText(await page('/co-cau-to-chuc/danh-ba?q=%C4%90%E1%BA%B6NG'), 'table.org-directory tbody th').length, 1, 'ĐẶNG in capitals')
    assert.match(textOf(await page('/co-cau-to-chuc/danh-ba?q=zzz'), 'article'), /Không có ai phù hợp/)
    assert.equal((await portal.app.inject('/co-cau-to-chuc/danh-ba?q=a&q=b')).statusCode, 200, 'a repeated query is no 500')
  })

  test('a vCard is UTF-8 vCard 4.0 with the Vietnamese name, sent as a download', async () => {
    const mai = (await listPeople(portal.db)).find((p) => p.name === 'Đặng Thị Mai')!
    const response = await portal.app.inject(`/co-cau-to-chuc/danh-ba/${mai.id}.vcf`)
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'text/vcard; charset=utf-8')
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="can-bo-\d+\.vcf"$/)
    const lines = response.rawPayload.toString('utf8').split('\r\n')
    assert.deepEqual(lines.slice(0, 3), ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Đặng Thị Mai'])
    assert.ok(lines.includes('N:Đặng;Mai;Thị;;'))
    assert.ok(lines.includes('TITLE:Phó Trưởng ban Thường trực'))
    assert.ok(lines.includes('EMAIL;TYPE=work:dtmai@example.gov.vn'))
    for (const url of ['/co-cau-to-chuc/danh-ba/99999.vcf', '/co-cau-to-chuc/danh-ba/abc.vcf', '/co-cau-to-chuc/danh-ba/1.txt']) {
      assert.equal((await portal.app.inject(url)).statusCode, 404, url)
    }
  })

  test('/en/organisation is in English, marks what is still Vietnamese, and names the spokesperson and hotline', async () => {
    const doc = await page('/en/organisation')
    assert.equal(doc.documentElement.getAttribute('lang'), 'en')
    assert.equal(textOf(doc, 'h1'), 'Organisation')
    assert.match(textOf(doc, '.org-contact-points'), /Hotline.*0234 3822 999.*Spokesperson: Đặng Thị Mai, Standing Deputy Head/s)
    assert.ok(allText(doc, '.org-unit-name').includes('Ethnic and Religious Affairs Division'))
    const untranslated = [...doc.querySelectorAll('.org-unit-name span[lang="vi"]')].map((s) => s.textContent)
    assert.deepEqual(untranslated, ['Phòng Dân vận chính quyền'])
    assert.ok(doc.querySelector('link[rel="alternate"][hreflang="vi"][href$="/co-cau-to-chuc"]'))
    assert.match(textOf(await page('/en/organisation/directory?q=dang'), 'table.org-directory tbody'), /Đặng Thị Mai.*Standing Deputy Head/s)
  })

  test('names are escaped on every page', async () => {
    const unit = (await listUnits(portal.db)).find((u) => u.name === 'Văn phòng')!
    await insertPerson(portal.db, { name: '<img src=x onerror=alert(1)>', title: 'Chuyên viên "thử"', titleEn: '', unitId: unit.id, since: '2025-01-01', phone: '', email: '', photoMediaId: null, position: undefined, isLeader: false, isSpokesperson: false }, unit.name, new Date())
    for (const url of ['/co-cau-to-chuc', '/co-cau-to-chuc/danh-ba', '/en/organisation']) {
      const body = (await portal.app.inject(url)).body
      assert.ok(!body.includes('<img src=x'), url)
      assert.ok(body.includes('&lt;img src=x onerror=alert(1)&gt;'), url)
    }
  })
})

test('a change in the newsroom reaches the cached structure page at once', async () => {
  const portal = await buildTestPortal()
  try {
    await seedStructureDemo(portal.db, new Date())
    const base = await portal.listen()
    const first = await (await fetch(`${base}/co-cau-to-chuc`)).text()
    assert.match(first, /Phòng Dân vận chính quyền/)
    await createUser(portal.db, 'administrator', 'quantri@example.vn')
    const cookie = (await signIn(portal.app, 'quantri@example.vn')).cookie
    const unit = (await listUnits(portal.db)).find((u) => u.name === 'Phòng Dân vận chính quyền')!
    const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), change: 'rename', onDate: '01/12/2026', newName: 'Phòng Dân vận các cơ quan nhà nước' }).toString()
    const renamed = await portal.app.inject({ method: 'POST', url: `/toa-soan/co-cau/don-vi/${unit.id}/thay-doi`, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
    assert.equal(renamed.statusCode, 303)
    assert.match(await (await fetch(`${base}/co-cau-to-chuc`)).text(), /Phòng Dân vận các cơ quan nhà nước/)
  } finally {
    await portal.close()
  }
})
