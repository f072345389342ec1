import type { Db } from '../../platform/db/connect.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { attachDocumentFile, keptDemoPdf } from './files/index.ts'
import { NewsroomEventBus } from '../../platform/events.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { demoDocuments, demoFields, demoIssuers } from './demo-documents.ts'
import { DocumentService } from './document.service.ts'
import { insertField, insertIssuer, listKinds } from './lists.repository.ts'

// Loads the register's demo into a new portal (before the demo module adds its categories, so
// an empty category table says the portal is new). Documents go through the service, as a
// clerk's would: numbers keyed, validity worked out for the demo's "today".

const DAY_MS = 24 * 60 * 60 * 1000
const dayAfter = (now: Date, days: number) => newsroomDay(new Date(now.getTime() + days * DAY_MS))

export async function seedDocumentsDemo(db: Db, now: Date, media?: MediaStorage): Promise<boolean> {
  const counts = await Promise.all([
    db.selectFrom('categories').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('documents').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('document_issuers').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ])
  if (counts.some((c) => Number(c.n) > 0)) return false

  const issuerIds = new Map<string, number>()
  for (const [i, issuer] of demoIssuers.entries()) {
    issuerIds.set(issuer.key, await insertIssuer(db, {
      name: issuer.name, abbreviation: issuer.abbreviation, parentId: issuer.parent ? issuerIds.get(issuer.parent)! : null,
      activeFrom: issuer.activeFrom ?? null, activeUntil: issuer.activeUntil ?? null, mergedIntoId: issuer.mergedInto ? issuerIds.get(issuer.mergedInto)! : null,
      position: i * 10,
    }))
  }
  const fieldIds = new Map<string, number>()
  for (const [i, name] of demoFields.entries()) fieldIds.set(name, await insertField(db, { name, position: i * 10 }))
  const kindIds = new Map((await listKinds(db)).map((k) => [k.name, k.id]))

  const service = new DocumentService({ db, events: new NewsroomEventBus(), clock: { now: () => now } })
  const system = { userId: null, ip: 'demo' }
  const ids = new Map<string, number>()
  for (const d of demoDocuments) {
    const id = await service.create({
      kindId: kindIds.get(d.kind) ?? null, issuerId: issuerIds.get(d.issuer) ?? null, number: d.number, summary: d.summary, signer: d.signer,
      issuedOn: d.issuedOn, effectiveFrom: typeof d.effectiveFrom === 'number' ? dayAfter(now, d.effectiveFrom) : d.effectiveFrom ?? '',
      effectiveUntil: d.effectiveUntil ?? '', validityOverride: d.override?.validity ?? '', validityReason: d.override?.reason ?? '',
      consultationOpensOn: d.consultation ? dayAfter(now, d.consultation.opensIn) : '', consultationClosesOn: d.consultation ? dayAfter(now, d.consultation.closesIn) : '',
      fieldIds: d.fields.map((name) => fieldIds.get(name)!), bodyHtml: d.bodyHtml ?? '',
    }, system)
    ids.set(d.key, id)
    for (const [position, label] of (d.consultation?.clauses ?? []).entries()) await db.insertInto('document_clauses').values({ document_id: id, label, position }).execute()
  }
  for (const d of demoDocuments) {
    for (const [kind, others] of [['replaces', d.replaces], ['amends', d.amends], ['guides', d.guides]] as const) {
      for (const other of others ?? []) await service.addRelation(ids.get(d.key)!, { kind, otherId: ids.get(other)! }, system)
    }
  }
  for (const d of demoDocuments) {
    if (d.draft) continue
    await service.publish(ids.get(d.key)!, system)
    // Posted the day after signing, as the folk rule asks (the late marker has nothing to show).
    const postedAt = new Date(Math.min(Date.parse(`${d.issuedOn}T02:00:00Z`) + DAY_MS, now.getTime()))
    await db.updateTable('documents').set({ published_at: postedAt.toISOString() }).where('id', '=', ids.get(d.key)!).execute()
  }
  if (media) await attachDemoFiles(db, media, now, ids)
  await addDemoComments(db, now, ids.get('du-thao')!)
  return true
}

// The documents a reader of the demo opens first carry a PDF (made here, one page with their words),
// so "downloads its PDF" works on a fresh portal; the others show the register without files. Few,
// because every test portal that seeds the demo reads their text as an upload's is; the PDFs
// themselves are drawn once a machine (kept in the temporary folder).
const WITH_FILES = ['qd15-2021', 'qd07-2016', 'du-thao']
/** Made once a process: a test file may seed several portals. */
const madePdfs: Record<string, Promise<Buffer>> = {}

async function attachDemoFiles(db: Db, media: MediaStorage, now: Date, ids: Map<string, number>): Promise<void> {
  for (const key of WITH_FILES) {
    const d = demoDocuments.find((doc) => doc.key === key)
    if (!d) continue
    const title = `${d.kind} số ${d.number}`
    const pdf = await (madePdfs[key] ??= keptDemoPdf([title, d.summary, d.signer ? `Người ký: ${d.signer}` : 'Dự thảo lấy ý kiến nhân dân'], title))
    await attachDocumentFile({ db, media, clock: { now: () => now } }, { documentId: ids.get(key)!, fileName: `${title.replaceAll('/', '-')}.pdf`, source: pdf })
  }
}

// The draft open for comments shows two citizens' comments, approved (their e-mails never shown).
async function addDemoComments(db: Db, now: Date, draftId: number): Promise<void> {
  const clauses = await db.selectFrom('document_clauses').select(['id', 'label']).where('document_id', '=', draftId).orderBy('position').execute()
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString()
  await db.insertInto('document_comments').values([
    { document_id: draftId, clause_id: clauses[2]?.id ?? null, author_name: 'Nguyễn Văn Hùng', author_email: 'hung.nguyen@example.vn', organisation: 'Hội Cựu chiến binh xã Phước Sơn',
      body: 'Đề nghị nâng mức hỗ trợ tại Điều 3 cho thân nhân liệt sĩ đang sống một mình, không nơi nương tựa.', status: 'approved', created_at: at(5), moderated_at: at(4) },
    { document_id: draftId, clause_id: null, author_name: 'Trần Thị Mai', author_email: 'mai.tran@example.vn', organisation: '',
      body: 'Dự thảo nên nêu rõ thời hạn giải quyết hồ sơ và nơi tiếp nhận ở cấp xã để người dân dễ thực hiện.', status: 'approved', created_at: at(3), moderated_at: at(2) },
  ]).execute()
}
