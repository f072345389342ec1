import assert from 'node:assert/strict'
import { test } from 'node:test'
import { TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal } from '../../../test/support/test-portal.ts'
import { parsePage } from '../../../test/support/html.ts'
import { seedDemoContent } from '../../platform/module-runtime.ts'
import { PORTAL_MODULES } from '../../modules.ts'
import { findDocument, listDocuments } from './document.repository.ts'
import { listIssuers } from './lists.repository.ts'

// The demo portal's register: what issue 14's "done when" walks through must be there.

test('the demo has 30 documents in every validity state, QĐ 15/2021 replacing an older decision, and a draft open for comments today', async () => {
  const clock = new TestClock(new Date('2026-12-07T03:00:00Z'))
  const portal = await buildTestPortal({ seed: true, clock })
  try {
    const all = await listDocuments(portal.db, { perPage: 100 })
    assert.equal(all.total, 30)
    const validities = new Set(all.items.map((d) => d.validity))
    for (const v of ['not_yet', 'in_force', 'partly_expired', 'expired', 'suspended', null]) assert.ok(validities.has(v as never), `a document ${v}`)
    assert.ok(new Set(all.items.map((d) => d.kindName)).size >= 6)
    assert.ok(new Set(all.items.map((d) => d.issuerName)).size >= 5)

    const [found] = (await listDocuments(portal.db, { q: 'QD-UBND 15 2021' })).items
    assert.equal(found?.number, '15/2021/QĐ-UBND', 'the number first, before the newer documents that cite it')
    const decision = (await findDocument(portal.db, found!.id))!
    assert.equal(decision.status, 'published')
    const replaced = decision.relations.find((r) => r.kind === 'replaces' && r.side === 'acting')!
    assert.equal(replaced.document.number, '07/2016/QĐ-UBND')
    assert.equal((await findDocument(portal.db, replaced.document.id))!.validity, 'expired')
    assert.deepEqual((await findDocument(portal.db, replaced.document.id))!.relations.map((r) => r.label), ['Bị thay thế bởi'])

    const draft = (await listDocuments(portal.db, { q: 'du thao nghi quyet' })).items[0]!
    const consultation = (await findDocument(portal.db, draft.id))!
    assert.equal(consultation.status, 'published')
    assert.ok(consultation.consultationOpensOn! <= '2026-12-07' && consultation.consultationClosesOn! >= '2026-12-07', 'open today')
    assert.equal((await portal.db.selectFrom('document_clauses').select('label').where('document_id', '=', draft.id).execute()).length, 3)
    assert.equal((await listDocuments(portal.db, { status: 'draft' })).total, 1)

    const district = (await listIssuers(portal.db)).find((i) => i.name.includes('huyện'))!
    assert.equal(district.activeUntil, '2025-07-01')
    assert.ok((await listDocuments(portal.db, { issuerId: district.id })).items.some((d) => d.validity === 'in_force'), 'a dissolved body\'s decision can stay in force')

    // "Done when": a reader downloads the decision's PDF, under its Vietnamese name; the draft shows citizens' comments.
    const page = parsePage((await portal.app.inject(`/van-ban/${decision.slug}`)).body)
    const link = page.querySelector('.document-files a[href^="/van-ban/tep/"]')!
    const file = await portal.app.inject(link.getAttribute('href')!)
    assert.equal(file.statusCode, 200)
    assert.equal(file.headers['content-type'], 'application/pdf')
    assert.match(String(file.headers['content-disposition']), /filename\*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%2015-2021-Q%C4%90-UBND\.pdf/)
    assert.ok(file.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')))
    const draftPage = parsePage((await portal.app.inject(`/van-ban/${consultation.slug}`)).body)
    assert.equal(draftPage.querySelectorAll('main .comment-text').length, 2)
    assert.doesNotMatch(draftPage.querySelector('main')!.textContent!, /@example\.vn/)

    // A second start adds nothing.
    assert.equal(await seedDemoContent(PORTAL_MODULES, { db: portal.db, media: portal.media, now: clock.now() }), false)
    assert.equal((await listDocuments(portal.db)).total, 30)
  } finally {
    await portal.close()
  }
})
