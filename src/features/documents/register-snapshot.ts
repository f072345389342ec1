import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { isValidity, VALIDITIES, type Validity } from './document.ts'

// The published register as columns in memory, for the readers' list and its facet counts.
// Counting five facets over 100,000 rows took SQL 120 ms or more however it was indexed, and a
// query's matches (tens of thousands for "cong tac") had to go into every count again; here one
// pass over typed arrays counts them all in a few milliseconds. Only what filters, counts and
// orders is kept (about 40 bytes a document); the page's rows are read from the database.

export interface KindRow { id: number; name: string; abbreviation: string; position: number; has_validity: number }
export interface ListRow { id: number; name: string; position: number }

export interface RegisterSnapshot {
  /** Published documents, in the register's order: newest issued first, then highest id. */
  size: number
  ids: Int32Array
  /** Issue day as a number, 20210315 for 2021-03-15. */
  issued: Int32Array
  kind: Int32Array
  issuer: Int32Array
  /** Index into VALIDITIES of the validity shown, or -1 for a kind that has none. */
  validity: Int8Array
  /** A document's fields: fieldIds[fieldStart[slot] .. fieldStart[slot + 1]). */
  fieldStart: Int32Array
  fieldIds: Int32Array
  /** Its number's tokens, " 15 2021 qd ubnd ": a query's word names the document when it is one of them. */
  numberKey: string[]
  /** A document's slot by its id, -1 for none (ids are the database's small serials). */
  slotOf: Int32Array
  kinds: KindRow[]
  issuers: ListRow[]
  fields: ListRow[]
}

export const dayNumber = (day: string) => Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10))

export const validityIndex = (value: string | null): number => (value !== null && isValidity(value) ? VALIDITIES.indexOf(value as Validity) : -1)

export async function loadRegisterSnapshot(db: Db): Promise<RegisterSnapshot> {
  const [rows, links, kinds, issuers, fields] = await Promise.all([
    db.selectFrom('documents as d').innerJoin('document_kinds as k', 'k.id', 'd.kind_id')
      .select(['d.id', 'd.issued_on', 'd.kind_id', 'd.issuer_id', 'd.number_key', 'k.has_validity',
        sql<string | null>`coalesce(d.validity_override, d.validity)`.as('validity')])
      .where('d.status', '=', 'published')
      .orderBy('d.issued_on', 'desc').orderBy('d.id', 'desc')
      .execute(),
    db.selectFrom('document_field_links as l').innerJoin('documents as d', 'd.id', 'l.document_id')
      .select(['l.document_id', 'l.field_id']).where('d.status', '=', 'published').execute(),
    db.selectFrom('document_kinds').select(['id', 'name', 'abbreviation', 'position', 'has_validity']).execute(),
    db.selectFrom('document_issuers').select(['id', 'name', 'position']).execute(),
    db.selectFrom('document_fields').select(['id', 'name', 'position']).execute(),
  ])
  const size = rows.length
  const snapshot: RegisterSnapshot = {
    size, ids: new Int32Array(size), issued: new Int32Array(size), kind: new Int32Array(size), issuer: new Int32Array(size),
    validity: new Int8Array(size), fieldStart: new Int32Array(size + 1), fieldIds: new Int32Array(links.length),
    numberKey: new Array<string>(size), slotOf: new Int32Array(rows.reduce((max, r) => Math.max(max, r.id), 0) + 1).fill(-1), kinds, issuers, fields,
  }
  rows.forEach((row, slot) => {
    snapshot.ids[slot] = row.id
    snapshot.issued[slot] = dayNumber(row.issued_on)
    snapshot.kind[slot] = row.kind_id
    snapshot.issuer[slot] = row.issuer_id
    snapshot.validity[slot] = row.has_validity === 1 ? validityIndex(row.validity) : -1
    snapshot.numberKey[slot] = row.number_key
    snapshot.slotOf[row.id] = slot
  })
  // Links grouped by slot, in one counting pass and one placing pass.
  for (const link of links) {
    const slot = slotIn(snapshot, link.document_id)
    if (slot >= 0) snapshot.fieldStart[slot + 1]!++
  }
  for (let slot = 0; slot < size; slot++) snapshot.fieldStart[slot + 1]! += snapshot.fieldStart[slot]!
  const placed = snapshot.fieldStart.slice(0, size)
  for (const link of links) {
    const slot = slotIn(snapshot, link.document_id)
    if (slot >= 0) snapshot.fieldIds[placed[slot]!++] = link.field_id
  }
  return snapshot
}

/** The slot of a published document, or -1 (a draft's id, or one newer than the snapshot). */
export const slotIn = (snapshot: RegisterSnapshot, id: number): number => (id < snapshot.slotOf.length ? snapshot.slotOf[id]! : -1)
