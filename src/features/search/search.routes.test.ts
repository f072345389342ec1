import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { apiContract, type ApiContract } from '../../../test/support/api-contract.ts'
import { allText, parsePage } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

let portal: TestPortal
let base: string
// Every API reply below is checked against the schema its route declares for its status.
let contract: ApiContract

before(async () => {
  portal = await buildTestPortal({ seed: true })
  base = await portal.listen()
  contract = await apiContract(portal.app)
})
after(() => portal.close())

const SEED_TITLE = 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021'
const search = (query: string) => portal.app.inject({ method: 'GET', url: `/tim-kiem?${query}` })

describe('the search page', () => {
  test('every public page has a search box labelled "Tìm kiếm" that sends GET /tim-kiem', async () => {
    const doc = parsePage((await portal.app.inject({ method: 'GET', url: '/' })).body)
    const form = doc.querySelector('header form[role=search]')!
    assert.equal(form.getAttribute('action'), '/tim-kiem')
    assert.equal(form.getAttribute('method'), 'get')
    const input = form.querySelector('input[name=q]')!
    assert.equal(doc.querySelector(`label[for="${input.getAttribute('id')}"]`)?.textContent, 'Tìm kiếm')
  })

  test('"dan van kheo" lists the seed article first, with "Dân vận khéo" marked in its snippet', async () => {
    const res = await search('q=dan+van+kheo')
    assert.equal(res.statusCode, 200)
    const doc = parsePage(res.body)
    const titles = allText(doc, '.search-result h2')
    assert.equal(titles[0], SEED_TITLE, titles.join('\n'))
    const seed = doc.querySelector('.search-result')!
    assert.ok([...seed.querySelectorAll('.snippet mark')].some((m) => m.textContent === 'Dân vận khéo'))
    assert.deepEqual(allText(seed, 'h2 mark'), ['Dân vận'], 'the part of the query in its title is marked too')
    assert.match(seed.querySelector('.meta')!.textContent!, /Dân vận · Thứ Sáu, 15\/01\/2021 09:30/)
  })

  test('a query naming the seed article finds it first, however it is typed', async () => {
    for (const q of ['hoi nghi tong ket cong tac dan van nam 2020', 'Hội nghị tổng kết công tác Dân vận năm 2020', 'HỘI NGHỊ TỔNG KẾT dân vận 2020']) {
      const doc = parsePage((await search(`q=${encodeURIComponent(q)}`)).body)
      assert.equal(allText(doc, '.search-result h2')[0], SEED_TITLE, q)
    }
  })

  test('search pages set no cookie, are cached briefly by browsers only, and ask not to be indexed', async () => {
    const res = await fetch(`${base}/tim-kiem?q=dan+van`)
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('set-cookie'), null)
    assert.equal(res.headers.get('cache-control'), 'public, max-age=60')
    assert.equal(res.headers.get('x-robots-tag'), 'noindex')
    assert.ok(parsePage(await res.text()).querySelector('meta[name=robots][content=noindex]'))
    assert.equal(portal.cache.get('/tim-kiem?q=dan+van'), undefined, 'not kept in the page cache')
  })

  test('an empty query shows just the form', async () => {
    for (const query of ['', 'q=', 'q=+++', 'q=%22%22']) {
      const res = await search(query)
      assert.equal(res.statusCode, 200, query)
      const doc = parsePage(res.body)
      assert.ok(doc.querySelector('main form[role=search]'))
      assert.equal(doc.querySelectorAll('.search-result').length, 0)
      assert.equal(doc.querySelector('.nothing-found'), null)
    }
  })

  test('nothing found: the folded query, advice, and looser searches that do find something', async () => {
    const doc = parsePage((await search(`q=${encodeURIComponent('"khéo dân"')}&chuyen-muc=dan-van`)).body)
    assert.match(allText(doc, '.nothing-found h2')[0]!, /Không tìm thấy bài viết nào cho “"khéo dân"”/)
    assert.match(allText(doc, '.nothing-found')[0]!, /Đã tìm theo: "kheo dan"/)
    assert.match(allText(doc, '.nothing-found')[0]!, /Bỏ bớt bộ lọc/)
    assert.deepEqual(allText(doc, '.suggestions a'), ['khéo dân (không cần đúng cụm từ)'])
    const suggested = parsePage((await portal.app.inject({ method: 'GET', url: doc.querySelector('.suggestions a')!.getAttribute('href')! })).body)
    assert.ok(suggested.querySelectorAll('.search-result').length > 0)
  })

  test('with only some syllables found, those articles are shown as partial matches', async () => {
    const doc = parsePage((await search('q=d%C3%A2n+v%E1%BA%ADn+xyzzyq')).body)
    assert.ok(doc.querySelectorAll('.search-result.partial').length > 0)
    assert.equal(doc.querySelectorAll('.search-result:not(.partial)').length, 0)
    assert.match(allText(doc, '.search-result .meta')[0]!, /chỉ có một phần từ khóa/)
  })

  test('filters by category and dates, and pages through the results', async () => {
    const inCategory = parsePage((await search('q=d%C3%A2n&chuyen-muc=mo-hinh-hay')).body)
    const urls = [...inCategory.querySelectorAll('.search-result h2 a')].map((a) => a.getAttribute('href')!)
    assert.ok(urls.length > 0 && urls.every((u) => u.startsWith('/dan-van-kheo/mo-hinh-hay/')), urls.join(' '))
    const inJanuary = parsePage((await search('q=d%C3%A2n&tu=2021-01-15&den=2021-01-15')).body)
    assert.deepEqual(allText(inJanuary, '.search-result h2'), [SEED_TITLE])
    const first = parsePage((await search('q=d%C3%A2n')).body)
    const next = first.querySelector('a[rel=next]')!.getAttribute('href')!
    const second = parsePage((await portal.app.inject({ method: 'GET', url: next })).body)
    assert.equal(second.querySelector('ol.search-results')!.getAttribute('start'), '11')
    const firstTitles = new Set(allText(first, '.search-result h2'))
    assert.ok(allText(second, '.search-result h2').every((t) => !firstTitles.has(t)))
    assert.ok(second.querySelector('a[rel=prev]'))
  })

  test('markup typed into the query is shown as text, never as markup', async () => {
    const res = await search(`q=${encodeURIComponent('<script>alert(1)</script> dân')}`)
    assert.equal(res.statusCode, 200)
    assert.ok(!res.body.includes('<script>alert(1)'))
    assert.ok(res.body.includes('&lt;script&gt;alert(1)&lt;/script&gt; dân'))
  })

  const nasty = ['"', '*', 'NEAR(', 'NEAR(dân vận, 2)', 'OR', 'a OR b', ':', 'title:dân', '{title}:dân', '^dân', 'dân*', '-', '-"',
    "'; DROP TABLE articles; --", '1 OR 1=1', '\\', '&|!', '<->', ':*', '%00', '\u0001\u0002', '😀', 'a'.repeat(1000), 'dân '.repeat(250)]
  for (const q of nasty) {
    test(`the query ${JSON.stringify(q.slice(0, 24))} gives a normal page`, async () => {
      const res = await search(`q=${encodeURIComponent(q)}`)
      assert.equal(res.statusCode, 200)
      const api = await contract.inject({ method: 'GET', url: `/api/v1/search?q=${encodeURIComponent(q)}` })
      assert.equal(api.statusCode, 200, api.body)
    })
  }

  const bad: [string, string][] = [
    ['q=d%C3%A2n&tu=2021-13-01', 'invalid_date'], ['q=d%C3%A2n&den=hom-qua', 'invalid_date'], ['q=d%C3%A2n&tu=2021-02-01&den=2021-01-01', 'invalid_date_range'],
    ['q=d%C3%A2n&chuyen-muc=khong-co', 'unknown_category'], ['q=d%C3%A2n&trang=0', 'invalid_page'], ['q=d%C3%A2n&trang=abc', 'invalid_page'],
    ['q=d%C3%A2n&trang=100000', 'invalid_page'], ['q=d%C3%A2n&sap-xep=ngau-nhien', 'invalid_order'], ['q=a&q=b', 'invalid_request'],
  ]
  for (const [query, code] of bad) {
    test(`?${query} is a clear 400 (${code}) in Vietnamese`, async () => {
      const res = await search(query)
      assert.equal(res.statusCode, 400)
      assert.match(res.headers['content-type'] as string, /text\/html/)
    })
  }
})

