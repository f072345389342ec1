import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createDraft } from '../../../../test/support/consultation.ts'
import { parsePage, textOf } from '../../../../test/support/html.ts'
import { TestClock } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'

// The consultation's page in English (/en/documents/<slug>/comments), beside the Vietnamese one
// (/van-ban/<slug>/gop-y): the same draft, window, comments and report, in English words, each
// naming the other with hreflang; a comment posted from it is answered in English.

let portal: TestPortal
// 06:00 on 10/12/2026 in Hà Nội.
const clock = new TestClock(new Date('2026-12-09T23:00:00Z'))
let open: { id: number; slug: string }
let closed: { id: number; slug: string }

before(async () => {
  portal = await buildTestPortal({ clock })
  open = await createDraft(portal.db, { opensOn: '2026-12-10', closesOn: '2026-12-20' })
  closed = await createDraft(portal.db, { opensOn: '2026-11-01', closesOn: '2026-11-30', reportHtml: '<p>Tiếp thu ý kiến về Điều 3.</p>' })
})
after(() => portal.close())

const page = async (url: string) => {
  const res = await portal.app.inject(url)
  return { res, doc: parsePage(res.body) }
}
const hreflang = (doc: Document, lang: string) => new URL(doc.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)!.getAttribute('href')!, 'http://x').pathname

test('a closed draft\'s report has its English page, and the two pages name each other', async () => {
  const en = await page(`/en/documents/${closed.slug}/comments`)
  assert.equal(en.res.statusCode, 200)
  assert.equal(en.doc.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(en.doc, '.consultation-report h3'), 'Report on how comments were taken into account')
  assert.equal(textOf(en.doc, '.consultation-report .article-body'), 'Tiếp thu ý kiến về Điều 3.')
  assert.equal(en.doc.querySelector('.consultation-page a[href^="/en/documents/"]')?.getAttribute('href'), `/en/documents/${closed.slug}`)
  assert.equal(hreflang(en.doc, 'vi'), `/van-ban/${closed.slug}/gop-y`)
  assert.equal(hreflang(en.doc, 'en'), `/en/documents/${closed.slug}/comments`)

  const vi = await page(`/van-ban/${closed.slug}/gop-y`)
  assert.equal(vi.res.statusCode, 200)
  assert.equal(textOf(vi.doc, '.consultation-report h3'), 'Báo cáo tiếp thu, giải trình')
  assert.equal(hreflang(vi.doc, 'en'), `/en/documents/${closed.slug}/comments`)
  assert.equal(hreflang(vi.doc, 'vi'), `/van-ban/${closed.slug}/gop-y`)
})

test('no English page where there is no Vietnamese one', async () => {
  const unconsulted = await createDraft(portal.db, {})
  const draft = await createDraft(portal.db, { opensOn: '2026-12-10', closesOn: '2026-12-20', status: 'draft' })
  for (const slug of [unconsulted.slug, draft.slug, 'khong-co']) {
    assert.equal((await portal.app.inject(`/van-ban/${slug}/gop-y`)).statusCode, 404, slug)
    assert.equal((await portal.app.inject(`/en/documents/${slug}/comments`)).statusCode, 404, slug)
  }
})

test('an open draft\'s English pages post to the English page, which answers in English', async () => {
  const documentPage = await page(`/en/documents/${open.slug}`)
  assert.equal(documentPage.doc.querySelector('#gui-gop-y')?.getAttribute('action'), `/en/documents/${open.slug}/comments`)
  const own = await page(`/en/documents/${open.slug}/comments`)
  assert.equal(own.doc.querySelector('#gui-gop-y')?.getAttribute('action'), `/en/documents/${open.slug}/comments`)
  assert.equal(own.doc.querySelector('label[for="gy-name"]')?.textContent, parsePage((await portal.app.inject(`/en/documents/${open.slug}`)).body).querySelector('label[for="gy-name"]')?.textContent)

  const post = (fields: Record<string, string>) => portal.app.inject({
    method: 'POST', url: `/en/documents/${open.slug}/comments`,
    payload: new URLSearchParams({ name: 'John Smith', email: 'john@example.org', body: 'Please clarify Article 1.', ...fields }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.18.200.7' },
  })
  const refused = await post({ name: ' ' })
  assert.equal(refused.statusCode, 422)
  const form = parsePage(refused.body)
  assert.equal(form.documentElement.getAttribute('lang'), 'en')
  assert.doesNotMatch(textOf(form, '#gy-e-name'), /Xin/)
  assert.equal(form.querySelector<HTMLTextAreaElement>('#gy-body')?.textContent, 'Please clarify Article 1.')

  const sent = await post({})
  assert.equal(sent.statusCode, 200)
  assert.equal(sent.headers['cache-control'], 'no-store')
  const answer = parsePage(sent.body)
  assert.equal(answer.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(answer, 'h1'), 'We have received your comment')
  assert.equal(answer.querySelector('.comment-answer a')?.getAttribute('href'), `/en/documents/${open.slug}`)
  const rows = await portal.db.selectFrom('document_comments').select(['author_name', 'status']).where('document_id', '=', open.id).execute()
  assert.deepEqual(rows, [{ author_name: 'John Smith', status: 'pending' }])
})
