import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createUser, TestClock } from '../../../test/support/newsroom.ts'
import { openTestDatabase } from '../../../test/support/test-portal.ts'
import { migrateToLatest } from '../../migrations/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NewsroomEventBus } from '../../platform/events.ts'
import { ValidationError, InvalidTransitionError } from '../../platform/http/errors.ts'
import { findDocument, findDocumentRecord, listDocuments } from './document.repository.ts'
import { DocumentService, type DocumentActor, type DocumentInput } from './document.service.ts'
import { insertField, insertIssuer, listKinds } from './lists.repository.ts'

// The register's rules, on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL):
// every field checked server-side, relations both ways, validity kept, publication recorded.

let db: Db
let drop: () => Promise<void>
let closeDb: () => Promise<void>
const clock = new TestClock(new Date('2026-12-07T03:00:00Z')) // 10:00 on 07/12/2026 in Hà Nội
const events = new NewsroomEventBus()
const changed: number[][] = []
events.on('documents.changed', ({ ids }) => changed.push([...ids].sort((a, b) => a - b)))
let service: DocumentService
let clerk: DocumentActor
let kind: { decision: number; dispatch: number }
let issuer: number
let fields: number[]

before(async () => {
  const opened = await openTestDatabase()
  drop = opened.drop
  closeDb = () => opened.database.close()
  db = opened.database.db
  await migrateToLatest(opened.database)
  service = new DocumentService({ db, events, clock })
  clerk = { userId: await createUser(db, 'clerk', 'vanthu@example.vn'), ip: '203.0.113.5' }
  const kinds = await listKinds(db)
  kind = { decision: kinds.find((k) => k.name === 'Quyết định')!.id, dispatch: kinds.find((k) => k.name === 'Công văn')!.id }
  issuer = await insertIssuer(db, { name: 'Ủy ban nhân dân tỉnh', abbreviation: 'UBND', parentId: null, activeFrom: null, activeUntil: null, mergedIntoId: null, position: 0 })
  fields = [await insertField(db, { name: 'Đất đai', position: 0 }), await insertField(db, { name: 'Giáo dục', position: 1 })]
})
after(async () => {
  await closeDb()
  await drop()
})

const decision = (over: Partial<DocumentInput> = {}): DocumentInput => ({
  kindId: kind.decision, issuerId: issuer, number: '15/2021/QĐ-UBND', summary: 'Ban hành quy định về quản lý đất đai', issuedOn: '15/01/2021',
  effectiveFrom: '2021-02-01', fieldIds: [fields[0]!], ...over,
})

const invalid = async (input: DocumentInput): Promise<Record<string, string>> => {
  try {
    await service.create(input, clerk)
  } catch (error) {
    if (error instanceof ValidationError) return error.fields
    throw error
  }
  assert.fail('the input was accepted')
}

