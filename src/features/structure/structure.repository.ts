import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import {
  isUnitKind, type Person, type PersonInput, type Post, type Unit, type UnitEvent, type UnitEventKind, type UnitInput, type UnitStatus,
} from './structure.ts'
import './structure.table.ts'

// The whole structure is small (tens of units, a few hundred people): it is read whole and
// arranged in memory, by the pages and by the newsroom alike.

export async function listUnits(db: Db): Promise<Unit[]> {
  const [rows, events] = await Promise.all([
    db.selectFrom('org_units').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('org_unit_events').selectAll().orderBy('on_date').orderBy('id').execute(),
  ])
  return rows.map((r) => ({
    id: r.id, parentId: r.parent_id, kind: isUnitKind(r.kind) ? r.kind : 'khac', name: r.name, functionsHtml: r.functions_html,
    address: r.address, phone: r.phone, fax: r.fax, email: r.email, hotline: r.hotline, position: Number(r.position),
    nameEn: r.name_en, functionsEnHtml: r.functions_en_html, status: r.status as UnitStatus,
    startedOn: r.started_on, endedOn: r.ended_on, mergedIntoId: r.merged_into_id,
    viChangedAt: toInstant(r.vi_changed_at), enChangedAt: r.en_changed_at === null ? null : toInstant(r.en_changed_at),
    events: events.filter((e) => e.unit_id === r.id).map((e): UnitEvent => ({
      kind: e.kind as UnitEventKind, onDate: e.on_date, nameBefore: e.name_before, nameAfter: e.name_after,
      otherUnitId: e.other_unit_id, otherUnitName: e.other_unit_name,
    })),
  }))
}

export async function findUnit(db: Db, id: number): Promise<Unit | undefined> {
  return (await listUnits(db)).find((u) => u.id === id)
}

export async function listPeople(db: Db): Promise<Person[]> {
  const [rows, posts] = await Promise.all([
    db.selectFrom('org_people').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('org_person_posts').selectAll().orderBy('from_on').orderBy('id').execute(),
  ])
  return rows.map((r) => ({
    id: r.id, unitId: r.unit_id, name: r.name, title: r.title, titleEn: r.title_en, phone: r.phone, email: r.email,
    photoMediaId: r.photo_media_id, position: Number(r.position), isLeader: r.is_leader === 1, isSpokesperson: r.is_spokesperson === 1,
    viChangedAt: toInstant(r.vi_changed_at), enChangedAt: r.en_changed_at === null ? null : toInstant(r.en_changed_at),
    posts: posts.filter((p) => p.person_id === r.id).map((p): Post => ({ title: p.title, unitId: p.unit_id, unitName: p.unit_name, fromOn: p.from_on, untilOn: p.until_on })),
  }))
}

export async function findPerson(db: Db, id: number): Promise<Person | undefined> {
  return (await listPeople(db)).find((p) => p.id === id)
}

async function nextPosition(db: Db, table: 'org_units' | 'org_people'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.max('position').as('top')).executeTakeFirst()
  return row?.top === null || row?.top === undefined ? 0 : Number(row.top) + 1
}

const unitFields = (input: UnitInput) => ({
  parent_id: input.parentId, kind: input.kind, name: input.name, functions_html: input.functionsHtml, address: input.address,
  phone: input.phone, fax: input.fax, email: input.email, hotline: input.hotline, name_en: input.nameEn,
  functions_en_html: input.functionsEnHtml, started_on: input.startedOn,
})

