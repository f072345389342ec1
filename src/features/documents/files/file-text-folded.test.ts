import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Kysely } from 'kysely'
import { openTestDatabase } from '../../../../test/support/test-portal.ts'
import { migrateToLatest } from '../../../migrations/index.ts'
import { PORTAL_MODULES } from '../../../modules.ts'
import type { Db } from '../../../platform/db/connect.ts'
import { migrationsOf } from '../../../platform/module-list.ts'
import { LocalFolderStorage } from '../../../platform/storage/local-folder-storage.ts'
import { numberKey } from '../number.ts'
import { attachDocumentFile } from './attach-file.ts'
import * as sample from './sample-files.ts'

// The files' text kept folded beside itself (migration 20261207-0205): filled for the files a
// portal already holds when it upgrades, and written with every file attached from then on.

const FOLDED = '20261207-0205-documents-file-text-folded'
let db: Db
let drop: () => Promise<void>
let close: () => Promise<void>
let documentId: number
let oldFileId: number

before(async () => {
  const opened = await openTestDatabase()
  db = opened.database.db
  drop = opened.drop
  close = () => opened.database.close()
  const all = migrationsOf(PORTAL_MODULES)
  await migrateToLatest(opened.database, new Map([...all].filter(([name]) => name !== FOLDED)))
  const now = new Date().toISOString()
  const kind = await db.insertInto('document_kinds').values({ name: 'Quyết định thử', abbreviation: 'QĐ' }).returning('id').executeTakeFirstOrThrow()
  const issuer = await db.insertInto('document_issuers').values({ name: 'UBND tỉnh', abbreviation: 'UBND', parent_id: null, active_from: null, active_until: null, merged_into_id: null }).returning('id').executeTakeFirstOrThrow()
  documentId = (await db.insertInto('documents').values({
    slug: 'quyet-dinh-15-2021', kind_id: kind.id, issuer_id: issuer.id, number: '15/2021/QĐ-UBND', number_key: numberKey('15/2021/QĐ-UBND'),
    summary: 'Về việc giá đất', summary_folded: ' ve viec gia dat ', issued_on: '2021-03-12', effective_from: null, effective_until: null,
    validity: null, validity_override: null, status: 'published', publish_at: null, published_at: now, consultation_opens_on: null,
    consultation_closes_on: null, created_by: null, updated_by: null, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow()).id
  // A file attached before the migration: the table has no text_folded yet.
  const before = db as unknown as Kysely<{ document_files: Record<string, unknown> }>
  oldFileId = (await before.insertInto('document_files').values({
    document_id: documentId, storage_key: 'van-ban/cu.pdf', file_name: 'cũ.pdf', media_type: 'application/pdf', bytes: 10, sha256: '0'.repeat(64),
    text: 'Phụ lục: BẢNG GIÁ ĐẤT ở các phường,\nthuộc thành phố Quy Nhơn', text_state: 'ok', created_at: now,
  }).returning('id').executeTakeFirstOrThrow()).id as number
  await migrateToLatest(opened.database, all)
})
after(async () => {
  await close()
  await drop()
})

const foldedOf = async (id: number) => (await db.selectFrom('document_files').select('text_folded').where('id', '=', id).executeTakeFirstOrThrow()).text_folded

test('upgrading folds the text of the files already attached, as words between single spaces', async () => {
  assert.equal(await foldedOf(oldFileId), ' phu luc bang gia dat o cac phuong thuoc thanh pho quy nhon ')
})

test('a file attached after the upgrade has its text folded as it is recorded', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'toasoan-folded-'))
  try {
    const media = new LocalFolderStorage(folder)
    const file = await attachDocumentFile({ db, media, clock: { now: () => new Date() } }, { documentId, fileName: 'Quyết định.pdf', source: await sample.textPdf() })
    const folded = await foldedOf(file.id)
    assert.match(folded, / quy che tiep cong dan cua uy ban nhan dan tinh binh dinh /)
    assert.match(folded, / 15 2021 qd ubnd /)
    assert.ok(folded.startsWith(' ') && folded.endsWith(' '))
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})
