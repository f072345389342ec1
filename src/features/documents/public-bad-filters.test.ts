import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createDocument, createIssuer, createKind } from '../../../test/support/documents.factory.ts'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// A list address with a filter the register cannot read (typed by hand, an old link): the reader
// is told which one, in the page's language, and given the unfiltered list; the API names the
// parameter in English. Never a 500, never the generic error page.

describe('the register with a filter it cannot read', () => {
  let portal: TestPortal

  before(async () => {
    portal = await buildTestPortal()
    const kindId = await createKind(portal, 'Quyết định', { abbreviation: 'QĐ' })
    const issuerId = await createIssuer(portal, 'UBND tỉnh Bình Định', 'UBND')
    await createDocument(portal, { kindId, issuerId, number: '15/2021/QĐ-UBND', summary: 'Ban hành quy định về bồi thường', issuedOn: '2021-05-10' })
  })
  after(() => portal.close())

  test('/van-ban names the wrong filter in Vietnamese and links the unfiltered list', async () => {
    const cases: [string, string][] = [
      ['/van-ban?nam=99999', 'Năm «99999» không hợp lệ.'],
      ['/van-ban?loai=abc', 'Loại văn bản «abc» không hợp lệ.'],
      ['/van-ban?hieu-luc=con-hieu-luc', 'Hiệu lực «con-hieu-luc» không hợp lệ.'],
      ['/van-ban?co-quan=-1', 'Cơ quan ban hành «-1» không hợp lệ.'],
      ['/van-ban?linh-vuc=1.5', 'Lĩnh vực «1.5» không hợp lệ.'],
      ['/van-ban?sau=x', 'Địa chỉ trang tiếp «x» không hợp lệ.'],
      ['/van-ban?nam=2021&nam=2022', 'Năm «2021, 2022» không hợp lệ.'],
      // The first wrong one is named; a right one beside it does not hide it.
      ['/van-ban?loai=1&nam=20x1', 'Năm «20x1» không hợp lệ.'],
    ]
    for (const [url, message] of cases) {
      const res = await portal.app.inject(url)
      assert.equal(res.statusCode, 400, url)
      assert.equal(res.headers['cache-control'], 'no-store', url)
      const page = parsePage(res.body)
      assert.equal(page.documentElement.getAttribute('lang'), 'vi', url)
      assert.equal(textOf(page, '.bad-filter'), message, url)
      assert.equal(page.querySelector('a.bad-filter-all[href="/van-ban"]')?.textContent, 'Xem danh sách văn bản không lọc', url)
    }
  })

  test('a wrong value is shown escaped and shortened', async () => {
    const res = await portal.app.inject(`/van-ban?loai=${encodeURIComponent('<b>x</b>' + 'a'.repeat(200))}`)
    assert.equal(res.statusCode, 400)
    assert.ok(!res.body.includes('<b>x</b>'))
    assert.equal(textOf(parsePage(res.body), '.bad-filter'), `Loại văn bản «<b>x</b>${'a'.repeat(72)}…» không hợp lệ.`)
  })

  test('/en/documents says it in English, with the English list', async () => {
    const res = await portal.app.inject('/en/documents?year=99999')
    assert.equal(res.statusCode, 400)
    const page = parsePage(res.body)
    assert.equal(page.documentElement.getAttribute('lang'), 'en')
    assert.equal(textOf(page, '.bad-filter'), 'Year «99999» is not valid.')
    assert.equal(page.querySelector('a.bad-filter-all[href="/en/documents"]')?.textContent, 'See the unfiltered list of documents')
    assert.equal(textOf(parsePage((await portal.app.inject('/en/documents?kind=abc')).body), '.bad-filter'), 'Kind «abc» is not valid.')
  })

  test('the list still answers with right filters', async () => {
    const res = await portal.app.inject('/van-ban?nam=2021')
    assert.equal(res.statusCode, 200)
    assert.equal(parsePage(res.body).querySelector('.bad-filter'), null)
  })

  test('the API answers 400 with an English message naming the parameter', async () => {
    const cases: [string, RegExp][] = [
      ['?year=99999', /^Parameter "year" "99999" is not valid: it must be <= 9999$/],
      ['?kind=abc', /^Parameter "kind" "abc" is not valid/],
      ['?validity=mostly', /^Parameter "validity" "mostly" is not valid: it must be one of not_yet, in_force, partly_expired, expired, suspended$/],
      ['?year=2021&year=2022', /^Parameter "year" is given 2 times; give it once$/],
      ['?unknown=1', /^Unknown parameter "unknown"; this list takes kind, issuer, field, year, validity, q, cursor, limit$/],
    ]
    for (const [query, message] of cases) {
      const res = await portal.app.inject(`/api/v1/documents${query}`)
      assert.equal(res.statusCode, 400, query)
      assert.equal(res.json().error.code, 'invalid_parameter', query)
      assert.match(res.json().error.message, message, query)
    }
  })
})
