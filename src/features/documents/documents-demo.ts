import type { Db } from '../../platform/db/connect.ts'
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

export async function seedDocumentsDemo(db: Db, now: Date): Promise<boolean> {
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
  return true
}
