import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { parsePage } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Over real HTTP: the page-cache fast path answers before Fastify, and only a listening
// server reaches it.
let portal: TestPortal
let base: string
let article: { id: number; slug: string }
let admin: string

before(async () => {
  portal = await buildTestPortal()
  const categoryId = await createCategory(portal, 'Dân vận')
  article = await createArticle(portal, { categoryId, title: 'Bài được đọc nhiều', publishedAt: new Date() })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
  base = await portal.listen()
})
after(() => portal.close())

async function postByFetch(body: string, json: boolean): Promise<Response> {
  return fetch(`${base}/y-kien/${article.id}`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: json ? 'application/json' : 'text/html', origin: base },
    body: new URLSearchParams({ name: 'Bạn đọc', email: 'bandoc@example.vn', body }).toString(),
  })
}

test('posting comments sets no cookie and leaves the anonymous article page cached; approval re-renders it', async () => {
  const path = `/dan-van/${article.slug}`
  const first = await fetch(base + path)
  assert.equal(first.headers.get('set-cookie'), null)
  const etag = first.headers.get('etag')
  const kept = portal.cache.get(path)
  assert.ok(kept, 'the first visit keeps the page')

  for (const [body, json] of [['Ý kiến không dùng JavaScript', false], ['Ý kiến gửi bằng script', true]] as const) {
    const res = await postByFetch(body, json)
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('set-cookie'), null)
    assert.equal(res.headers.get('cache-control'), 'no-store')
  }

  // The entry itself may have been swapped for its better-compressed copy in the background.
  assert.equal(portal.cache.get(path)?.etag, kept.etag, 'the same cached page: posting purged nothing')
  // Proof the page came from memory: the article row is hidden from the database for a moment.
  await portal.db.updateTable('articles').set({ status: 'draft' }).where('id', '=', article.id).execute()
  const hit = await fetch(base + path)
  assert.equal(hit.status, 200)
  assert.equal(hit.headers.get('etag'), etag)
  assert.equal(hit.headers.get('set-cookie'), null)
  await portal.db.updateTable('articles').set({ status: 'published' }).where('id', '=', article.id).execute()

  const ids = (await portal.db.selectFrom('comments').select('id').where('article_id', '=', article.id).execute()).map((r) => String(r.id))
  const params = new URLSearchParams({ _csrf: await csrfOf(portal.app, admin), 'thao-tac': 'approve', 'xac-nhan': '1' })
  for (const id of ids) params.append('ids', id)
  const approved = await portal.app.inject({ method: 'POST', url: '/toa-soan/y-kien/hang-loat', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: admin }, payload: params.toString() })
  assert.equal(approved.statusCode, 303)
  assert.equal(portal.cache.get(path), undefined, 'approval purges the page')

  const fresh = await fetch(base + path)
  assert.equal(fresh.headers.get('set-cookie'), null)
  assert.notEqual(fresh.headers.get('etag'), etag)
  const texts = [...parsePage(await fresh.text()).querySelectorAll('.comment-list .comment-text')].map((e) => e.textContent)
  assert.deepEqual(texts, ['Ý kiến không dùng JavaScript', 'Ý kiến gửi bằng script'])
  assert.ok(portal.cache.get(path), 'and the new page is cached again')
})

test('the readers\' script is served from the cache, immutable, without a cookie', async () => {
  const page = parsePage(await (await fetch(`${base}/dan-van/${article.slug}`)).text())
  const src = page.querySelector('.comments script[src]')!.getAttribute('src')!
  assert.match(src, /^\/assets\/y-kien-[0-9a-f]{12}\.js$/)
  const res = await fetch(base + src)
  assert.equal(res.status, 200)
  assert.match(res.headers.get('content-type')!, /javascript/)
  assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable')
  assert.equal(res.headers.get('set-cookie'), null)
})
