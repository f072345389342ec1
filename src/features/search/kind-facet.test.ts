import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiContract, type ApiContract } from '../../../test/support/api-contract.ts'
import { allText, parsePage } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Issue 14: the site search's kind facet ("Loại nội dung: Tất cả · Bài viết (n) · Văn bản (n)"),
// on the demo portal (its articles and its Văn bản), on the test database (SQLite, or PostgreSQL
// with TEST_DATABASE_URL). The kinds and their words come from the content sources.

let portal: TestPortal
let contract: ApiContract

before(async () => {
  portal = await buildTestPortal({ seed: true })
  contract = await apiContract(portal.app)
  await portal.search.whenIdle()
})
after(() => portal.close())

const page = async (query: string) => {
  const res = await portal.app.inject(`/tim-kiem?${query}`)
  assert.equal(res.statusCode, 200, res.body)
  return parsePage(res.body)
}
const api = async (query: string) => {
  const res = await contract.inject(`/api/v1/search?${query}`)
  assert.equal(res.statusCode, 200, res.body)
  return res.json() as { data: { kind: string; title: string }[]; kinds: { kind: string; label: string; count: number; capped: boolean }[]; total: number }
}
const facet = (doc: Document) => [...doc.querySelectorAll('.kind-facet li a')].map((a) => ({
  text: a.textContent!.trim(), href: a.getAttribute('href')!, current: a.getAttribute('aria-current') === 'page',
}))

test('the search page offers every kind with how many it finds, and each link narrows the results to it', async () => {
  const { kinds } = await api('q=dat+dai')
  // Every content source's kind, labelled by its module: articles first, then the others in the modules' order.
  assert.deepEqual(kinds.map((k) => [k.kind, k.label]), [['article', 'Bài viết'], ['document', 'Văn bản'], ['question', 'Hỏi đáp'], ['feedback', 'Phản ánh, kiến nghị'], ['page', 'Trang thông tin']])
  const documents = kinds.find((k) => k.kind === 'document')!
  assert.ok(documents.count >= 2, 'the demo\'s land decisions')

  const doc = await page('q=dat+dai')
  assert.equal(doc.querySelector('.kind-facet h2')?.textContent, 'Loại nội dung:')
  const links = facet(doc)
  assert.deepEqual(links.map((l) => l.text), ['Tất cả', ...kinds.map((k) => `${k.label} (${k.count})`)])
  assert.deepEqual(links.map((l) => l.current), [true, ...kinds.map(() => false)])
  assert.equal(links[2]!.href, '/tim-kiem?q=dat+dai&loai=van-ban')

  // Following "Văn bản": only documents, as many as its count said, and the facet still offers every kind.
  const narrowed = await page('q=dat+dai&loai=van-ban')
  const hrefs = [...narrowed.querySelectorAll('.search-result h2 a')].map((a) => a.getAttribute('href')!)
  assert.equal(hrefs.length, Math.min(documents.count, 10))
  assert.ok(hrefs.every((h) => h.startsWith('/van-ban/')), hrefs.join(' '))
  assert.equal(narrowed.querySelector('.search-count')?.textContent, `${documents.count} kết quả`)
  assert.deepEqual(facet(narrowed).map((l) => [l.text, l.current]), [['Tất cả', false], ...kinds.map((k) => [`${k.label} (${k.count})`, k.kind === 'document'])])
  assert.equal(narrowed.querySelector('select[name=loai] option[selected]')?.getAttribute('value'), 'van-ban', 'the form keeps the kind')

  const articles = await page('q=dat+dai&loai=bai-viet')
  assert.ok([...articles.querySelectorAll('.search-result h2 a')].every((a) => !a.getAttribute('href')!.startsWith('/van-ban/')))
})

test('"quyet dinh 15 2021" among documents puts Quyết định 15/2021/QĐ-UBND first, on the search page, the API and the register', async () => {
  const doc = await page('q=quyet+dinh+15+2021&loai=van-ban')
  assert.equal(allText(doc, '.search-result h2')[0], 'Quyết định 15/2021/QĐ-UBND')
  const found = await api('q=quyet+dinh+15+2021&kind=document')
  assert.deepEqual([found.data[0]?.kind, found.data[0]?.title], ['document', 'Quyết định 15/2021/QĐ-UBND'])
  assert.ok(found.data.every((d) => d.kind === 'document'))
  const register = parsePage((await portal.app.inject('/van-ban?q=quyet+dinh+15+2021')).body)
  assert.match(register.querySelector('.document-item a')?.textContent ?? '', /15\/2021\/QĐ-UBND/)
})

test('a kind the portal does not have is a clear 400, never a 500', async () => {
  const res = await portal.app.inject('/tim-kiem?q=dat+dai&loai=tin-do')
  assert.equal(res.statusCode, 400)
  assert.match(res.body, /Loại nội dung cần tìm không có trên cổng/)
  const fromApi = await contract.inject('/api/v1/search?q=dat+dai&kind=poll')
  assert.equal(fromApi.statusCode, 400)
  assert.equal(fromApi.json().error.code, 'unknown_kind')
})

test('a kind with nothing found still shows the facet, so the reader can go back to every kind', async () => {
  const { kinds } = await api('q=kheo')
  assert.equal(kinds.find((k) => k.kind === 'document')?.count, 0)
  assert.ok(kinds.find((k) => k.kind === 'article')!.count > 0)
  const doc = await page('q=kheo&loai=van-ban')
  assert.ok(doc.querySelector('.nothing-found'))
  assert.ok(facet(doc).map((l) => l.text).includes('Văn bản (0)'))
  assert.equal(facet(doc)[0]!.href, '/tim-kiem?q=kheo')
})
