import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { AppError, InvalidTransitionError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import type { Job } from '../../platform/jobs/index.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { foldedWords } from '../../platform/text/word-match.ts'
import { refreshDocumentWords } from './document-words.ts'
import { recordAudit } from '../audit/index.ts'
import { checkDocumentInput, type CheckedDocument } from './document-input.ts'
import { findDocumentRevision, inputOfSnapshot, keepRevision, restoreRelations } from './document-revisions.ts'
import { findDocumentRecord, type DocumentRecord } from './document.repository.ts'
import { isRelationKind, RELATION_NAMES, type RelationKind, type Validity } from './document.ts'
import { refreshValidityOf, relatedTo, replacedBy } from './validity-refresh.ts'

// The register's writes: every rule of a document's save (validated on the server, in
// Vietnamese, field by field), its relations, publication and the two background jobs.
// Each change is one transaction with its revision and audit entry; 'documents.changed' is
// emitted after the commit with every document whose page it changed.

/** Who acts: the signed-in user (routes check the rights; the service records who), or null for the system (demo, import jobs). */
export interface DocumentActor {
  userId: number | null
  ip?: string
}

/**
 * A document as the newsroom's form (or an import row) sends it. Days are 'YYYY-MM-DD' or
 * 'DD/MM/YYYY' ('' for none); ids are null when nothing was chosen. Errors come back as a
 * ValidationError whose `fields` are keyed by these names.
 */
export interface DocumentInput {
  kindId: number | null
  issuerId: number | null
  number: string
  summary: string
  issuedOn: string
  title?: string
  signer?: string
  bodyHtml?: string
  effectiveFrom?: string
  effectiveUntil?: string
  /** A Validity, or '' for none: the register's proposal stands (anything else is refused by field). */
  validityOverride?: Validity | (string & {})
  /** Required with an override: shown to readers and audited. */
  validityReason?: string
  consultationOpensOn?: string
  consultationClosesOn?: string
  fieldIds?: readonly number[]
}

export interface DocumentRelationInput {
  kind: RelationKind
  otherId: number
}

export interface DocumentServiceDeps {
  db: Db
  events: NewsroomEventBus
  clock: Clock
}

export const PUBLISH_TICK_MS = 15_000

export class DocumentService {
  constructor(readonly deps: DocumentServiceDeps) {}

  /** A new draft; returns its id. */
  async create(input: DocumentInput, actor: DocumentActor): Promise<number> {
    const { db, clock } = this.deps
    const checked = await checkDocumentInput(db, input)
    const now = clock.now()
    // Two clerks typing numbers that fold alike at the same moment: the second takes the next slug.
    for (let attempt = 1; ; attempt++) {
      try {
        const id = await this.#insert(checked, actor, now)
        this.#announce([id])
        return id
      } catch (error) {
        if (attempt >= 3 || !isSlugClash(error)) throw error
      }
    }
  }

  async #insert(checked: CheckedDocument, actor: DocumentActor, now: Date): Promise<number> {
    return this.deps.db.transaction().execute(async (trx) => {
      const slug = await uniqueSlug(trx, checked.number)
      const { id } = await trx.insertInto('documents').values({
        ...columnsOf(checked), slug, status: 'draft', created_by: actor.userId, updated_by: actor.userId,
        created_at: now.toISOString(), updated_at: now.toISOString(),
      }).returning('id').executeTakeFirstOrThrow()
      await setFields(trx, id, checked.fieldIds)
      await refreshDocumentWords(trx, id)
      await refreshValidityOf(trx, [id], newsroomDay(now))
      await keepRevision(trx, id, actor, now)
      await recordAudit(trx, { userId: actor.userId, action: 'document.create', itemType: 'document', itemId: id, ip: actor.ip, details: overrideDetails(checked) }, now)
      return id
    })
  }

  /**
   * Saves every field of the form (fields included), a revision, the validity of it and of what
   * it replaces. With `expectedUpdatedAt` (the `updatedAt` the form was opened with), a save over
   * someone else's newer one is refused (DocumentEditConflictError) and nothing is written.
   */
  async save(id: number, input: DocumentInput, actor: DocumentActor, options: { expectedUpdatedAt?: Date } = {}): Promise<void> {
    await this.#save(id, input, actor, options)
  }

  /**
   * Restores a revision: a new save of its fields, lĩnh vực and the relations it acted in (files
   * are not part of a revision), carrying the version the page was opened with, so a restore over
   * someone else's newer save is refused as a save is. Audited as 'document.restore'.
   */
  async restore(id: number, revisionId: number, actor: DocumentActor, expectedUpdatedAt: Date): Promise<void> {
    const revision = await findDocumentRevision(this.deps.db, id, revisionId)
    if (!revision) throw new NotFoundError(`no revision ${revisionId} of document ${id}`, 'Không tìm thấy phiên bản này của văn bản.')
    await this.#save(id, inputOfSnapshot(revision.snapshot), actor, {
      expectedUpdatedAt, restoring: { revisionId, savedAt: revision.savedAt, relations: revision.snapshot.relations },
    })
  }

  async #save(id: number, input: DocumentInput, actor: DocumentActor, options: { expectedUpdatedAt?: Date; restoring?: Restoring }): Promise<void> {
    const { db, clock } = this.deps
    const { restoring } = options
    const before = await this.#existing(id)
    if (options.expectedUpdatedAt && options.expectedUpdatedAt.getTime() !== before.updatedAt.getTime()) throw new DocumentEditConflictError()
    // The consultation's window is set at its own desk (lay-y-kien): a form that does not carry it keeps it.
    const window = input.consultationOpensOn === undefined && input.consultationClosesOn === undefined
      ? { consultationOpensOn: before.consultationOpensOn ?? '', consultationClosesOn: before.consultationClosesOn ?? '' } : {}
    const checked = await checkDocumentInput(db, { ...input, ...window })
    const now = clock.now()
    const touched = await db.transaction().execute(async (trx) => {
      // The address follows the number until readers have seen it; once published it stays.
      const slug = before.publishedAt === null && checked.number !== before.number ? await uniqueSlug(trx, checked.number, id) : before.slug
      const saved = await trx.updateTable('documents').set({ ...columnsOf(checked), slug, updated_by: actor.userId, updated_at: now.toISOString() })
        .where('id', '=', id).where('updated_at', '=', before.updatedAt.toISOString()).executeTakeFirst()
      if (Number(saved.numUpdatedRows) === 0) throw new DocumentEditConflictError()
      await setFields(trx, id, checked.fieldIds)
      await refreshDocumentWords(trx, id)
      const related = restoring?.relations ? await restoreRelations(trx, id, restoring.relations) : { touched: [], replaced: [] }
      const replaced = [...new Set([...(await replacedBy(trx, id)), ...related.replaced])]
      await refreshValidityOf(trx, [id, ...replaced], newsroomDay(now))
      await keepRevision(trx, id, actor, now)
      if (restoring) {
        await recordAudit(trx, {
          userId: actor.userId, action: 'document.restore', itemType: 'document', itemId: id, ip: actor.ip,
          details: { revisionId: restoring.revisionId, savedAt: restoring.savedAt.toISOString() },
        }, now)
      }
      const overrideChanged = before.validityOverride !== checked.validityOverride || (checked.validityOverride !== null && before.validityReason !== checked.validityReason)
      if (!restoring) await recordAudit(trx, {
        userId: actor.userId, action: 'document.save', itemType: 'document', itemId: id, ip: actor.ip, details: overrideChanged ? overrideDetails(checked) : {},
      }, now)
      if (overrideChanged) {
        await recordAudit(trx, { userId: actor.userId, action: 'document.override-validity', itemType: 'document', itemId: id, ip: actor.ip, details: overrideDetails(checked) }, now)
      }
      // Related documents show this one's number and summary on their pages.
      return [id, ...(await relatedTo(trx, id)), ...related.touched]
    })
    this.#announce(touched)
  }

  /**
   * Marks a relation from the acting side ("this replaces other"); shown on both documents.
   * Relations are not the form's fields: `updated_at` stays, so a form open beside them still saves.
   */
  async addRelation(id: number, relation: DocumentRelationInput, actor: DocumentActor): Promise<void> {
    const { db, clock } = this.deps
    await this.#existing(id)
    const { kind, otherId } = relation
    if (!isRelationKind(kind)) throw new ValidationError({ relationKind: 'Quan hệ đã chọn không có trong danh sách.' })
    if (otherId === id) throw new ValidationError({ otherId: 'Văn bản không thể có quan hệ với chính nó.' })
    const other = await findDocumentRecord(db, otherId)
    if (!other) throw new ValidationError({ otherId: 'Không tìm thấy văn bản liên quan đã chọn.' })
    const now = clock.now()
    const added = await db.transaction().execute(async (trx) => {
      const row = (from: number, to: number) => trx.selectFrom('document_relations').select('kind')
        .where('document_id', '=', from).where('kind', '=', kind).where('other_id', '=', to).executeTakeFirst()
      if (await row(id, otherId)) return false
      if (await row(otherId, id)) {
        // "Liên quan" reads the same both ways; any other kind would make each act on the other.
        if (kind === 'related') return false
        throw new ValidationError({ otherId: `Văn bản ${other.number} đã ${RELATION_NAMES[kind].acting.toLowerCase()} văn bản này, không thể đặt quan hệ ngược lại.` })
      }
      await trx.insertInto('document_relations').values({ document_id: id, kind, other_id: otherId }).execute()
      if (kind === 'replaces') await refreshValidityOf(trx, [otherId], newsroomDay(now))
      await recordAudit(trx, { userId: actor.userId, action: 'document.relate', itemType: 'document', itemId: id, ip: actor.ip, details: { kind, otherId, otherNumber: other.number } }, now)
      return true
    })
    if (added) this.#announce([id, otherId])
  }

  /** Removes a relation, given from either side: `id` acting, or `id` the other (pass `side: 'other'`). */
  async removeRelation(id: number, relation: DocumentRelationInput & { side?: 'acting' | 'other' }, actor: DocumentActor): Promise<void> {
    const { db, clock } = this.deps
    const [acting, other] = relation.side === 'other' ? [relation.otherId, id] : [id, relation.otherId]
    const now = clock.now()
    const removed = await db.transaction().execute(async (trx) => {
      let query = trx.deleteFrom('document_relations').where('kind', '=', relation.kind)
      // "Liên quan" reads the same from both ends: either row is the one.
      query = relation.kind === 'related'
        ? query.where((eb) => eb.or([
          eb.and([eb('document_id', '=', acting), eb('other_id', '=', other)]),
          eb.and([eb('document_id', '=', other), eb('other_id', '=', acting)]),
        ]))
        : query.where('document_id', '=', acting).where('other_id', '=', other)
      const result = await query.executeTakeFirst()
      if (Number(result.numDeletedRows) === 0) return false
      if (relation.kind === 'replaces') await refreshValidityOf(trx, [other], newsroomDay(now))
      await recordAudit(trx, { userId: actor.userId, action: 'document.unrelate', itemType: 'document', itemId: acting, ip: actor.ip, details: { kind: relation.kind, otherId: other } }, now)
      return true
    })
    if (removed) this.#announce([acting, other])
  }

  /** Publishes at once (from draft or scheduled). */
  async publish(id: number, actor: DocumentActor): Promise<void> {
    const before = await this.#existing(id)
    if (before.status === 'published') throw new InvalidTransitionError('the document is published already', 'Văn bản này đã được đăng.')
    const touched = await this.#publish(before, actor, 'document.publish')
    if (!touched) throw new InvalidTransitionError('the document changed meanwhile', 'Văn bản vừa được người khác thay đổi trạng thái, xin tải lại trang.')
  }

  /** Publishes at a set time (the job does it when due). */
  async schedule(id: number, at: Date, actor: DocumentActor): Promise<void> {
    const { db, clock } = this.deps
    const before = await this.#existing(id)
    if (before.status === 'published') throw new InvalidTransitionError('the document is published already', 'Văn bản này đã được đăng.')
    const now = clock.now()
    if (Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) throw new ValidationError({ publishAt: 'Thời điểm hẹn đăng phải ở sau bây giờ.' })
    await db.transaction().execute(async (trx) => {
      const moved = await trx.updateTable('documents').set({ status: 'scheduled', publish_at: at.toISOString(), updated_by: actor.userId, updated_at: now.toISOString() })
        .where('id', '=', id).where('status', 'in', ['draft', 'scheduled']).executeTakeFirst()
      if (Number(moved.numUpdatedRows) === 0) throw new InvalidTransitionError('the document changed meanwhile', 'Văn bản vừa được người khác thay đổi trạng thái, xin tải lại trang.')
      await recordAudit(trx, { userId: actor.userId, action: 'document.schedule', itemType: 'document', itemId: id, ip: actor.ip, details: { at: at.toISOString() } }, now)
    })
    // Readers see nothing yet; the newsroom's lists do.
    this.#announce([id])
  }

  /** Back to draft: off the readers' pages (scheduled or published). */
  async withdraw(id: number, actor: DocumentActor): Promise<void> {
    const { db, clock } = this.deps
    const before = await this.#existing(id)
    if (before.status === 'draft') throw new InvalidTransitionError('the document is not published', 'Văn bản này chưa được đăng hay hẹn đăng.')
    const now = clock.now()
    const touched = await db.transaction().execute(async (trx) => {
      const moved = await trx.updateTable('documents').set({ status: 'draft', publish_at: null, updated_by: actor.userId, updated_at: now.toISOString() })
        .where('id', '=', id).where('status', '=', before.status).executeTakeFirst()
      if (Number(moved.numUpdatedRows) === 0) throw new InvalidTransitionError('the document changed meanwhile', 'Văn bản vừa được người khác thay đổi trạng thái, xin tải lại trang.')
      // What it replaced is back in force once it is withdrawn.
      await refreshValidityOf(trx, await replacedBy(trx, id), newsroomDay(now))
      await recordAudit(trx, { userId: actor.userId, action: before.status === 'published' ? 'document.withdraw' : 'document.unschedule', itemType: 'document', itemId: id, ip: actor.ip }, now)
      return [id, ...(await relatedTo(trx, id))]
    })
    this.#announce(touched)
  }

  /** Publishes every scheduled document that is due; returns their ids. A document is published once, however many instances tick. */
  async publishDue(): Promise<number[]> {
    const { db, clock } = this.deps
    const due = await db.selectFrom('documents').selectAll().where('status', '=', 'scheduled').where('publish_at', '<=', clock.now().toISOString()).orderBy('publish_at').execute()
    const published: number[] = []
    for (const row of due) {
      const record = await findDocumentRecord(db, row.id)
      if (record && record.status === 'scheduled' && (await this.#publish(record, null, 'document.publish-scheduled'))) published.push(row.id)
    }
    return published
  }

  /** Recomputes every document's validity for today; returns those that changed (announced). */
  async refreshValidity(): Promise<number[]> {
    const { db, clock } = this.deps
    const changed = await db.transaction().execute((trx) => refreshValidityOf(trx, 'all', newsroomDay(clock.now())))
    this.#announce(changed)
    return changed
  }

  /**
   * Publishing when due: every 15 s and at start, so nothing scheduled while the portal was
   * down is missed. Validity: checked every minute and at start, and worked out again whenever
   * the newsroom's day (Asia/Ho_Chi_Minh) is not the one last worked out.
   */
  jobs(): Job[] {
    let lastDay: string | undefined
    return [
      { name: 'documents.publish-due', label: 'Đăng văn bản theo lịch', everyMs: PUBLISH_TICK_MS, run: () => this.publishDue() },
      {
        name: 'documents.validity', label: 'Cập nhật tình trạng hiệu lực văn bản khi sang ngày mới', everyMs: VALIDITY_TICK_MS,
        run: async () => {
          const today = newsroomDay(this.deps.clock.now())
          if (today === lastDay) return []
          const changed = await this.refreshValidity()
          lastDay = today
          return changed
        },
      },
    ]
  }

  /** Publishes a draft or scheduled document with a conditional update; false when another got there first. */
  async #publish(before: DocumentRecord, actor: DocumentActor | null, action: string): Promise<number[] | false> {
    const { db, clock } = this.deps
    const now = clock.now()
    const touched = await db.transaction().execute(async (trx) => {
      const moved = await trx.updateTable('documents').set({
        status: 'published', publish_at: null, published_at: (before.publishedAt ?? now).toISOString(), updated_at: now.toISOString(),
        ...(actor ? { updated_by: actor.userId } : {}),
      }).where('id', '=', before.id).where('status', '=', before.status).executeTakeFirst()
      if (Number(moved.numUpdatedRows) === 0) return false
      // A replacing document's publication ends the force of those it replaces.
      await refreshValidityOf(trx, [before.id, ...(await replacedBy(trx, before.id))], newsroomDay(now))
      await recordAudit(trx, { userId: actor?.userId ?? null, action, itemType: 'document', itemId: before.id, ip: actor ? actor.ip : 'scheduler' }, now)
      return [before.id, ...(await relatedTo(trx, before.id))]
    })
    if (touched) this.#announce(touched)
    return touched
  }

  async #existing(id: number): Promise<DocumentRecord> {
    const record = await findDocumentRecord(this.deps.db, id)
    if (!record) throw new NotFoundError(`no document ${id}`, 'Không tìm thấy văn bản này.')
    return record
  }

  #announce(ids: readonly number[]): void {
    if (ids.length) this.deps.events.emit('documents.changed', { ids: [...new Set(ids)] })
  }
}