test('the kinds every portal starts with are seeded, công văn, thông báo and báo cáo without validity', async () => {
  const kinds = await listKinds(db)
  for (const name of ['Luật', 'Nghị định', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Kế hoạch', 'Hướng dẫn']) {
    assert.equal(kinds.find((k) => k.name === name)?.hasValidity, true, name)
  }
  for (const name of ['Công văn', 'Báo cáo', 'Thông báo']) assert.equal(kinds.find((k) => k.name === name)?.hasValidity, false, name)
})

test('every required field is asked for in Vietnamese, under its own name, and nothing is saved', async () => {
  const before = (await listDocuments(db)).total
  const errors = await invalid({ kindId: null, issuerId: null, number: '  ', summary: '', issuedOn: '' })
  assert.deepEqual(Object.keys(errors).sort(), ['issuedOn', 'issuerId', 'kindId', 'number', 'summary'])
  assert.equal(errors.kindId, 'Xin chọn loại văn bản.')
  assert.equal(errors.summary, 'Xin nhập trích yếu của văn bản.')
  assert.equal(errors.issuedOn, 'Xin nhập ngày ban hành.')
  assert.equal((await listDocuments(db)).total, before)
})

test('dates must exist, and a document cannot stop before it starts', async () => {
  const errors = await invalid(decision({ issuedOn: '31/02/2021', effectiveFrom: '2021-05-01', effectiveUntil: '30/04/2021', kindId: 99999 }))
  assert.match(errors.issuedOn!, /không phải một ngày hợp lệ/)
  assert.equal(errors.effectiveUntil, 'Ngày hết hiệu lực không được trước ngày có hiệu lực.')
  assert.equal(errors.kindId, 'Loại văn bản đã chọn không còn trong danh mục.')
  // The last day may be the first (a one-day measure).
  const id = await service.create(decision({ number: '1/2021/QĐ-UBND', effectiveFrom: '2021-05-01', effectiveUntil: '01/05/2021' }), clerk)
  assert.equal((await findDocumentRecord(db, id))!.effectiveUntil, '2021-05-01')
})

test('an override needs a reason, and a kind without validity takes none', async () => {
  const errors = await invalid(decision({ validityOverride: 'suspended', validityReason: '' }))
  assert.match(errors.validityReason!, /Xin ghi lý do.*Ngưng hiệu lực/)
  const dispatch = await invalid(decision({ kindId: kind.dispatch, validityOverride: 'expired', validityReason: 'Đã hết' }))
  assert.equal(dispatch.validityOverride, 'Loại văn bản này không có tình trạng hiệu lực.')
})

test('a saved document is NFC, keyed by its number\'s tokens, folded, slugged uniquely, sanitised, with its fields, a revision and an audit entry', async () => {
  changed.length = 0
  const decomposed = 'Quy định về giá đất'.normalize('NFD')
  const id = await service.create(decision({
    number: ' 25/2021/QĐ-UBND ', summary: decomposed, bodyHtml: '<p onclick="x()">Điều 1.</p><script>alert(1)</script>', fieldIds: fields,
  }), clerk)
  const twin = await service.create(decision({ number: '25/2021/QD-UBND', summary: 'Bản khác' }), clerk)
  const doc = (await findDocument(db, id))!
  assert.equal(doc.number, '25/2021/QĐ-UBND')
  assert.equal(doc.summary, 'Quy định về giá đất'.normalize('NFC'))
  assert.equal(doc.summary.length, 'Quy định về giá đất'.normalize('NFC').length)
  assert.equal(doc.issuedOn, '2021-01-15')
  assert.equal(doc.slug, '25-2021-qd-ubnd')
  assert.equal((await findDocumentRecord(db, twin))!.slug, '25-2021-qd-ubnd-2', 'numbers that fold alike get -2')
  assert.equal(doc.bodyHtml, '<p>Điều 1.</p>')
  assert.deepEqual(doc.fields.map((f) => f.name), ['Đất đai', 'Giáo dục'])
  assert.equal(doc.status, 'draft')
  assert.equal(doc.validity, 'in_force')
  const row = await db.selectFrom('documents').select(['number_key', 'summary_folded']).where('id', '=', id).executeTakeFirstOrThrow()
  assert.equal(row.number_key, ' 2021 25 qd ubnd ')
  assert.equal(row.summary_folded, ' quy dinh ve gia dat ')
  const revisions = await db.selectFrom('document_revisions').select(['snapshot', 'saved_by']).where('document_id', '=', id).execute()
  assert.equal(revisions.length, 1)
  assert.equal(revisions[0]!.saved_by, clerk.userId)
  assert.deepEqual(JSON.parse(revisions[0]!.snapshot).fieldIds, [...fields].sort((a, b) => a - b))
  const audit = await db.selectFrom('audit_log').select(['action', 'user_id', 'ip']).where('item_type', '=', 'document').where('item_id', '=', String(id)).execute()
  assert.deepEqual(audit, [{ action: 'document.create', user_id: clerk.userId, ip: '203.0.113.5' }])
  assert.deepEqual(changed, [[id], [twin]])

  // A save keeps another revision; the draft's address follows its number until it is published.
  await service.save(id, decision({ number: '26/2021/QĐ-UBND', summary: 'Quy định về giá đất năm 2021', fieldIds: [] }), clerk)
  const saved = (await findDocument(db, id))!
  assert.equal(saved.slug, '26-2021-qd-ubnd')
  assert.deepEqual(saved.fields, [])
  assert.equal((await db.selectFrom('document_revisions').select('id').where('document_id', '=', id).execute()).length, 2)
  await service.publish(id, clerk)
  await service.save(id, decision({ number: '27/2021/QĐ-UBND' }), clerk)
  assert.equal((await findDocumentRecord(db, id))!.slug, '26-2021-qd-ubnd', 'a published address stays')
})

test('the newsroom finds a document by its number in any order or spelling, or by summary words without marks', async () => {
  const id = await service.create(decision({ number: '88/2022/QĐ-UBND', summary: 'Phê duyệt kế hoạch phát triển nhà ở', issuedOn: '2022-03-04', effectiveFrom: '' }), clerk)
  for (const q of ['qd-ubnd 88 2022', '88/2022/QD-UBND', 'nha o', 'kế hoạch phát']) {
    assert.ok((await listDocuments(db, { q })).items.some((d) => d.id === id), q)
  }
  assert.ok(!(await listDocuments(db, { q: '89/2022' })).items.some((d) => d.id === id))
  const filtered = await listDocuments(db, { year: 2022, kindId: kind.decision, issuerId: issuer, status: 'draft' })
  assert.deepEqual(filtered.items.map((d) => d.id), [id])
  assert.equal(filtered.total, 1)
  assert.equal(filtered.items[0]!.kindName, 'Quyết định')
  assert.equal((await listDocuments(db, { year: 2022, fieldId: fields[1] })).total, 0)
  assert.equal((await listDocuments(db, { year: 2022, fieldId: fields[0] })).total, 1)
})

test('a relation is stored once and read from both ends; the reverse of a one-way relation is refused', async () => {
  const older = await service.create(decision({ number: '3/2019/QĐ-UBND', issuedOn: '2019-01-10', effectiveFrom: '2019-02-01' }), clerk)
  const newer = await service.create(decision({ number: '4/2021/QĐ-UBND', issuedOn: '2021-01-10', effectiveFrom: '2021-02-01' }), clerk)
  changed.length = 0
  await service.addRelation(newer, { kind: 'amends', otherId: older }, clerk)
  await service.addRelation(newer, { kind: 'amends', otherId: older }, clerk) // twice: one row, one announcement
  assert.deepEqual(changed, [[older, newer].sort((a, b) => a - b)])
  assert.equal((await db.selectFrom('document_relations').selectAll().where('document_id', '=', newer).execute()).length, 1)
  const fromOlder = (await findDocument(db, older))!.relations
  assert.deepEqual(fromOlder.map((r) => [r.label, r.side, r.document.id]), [['Được sửa đổi, bổ sung bởi', 'other', newer]])
  assert.deepEqual((await findDocument(db, newer))!.relations.map((r) => [r.label, r.document.number]), [['Sửa đổi, bổ sung', '3/2019/QĐ-UBND']])

  await assert.rejects(service.addRelation(older, { kind: 'amends', otherId: newer }, clerk), (e: unknown) => e instanceof ValidationError && /không thể đặt quan hệ ngược lại/.test(e.fields.otherId!))
  await assert.rejects(service.addRelation(older, { kind: 'related', otherId: older }, clerk), ValidationError)
  await service.addRelation(older, { kind: 'related', otherId: newer }, clerk)
  await service.addRelation(newer, { kind: 'related', otherId: older }, clerk) // the same relation, read from the other end
  assert.equal((await db.selectFrom('document_relations').selectAll().where('kind', '=', 'related').where('other_id', 'in', [older, newer]).execute()).length, 1)

  // Removed from the other end: gone from both.
  await service.removeRelation(older, { kind: 'amends', otherId: newer, side: 'other' }, clerk)
  await service.removeRelation(newer, { kind: 'related', otherId: older }, clerk)
  assert.deepEqual((await findDocument(db, older))!.relations, [])
  const audit = await db.selectFrom('audit_log').select('action').where('item_type', '=', 'document').where('action', 'like', 'document.%relate').execute()
  assert.deepEqual(audit.map((a) => a.action).sort(), ['document.relate', 'document.relate', 'document.unrelate', 'document.unrelate'])
})

test('the older decision expires when its replacement is published and in force; withdrawing it brings the older back', async () => {
  const older = await service.create(decision({ number: '7/2015/QĐ-UBND', issuedOn: '2015-03-01', effectiveFrom: '2015-03-15' }), clerk)
  await service.publish(older, clerk)
  const newer = await service.create(decision({ number: '15/2021/QĐ-UBND', issuedOn: '2021-01-15', effectiveFrom: '2021-02-01' }), clerk)
  await service.addRelation(newer, { kind: 'replaces', otherId: older }, clerk)
  assert.equal((await findDocumentRecord(db, older))!.validity, 'in_force', 'a draft replacement changes nothing')
  changed.length = 0
  await service.publish(newer, clerk)
  assert.equal((await findDocumentRecord(db, older))!.validity, 'expired')
  assert.ok(changed[0]!.includes(older) && changed[0]!.includes(newer), 'the replaced page is purged too')
  const published = (await findDocumentRecord(db, newer))!
  assert.equal(published.status, 'published')
  assert.equal(published.publishedAt!.toISOString(), clock.now().toISOString())
  assert.deepEqual(await db.selectFrom('audit_log').select(['user_id']).where('action', '=', 'document.publish').where('item_id', '=', String(newer)).execute(), [{ user_id: clerk.userId }])

  await assert.rejects(service.publish(newer, clerk), InvalidTransitionError)
  await service.withdraw(newer, clerk)
  assert.equal((await findDocumentRecord(db, newer))!.status, 'draft')
  assert.equal((await findDocumentRecord(db, older))!.validity, 'in_force')
  await assert.rejects(service.withdraw(newer, clerk), InvalidTransitionError)
})

test('a replacement that takes effect later leaves the older in force until that day', async () => {
  const older = await service.create(decision({ number: '9/2020/QĐ-UBND', issuedOn: '2020-01-01', effectiveFrom: '2020-01-15' }), clerk)
  const later = await service.create(decision({ number: '30/2026/QĐ-UBND', issuedOn: '2026-12-01', effectiveFrom: '2026-12-08' }), clerk)
  await service.addRelation(later, { kind: 'replaces', otherId: older }, clerk)
  await service.publish(later, clerk)
  assert.equal((await findDocumentRecord(db, later))!.validity, 'not_yet')
  assert.equal((await findDocumentRecord(db, older))!.validity, 'in_force')
})

test('the clerk\'s override is kept, shown instead of the proposal, and audited with its reason', async () => {
  const id = await service.create(decision({ number: '40/2021/QĐ-UBND' }), clerk)
  await service.save(id, decision({ number: '40/2021/QĐ-UBND', validityOverride: 'partly_expired', validityReason: 'Điều 5 bị bãi bỏ bởi Quyết định 12/2023' }), clerk)
  const doc = (await findDocumentRecord(db, id))!
  assert.equal(doc.validity, 'partly_expired')
  assert.equal(doc.validityReason, 'Điều 5 bị bãi bỏ bởi Quyết định 12/2023')
  const entry = await db.selectFrom('audit_log').select(['details', 'user_id']).where('action', '=', 'document.override-validity').where('item_id', '=', String(id)).executeTakeFirstOrThrow()
  assert.deepEqual(JSON.parse(entry.details), { validityOverride: 'partly_expired', validityReason: 'Điều 5 bị bãi bỏ bởi Quyết định 12/2023' })
  assert.equal(entry.user_id, clerk.userId)
})

test('a kind without validity shows none, and a draft out for comments none either', async () => {
  const dispatch = await service.create(decision({ kindId: kind.dispatch, number: '456/UBND-KT' }), clerk)
  assert.equal((await findDocumentRecord(db, dispatch))!.validity, null)
  const draft = await service.create(decision({ number: 'Dự thảo 2026/QĐ-UBND', consultationOpensOn: '01/12/2026', consultationClosesOn: '31/12/2026', effectiveFrom: '' }), clerk)
  assert.equal((await findDocumentRecord(db, draft))!.validity, null)
  const errors = await invalid(decision({ consultationOpensOn: '2026-12-10', consultationClosesOn: '2026-12-01' }))
  assert.equal(errors.consultationClosesOn, 'Ngày kết thúc lấy ý kiến không được trước ngày bắt đầu.')
  assert.equal((await invalid(decision({ consultationOpensOn: '2026-12-10' }))).consultationClosesOn, 'Xin nhập ngày kết thúc lấy ý kiến.')
})

test('scheduling needs a time to come; an unknown document is not found', async () => {
  const id = await service.create(decision({ number: '50/2021/QĐ-UBND' }), clerk)
  await assert.rejects(service.schedule(id, new Date(clock.now().getTime() - 1000), clerk), (e: unknown) => e instanceof ValidationError && e.fields.publishAt === 'Thời điểm hẹn đăng phải ở sau bây giờ.')
  await service.schedule(id, new Date(clock.now().getTime() + 3600_000), clerk)
  assert.equal((await findDocumentRecord(db, id))!.status, 'scheduled')
  await service.withdraw(id, clerk)
  const row = (await findDocumentRecord(db, id))!
  assert.equal(row.status, 'draft')
  assert.equal(row.publishAt, null)
  await assert.rejects(service.save(999999, decision(), clerk), (e: unknown) => e instanceof Error && 'status' in e && e.status === 404)
})

test('a save from a copy someone else saved over meanwhile is refused, and nothing of it is written', async () => {
  const id = await service.create(decision({ number: '60/2021/QĐ-UBND' }), clerk)
  const opened = (await findDocumentRecord(db, id))!.updatedAt
  clock.advance(60_000)
  // A relation marked beside the open form is not a save over it.
  const cited = await service.create(decision({ number: '61/2021/QĐ-UBND' }), clerk)
  await service.addRelation(id, { kind: 'related', otherId: cited }, clerk)
  await service.save(id, decision({ number: '60/2021/QĐ-UBND', summary: 'Bản của người thứ nhất' }), clerk, { expectedUpdatedAt: opened })
  clock.advance(60_000)
  await assert.rejects(
    service.save(id, decision({ number: '60/2021/QĐ-UBND', summary: 'Bản của người thứ hai' }), clerk, { expectedUpdatedAt: opened }),
    (e: unknown) => e instanceof Error && 'status' in e && e.status === 409 && 'messageVi' in e && /người khác lưu/.test(String(e.messageVi)),
  )
  assert.equal((await findDocumentRecord(db, id))!.summary, 'Bản của người thứ nhất')
  assert.equal((await db.selectFrom('document_revisions').select('id').where('document_id', '=', id).execute()).length, 2)
})

test('documents created at the same moment with numbers that fold alike each get their own address', async () => {
  const ids = await Promise.all(['70/2021/QĐ-UBND', '70/2021/QD-UBND', '70-2021-qđ-ubnd'].map((number) => service.create(decision({ number }), clerk)))
  const slugs = await Promise.all(ids.map(async (id) => (await findDocumentRecord(db, id))!.slug))
  assert.deepEqual([...slugs].sort(), ['70-2021-qd-ubnd', '70-2021-qd-ubnd-2', '70-2021-qd-ubnd-3'])
})

test('marking a published document as replaced by a published one in force expires it at once; unmarking brings it back', async () => {
  const older = await service.create(decision({ number: '80/2018/QĐ-UBND', issuedOn: '2018-01-01', effectiveFrom: '2018-01-10' }), clerk)
  const newer = await service.create(decision({ number: '81/2022/QĐ-UBND', issuedOn: '2022-01-01', effectiveFrom: '2022-01-10' }), clerk)
  await service.publish(older, clerk)
  await service.publish(newer, clerk)
  changed.length = 0
  await service.addRelation(newer, { kind: 'replaces', otherId: older }, clerk)
  assert.equal((await findDocumentRecord(db, older))!.validity, 'expired')
  assert.deepEqual(changed, [[older, newer].sort((a, b) => a - b)])
  await service.removeRelation(newer, { kind: 'replaces', otherId: older }, clerk)
  assert.equal((await findDocumentRecord(db, older))!.validity, 'in_force')
})