export async function insertUnit(db: Db, input: UnitInput, now: Date): Promise<number> {
  const at = now.toISOString()
  const row = await db.insertInto('org_units').values({
    ...unitFields(input), position: input.position ?? await nextPosition(db, 'org_units'),
    vi_changed_at: at, en_changed_at: input.nameEn ? at : null, created_at: at, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** A correction of the unit's record; the time its Vietnamese or English text changed is kept apart. */
export async function updateUnit(db: Db, unit: Unit, input: UnitInput, now: Date): Promise<void> {
  const at = now.toISOString()
  const viChanged = input.name !== unit.name || input.functionsHtml !== unit.functionsHtml
  const enChanged = input.nameEn !== unit.nameEn || input.functionsEnHtml !== unit.functionsEnHtml
  await db.updateTable('org_units').set({
    ...unitFields(input), position: input.position ?? unit.position, updated_at: at,
    ...(viChanged ? { vi_changed_at: at } : {}), ...(enChanged ? { en_changed_at: input.nameEn ? at : null } : {}),
  }).where('id', '=', unit.id).execute()
  // The people's current post names the unit as it is now called.
  if (input.name !== unit.name) await db.updateTable('org_person_posts').set({ unit_name: input.name }).where('unit_id', '=', unit.id).where('until_on', 'is', null).execute()
}

export async function deleteUnit(db: Db, id: number): Promise<void> {
  await db.deleteFrom('org_units').where('id', '=', id).execute()
}

export async function recordUnitEvent(db: Db, unitId: number, event: UnitEvent, now: Date): Promise<void> {
  await db.insertInto('org_unit_events').values({
    unit_id: unitId, kind: event.kind, on_date: event.onDate, name_before: event.nameBefore, name_after: event.nameAfter,
    other_unit_id: event.otherUnitId, other_unit_name: event.otherUnitName, recorded_at: now.toISOString(),
  }).execute()
}

export async function renameUnit(db: Db, unit: Unit, name: string, onDate: string, now: Date): Promise<void> {
  const at = now.toISOString()
  await db.updateTable('org_units').set({ name, vi_changed_at: at, updated_at: at }).where('id', '=', unit.id).execute()
  await recordUnitEvent(db, unit.id, { kind: 'renamed', onDate, nameBefore: unit.name, nameAfter: name, otherUnitId: null, otherUnitName: '' }, now)
  // Those in the unit hold their title in the renamed unit from that day: the history says so.
  const people = await db.selectFrom('org_people').select(['id', 'title']).where('unit_id', '=', unit.id).execute()
  for (const p of people) await movePost(db, p.id, { title: p.title, unitId: unit.id, unitName: name }, onDate)
}

export async function endUnit(db: Db, unit: Unit, status: 'merged' | 'dissolved', onDate: string, into: Unit | undefined, now: Date): Promise<void> {
  const at = now.toISOString()
  await db.updateTable('org_units').set({ status, ended_on: onDate, merged_into_id: into?.id ?? null, updated_at: at }).where('id', '=', unit.id).execute()
  await recordUnitEvent(db, unit.id, { kind: status, onDate, nameBefore: unit.name, nameAfter: '', otherUnitId: into?.id ?? null, otherUnitName: into?.name ?? '' }, now)
  if (!into) return
  await recordUnitEvent(db, into.id, { kind: 'received', onDate, nameBefore: '', nameAfter: into.name, otherUnitId: unit.id, otherUnitName: unit.name }, now)
  // The merged unit's people and sub-units go to the unit it joined, from that day.
  const people = await db.selectFrom('org_people').select(['id', 'title']).where('unit_id', '=', unit.id).execute()
  for (const p of people) {
    await db.updateTable('org_people').set({ unit_id: into.id, updated_at: at }).where('id', '=', p.id).execute()
    await movePost(db, p.id, { title: p.title, unitId: into.id, unitName: into.name }, onDate)
  }
  await db.updateTable('org_units').set({ parent_id: into.id, updated_at: at }).where('parent_id', '=', unit.id).where('status', '=', 'active').execute()
}

/** Closes the person's current post the day before `fromOn` and opens the new one. */
async function movePost(db: Db, personId: number, post: Pick<Post, 'title' | 'unitId' | 'unitName'>, fromOn: string): Promise<void> {
  await db.updateTable('org_person_posts').set({ until_on: fromOn }).where('person_id', '=', personId).where('until_on', 'is', null).execute()
  await db.insertInto('org_person_posts').values({ person_id: personId, title: post.title, unit_id: post.unitId, unit_name: post.unitName, from_on: fromOn, until_on: null }).execute()
}

const personFields = (input: PersonInput) => ({
  unit_id: input.unitId, name: input.name, title: input.title, title_en: input.titleEn, phone: input.phone, email: input.email,
  photo_media_id: input.photoMediaId, is_leader: input.isLeader ? 1 : 0, is_spokesperson: input.isSpokesperson ? 1 : 0,
})

export async function insertPerson(db: Db, input: PersonInput, unitName: string, now: Date): Promise<number> {
  const at = now.toISOString()
  const row = await db.insertInto('org_people').values({
    ...personFields(input), position: input.position ?? await nextPosition(db, 'org_people'),
    vi_changed_at: at, en_changed_at: input.titleEn ? at : null, created_at: at, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow()
  await db.insertInto('org_person_posts').values({ person_id: row.id, title: input.title, unit_id: input.unitId, unit_name: unitName, from_on: input.since, until_on: null }).execute()
  return row.id
}

/**
 * Saves the person; a new title or unit keeps the old one in the history, ended the day the new
 * one starts. The same title and unit with another "since" corrects the current post's start.
 */
export async function updatePerson(db: Db, person: Person, input: PersonInput, unitName: string, now: Date): Promise<void> {
  const at = now.toISOString()
  const viChanged = input.title !== person.title || input.name !== person.name
  await db.updateTable('org_people').set({
    ...personFields(input), position: input.position ?? person.position, updated_at: at,
    ...(viChanged ? { vi_changed_at: at } : {}), ...(input.titleEn !== person.titleEn ? { en_changed_at: input.titleEn ? at : null } : {}),
  }).where('id', '=', person.id).execute()
  const current = person.posts.at(-1)
  if (!current || input.title !== person.title || input.unitId !== person.unitId) {
    await movePost(db, person.id, { title: input.title, unitId: input.unitId, unitName }, input.since)
  } else if (input.since !== current.fromOn) {
    await db.updateTable('org_person_posts').set({ from_on: input.since }).where('person_id', '=', person.id).where('until_on', 'is', null).execute()
  }
}

export async function deletePerson(db: Db, id: number): Promise<void> {
  await db.deleteFrom('org_people').where('id', '=', id).execute()
}

export async function countUnits(db: Db): Promise<number> {
  const { n } = await db.selectFrom('org_units').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()
  return Number(n)
}