export const VALIDITY_TICK_MS = 60_000

/** A save made from a copy someone else has saved over meanwhile: refused, nothing written. */
export class DocumentEditConflictError extends AppError {
  constructor() {
    super(409, 'edit_conflict', 'the document was saved by someone else since this copy was opened',
      'Văn bản vừa được người khác lưu trong lúc bạn đang sửa, nên bản của bạn chưa được lưu. Nội dung bạn nhập vẫn còn nguyên; xin tải lại văn bản, gộp lại rồi bấm Lưu.')
  }
}

const isSlugClash = (error: unknown): boolean => error instanceof Error && /slug/i.test(error.message) && /unique|duplicate/i.test(error.message)

function columnsOf(checked: CheckedDocument) {
  return {
    kind_id: checked.kindId, issuer_id: checked.issuerId, number: checked.number, number_key: checked.numberKey, title: checked.title,
    summary: checked.summary, summary_folded: foldedWords(checked.summary), signer: checked.signer, body_html: checked.bodyHtml,
    issued_on: checked.issuedOn, effective_from: checked.effectiveFrom, effective_until: checked.effectiveUntil,
    validity_override: checked.validityOverride, validity_reason: checked.validityReason,
    consultation_opens_on: checked.consultationOpensOn, consultation_closes_on: checked.consultationClosesOn,
  }
}

/** A save that restores a revision: what the audit names, and the relations to put back. */
interface Restoring {
  revisionId: number
  savedAt: Date
  relations: readonly { kind: RelationKind; otherId: number }[] | undefined
}

const overrideDetails = (checked: CheckedDocument): Record<string, unknown> =>
  checked.validityOverride ? { validityOverride: checked.validityOverride, validityReason: checked.validityReason } : {}

/** The number as an address ("15-2021-qd-ubnd"), "-2", "-3"… when another document has it. */
export async function uniqueSlug(db: Db, number: string, exceptId?: number): Promise<string> {
  const base = slugify(number, 100) || 'van-ban'
  const taken = new Set((await db.selectFrom('documents').select(['slug', 'id']).where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)])).execute())
    .filter((r) => r.id !== exceptId).map((r) => r.slug))
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

async function setFields(db: Db, id: number, fieldIds: readonly number[]): Promise<void> {
  await db.deleteFrom('document_field_links').where('document_id', '=', id).execute()
  if (fieldIds.length) await db.insertInto('document_field_links').values(fieldIds.map((field_id) => ({ document_id: id, field_id }))).execute()
}
