import type { Clock } from '../../../platform/clock.ts'
import type { Db } from '../../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../../platform/events.ts'
import type { MediaStorage } from '../../../platform/storage/index.ts'
import { recordAudit } from '../../audit/index.ts'
import type { DocumentActor, DocumentService } from '../document.service.ts'
import { attachDocumentFile } from '../files/attach-file.ts'
import type { PlannedDocument } from './import-plan.ts'

// The real import, all or nothing. Each document goes through the register's own service (its
// checks, revision and audit entry) and each file through the newsroom's attach (judged again,
// its text read for search). Documents are drafts until every one of them and every file is in;
// only then, if asked, are they published. If anything fails on the way (a file refused late,
// the storage or the database down), every document this run created is removed with its files,
// rows and stored objects, so no reader and no clerk sees half a register. A crash of the process
// midway can leave drafts (never published ones): the audit log's "document.create" entries say which.

export interface ImportDeps {
  db: Db
  media: MediaStorage
  clock: Clock
  events: NewsroomEventBus
  documents: DocumentService
}

export const IMPORT_AUDIT_ACTIONS = {
  'document.import': 'nhập văn bản từ bảng tính',
  'document.import-undo': 'hủy lần nhập văn bản từ bảng tính bị lỗi',
} as const

/** The import failed, and so did removing what it had created (the database gone meanwhile): those documents are named. */
export class ImportNotUndoneError extends Error {
  constructor(readonly createdIds: readonly number[], readonly failure: unknown, readonly undoFailure: unknown) {
    super(`an import failed and ${createdIds.length} documents it created could not be removed`)
  }
}

export async function runImport(deps: ImportDeps, documents: readonly PlannedDocument[], actor: DocumentActor, options: { publish: boolean; sheetName: string }): Promise<number[]> {
  const created: number[] = []
  try {
    for (const planned of documents) {
      const id = await deps.documents.create(planned.input, actor)
      created.push(id)
      for (const file of planned.files) {
        await attachDocumentFile(deps, { documentId: id, fileName: file.name, source: { path: file.path }, uploadedBy: actor.userId })
      }
    }
    if (options.publish) for (const id of created) await deps.documents.publish(id, actor)
  } catch (error) {
    try {
      await removeImported(deps, created, actor, error)
    } catch (undoError) {
      throw new ImportNotUndoneError(created, error, undoError)
    }
    throw error
  }
  await recordAudit(deps.db, {
    userId: actor.userId, action: 'document.import', ip: actor.ip, details: { count: created.length, published: options.publish, sheet: options.sheetName },
  }, deps.clock.now())
  return created
}

/** Removes what a failed run created: the stored files first (their keys are in the rows), then the rows. */
async function removeImported(deps: ImportDeps, ids: number[], actor: DocumentActor, cause: unknown): Promise<void> {
  if (ids.length === 0) return
  const files = await deps.db.selectFrom('document_files').select('storage_key').where('document_id', 'in', ids).execute()
  await Promise.all(files.map((f) => deps.media.delete(f.storage_key).catch(() => {})))
  await deps.db.transaction().execute(async (trx) => {
    // The tables that point at a document say "on delete cascade"; these are named so that no
    // database setting is relied on.
    for (const table of ['document_files', 'document_field_links', 'document_revisions'] as const) {
      await trx.deleteFrom(table).where('document_id', 'in', ids).execute()
    }
    await trx.deleteFrom('document_relations').where((eb) => eb.or([eb('document_id', 'in', ids), eb('other_id', 'in', ids)])).execute()
    await trx.deleteFrom('document_words').where('document_id', 'in', ids).execute()
    await trx.deleteFrom('documents').where('id', 'in', ids).execute()
    await recordAudit(trx, {
      userId: actor.userId, action: 'document.import-undo', ip: actor.ip,
      details: { removed: ids.length, reason: cause instanceof Error ? cause.message.slice(0, 300) : String(cause) },
    }, deps.clock.now())
  })
  deps.events.emit('documents.changed', { ids })
}
