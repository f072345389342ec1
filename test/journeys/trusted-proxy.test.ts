import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { postComment } from '../support/comments.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The limits per address are only as good as the address: X-Forwarded-For is believed from the
// proxies TRUST_PROXY names, and from nobody else.
let behindRemoteProxy: TestPortal
let behindLocalProxy: TestPortal
let remoteArticle: number
let localArticle: number

before(async () => {
  behindRemoteProxy = await buildTestPortal({ env: { TRUST_PROXY: '10.20.30.40,192.168.50.0/24' } })
  behindLocalProxy = await buildTestPortal()
  remoteArticle = (await createArticle(behindRemoteProxy, { title: 'Bài nhận ý kiến', categoryId: await createCategory(behindRemoteProxy, 'Dân vận') })).id
  localArticle = (await createArticle(behindLocalProxy, { title: 'Bài nhận ý kiến', categoryId: await createCategory(behindLocalProxy, 'Dân vận') })).id
})
after(() => Promise.all([behindRemoteProxy.close(), behindLocalProxy.close()]))

const statuses = async (portal: TestPortal, articleId: number) => {
  const seen: number[] = []
  // inject() comes from 127.0.0.1; each comment claims another reader's address.
  for (let i = 0; i < 4; i++) seen.push((await postComment(portal.app, articleId, { body: `Ý kiến thứ ${i} về bài.` }, { ip: `203.0.113.${50 + i}` })).statusCode)
  return seen
}

test('with TRUST_PROXY naming another host, X-Forwarded-For from 127.0.0.1 is ignored: the comments are limited together', async () => {
  const seen = await statuses(behindRemoteProxy, remoteArticle)
  assert.deepEqual(seen.slice(0, 2), [200, 200], `the first two pass: ${seen}`)
  assert.ok(seen.slice(2).every((s) => s === 422 || s === 429), `then one address posting fast is challenged: ${seen}`)
})

test('by default nginx on this machine is believed: each forwarded reader has their own limit', async () => {
  const seen = await statuses(behindLocalProxy, localArticle)
  assert.deepEqual(seen, [200, 200, 200, 200])
})

test('X-Forwarded-For from a proxy TRUST_PROXY names is believed', async () => {
  const second = (await createArticle(behindRemoteProxy, { title: 'Bài thứ hai nhận ý kiến', categoryId: await createCategory(behindRemoteProxy, 'Kinh tế') })).id
  const seen: number[] = []
  for (let i = 0; i < 4; i++) {
    const res = await postComment({ inject: (options) => behindRemoteProxy.app.inject({ ...options, remoteAddress: '192.168.50.7' }) }, second, { body: `Ý kiến qua proxy ${i}.` }, { ip: `198.51.100.${10 + i}` })
    seen.push(res.statusCode)
  }
  assert.deepEqual(seen, [200, 200, 200, 200])
})
