import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createDraft } from '../../../../test/support/consultation.ts'
import { parsePage } from '../../../../test/support/html.ts'
import { TestClock } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'

// Over real HTTP: the page-cache fast path answers before Fastify, and only a listening server reaches it.
let portal: TestPortal
let base: string
let draft: { id: number; slug: string }

before(async () => {
  portal = await buildTestPortal({ clock: new TestClock(new Date('2026-12-15T02:00:00Z')) })
  draft = await createDraft(portal.db, { opensOn: '2026-12-10', closesOn: '2026-12-20' })
  base = await portal.listen()
})
after(() => portal.close())

test('the form posted from a page the cache answered is received, with no cookie either way, and the page stays cached', async () => {
  const path = `/van-ban/${draft.slug}/gop-y`
  const first = await fetch(base + path)
  assert.equal(first.headers.get('set-cookie'), null)
  await first.text()
  const second = await fetch(base + path)
  assert.equal(second.status, 200)
  assert.equal(second.headers.get('etag'), first.headers.get('etag'))
  const form = parsePage(await second.text()).querySelector('#gui-gop-y')!
  const fields = new URLSearchParams({ name: 'Hoàng Minh Tâm', email: 'tam@example.vn', organisation: '', clause: 'chung', body: 'Đồng ý với dự thảo.', website: '' })
  const posted = await fetch(base + form.getAttribute('action')!, {
    method: 'POST', redirect: 'manual', body: fields.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'sec-fetch-site': 'same-origin' },
  })
  assert.equal(posted.status, 200)
  assert.equal(posted.headers.get('set-cookie'), null)
  assert.match(await posted.text(), /Chúng tôi đã nhận được góp ý của bạn/)
  const [row] = await portal.db.selectFrom('document_comments').selectAll().where('document_id', '=', draft.id).execute()
  assert.equal(row!.status, 'pending')
  assert.equal(row!.body, 'Đồng ý với dự thảo.')
  assert.ok(portal.cache.get(path), 'a pending comment changes nothing readers see')
})
