import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createUser, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal } from '../../../test/support/test-portal.ts'
import { eventually } from '../../../test/support/wait.ts'
import { findDocumentRecord } from './document.repository.ts'
import { DocumentService, type DocumentInput } from './document.service.ts'
import { insertIssuer, listKinds } from './lists.repository.ts'

// The register's two jobs, run by the portal's job runner on a clock the test moves: scheduled
// documents are published when due (a portal started after the time publishes at once), and
// validity moves when the newsroom's day changes at midnight in Hà Nội.

async function setUp(clock: TestClock) {
  const portal = await buildTestPortal({ clock })
  const service = new DocumentService({ db: portal.db, events: portal.events, clock })
  const clerk = { userId: await createUser(portal.db, 'clerk', 'vanthu@example.vn') }
  const kinds = await listKinds(portal.db)
  const issuerId = await insertIssuer(portal.db, { name: 'UBND tỉnh', abbreviation: 'UBND', parentId: null, activeFrom: null, activeUntil: null, mergedIntoId: null, position: 0 })
  const input = (over: Partial<DocumentInput>): DocumentInput => ({
    kindId: kinds.find((k) => k.name === 'Quyết định')!.id, issuerId, number: '1/2026/QĐ-UBND', summary: 'Về việc thử nghiệm', issuedOn: '2026-12-01', ...over,
  })
  const changed: number[][] = []
  portal.events.on('documents.changed', ({ ids }) => changed.push([...ids]))
  return { portal, service, clerk, input, changed }
}

test('a scheduled document is published when due, by the system, once; a portal started after the time catches up', async () => {
  const clock = new TestClock(new Date('2026-12-07T01:00:00Z'))
  const { portal, service, clerk, input, changed } = await setUp(clock)
  try {
    const soon = await service.create(input({ number: '2/2026/QĐ-UBND' }), clerk)
    await service.schedule(soon, new Date('2026-12-07T02:00:00Z'), clerk)
    await portal.jobs.runNow('documents.publish-due')
    assert.equal((await findDocumentRecord(portal.db, soon))!.status, 'scheduled', 'not yet due')

    clock.advance(60 * 60 * 1000)
    changed.length = 0
    await portal.jobs.runNow('documents.publish-due')
    const published = (await findDocumentRecord(portal.db, soon))!
    assert.equal(published.status, 'published')
    assert.equal(published.publishedAt!.toISOString(), '2026-12-07T02:00:00.000Z')
    assert.deepEqual(changed, [[soon]])
    await portal.jobs.runNow('documents.publish-due')
    const audit = await portal.db.selectFrom('audit_log').select(['user_id', 'ip']).where('action', '=', 'document.publish-scheduled').execute()
    assert.deepEqual(audit, [{ user_id: null, ip: 'scheduler' }], 'published once, by the system')

    // Due while no portal ran: another one started on the same database publishes it at start.
    const missed = await service.create(input({ number: '3/2026/QĐ-UBND' }), clerk)
    await service.schedule(missed, new Date('2026-12-07T02:30:00Z'), clerk)
    clock.advance(60 * 60 * 1000)
    const restarted = await buildTestPortal({ clock, sameDatabaseAs: portal })
    try {
      restarted.jobs.start()
      await eventually(async () => (await findDocumentRecord(portal.db, missed))!.status === 'published', 'the restarted portal publishes what fell due', 3000)
    } finally {
      await restarted.close()
    }
  } finally {
    await portal.close()
  }
})

test('at midnight in Hà Nội validity moves by itself, and only the documents that changed are announced', async () => {
  // 23:59 on 07/12/2026 in Hà Nội.
  const clock = new TestClock(new Date('2026-12-07T16:59:00Z'))
  const { portal, service, clerk, input, changed } = await setUp(clock)
  try {
    const starting = await service.create(input({ number: '4/2026/QĐ-UBND', effectiveFrom: '2026-12-08' }), clerk)
    const ending = await service.create(input({ number: '5/2026/QĐ-UBND', effectiveFrom: '2026-12-01', effectiveUntil: '2026-12-07' }), clerk)
    const steady = await service.create(input({ number: '6/2026/QĐ-UBND', effectiveFrom: '2026-12-01' }), clerk)
    const older = await service.create(input({ number: '7/2020/QĐ-UBND', issuedOn: '2020-01-01', effectiveFrom: '2020-01-10' }), clerk)
    const replacing = await service.create(input({ number: '8/2026/QĐ-UBND', effectiveFrom: '2026-12-08' }), clerk)
    await service.addRelation(replacing, { kind: 'replaces', otherId: older }, clerk)
    await service.publish(replacing, clerk)
    const validity = async () => Promise.all([starting, ending, steady, older].map(async (id) => (await findDocumentRecord(portal.db, id))!.validity))
    await portal.jobs.runNow('documents.validity')
    assert.deepEqual(await validity(), ['not_yet', 'in_force', 'in_force', 'in_force'])

    changed.length = 0
    clock.advance(30 * 1000) // 23:59:30: the same day
    await portal.jobs.runNow('documents.validity')
    assert.deepEqual(changed, [])

    clock.advance(30 * 1000) // 00:00 on 08/12 in Hà Nội (17:00 UTC on 07/12)
    await portal.jobs.runNow('documents.validity')
    assert.deepEqual(await validity(), ['in_force', 'expired', 'in_force', 'expired'])
    assert.equal((await findDocumentRecord(portal.db, replacing))!.validity, 'in_force')
    assert.deepEqual(changed.map((ids) => [...ids].sort((a, b) => a - b)), [[starting, ending, older, replacing].sort((a, b) => a - b)])
  } finally {
    await portal.close()
  }
})