describe('GET /api/v1/search', () => {
  test('answers JSON with titles and snippets marked, category and time', async () => {
    const res = await contract.inject({ method: 'GET', url: '/api/v1/search?q=hoi+nghi+tong+ket+dan+van+2020' })
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['set-cookie'], undefined)
    const body = res.json()
    const first = body.data[0]
    assert.equal(first.title, SEED_TITLE)
    assert.equal(first.url, '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021')
    assert.match(first.titleHtml, /<mark>Hội nghị tổng kết<\/mark> công tác <mark>Dân vận<\/mark> năm <mark>2020<\/mark>/)
    assert.deepEqual(first.category, { id: first.category.id, name: 'Dân vận', path: '/tin-tuc/dan-van' })
    assert.equal(first.publishedAt, '2021-01-15T02:30:00.000Z')
    assert.equal(body.page, 1)
  })

  test('bad parameters are a 400 with a stable code', async () => {
    const cases: [string, string][] = [
      ['?q=a&from=2021-02-30', 'invalid_date'], ['?q=a&category=khong-co', 'unknown_category'], ['?q=a&page=0', 'invalid_request'],
      ['?q=a&sort=random', 'invalid_request'], ['?q=a&unknown=1', 'invalid_request'], ['', 'invalid_request'], [`?q=${'a'.repeat(1001)}`, 'invalid_request'],
    ]
    for (const [query, code] of cases) {
      const res = await contract.inject({ method: 'GET', url: `/api/v1/search${query}` })
      assert.equal(res.statusCode, 400, query)
      assert.equal(res.json().error.code, code, query)
    }
  })

  test('is described in the OpenAPI document', async () => {
    const doc = (await portal.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
    assert.ok(doc.paths['/search']?.get)
  })
})
