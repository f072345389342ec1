import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { WordPostings } from './word-postings.ts'

// The postings kept for common words: read once, kept until the register changes, the least
// recently used dropped past the budget. Rows are changed behind the cache's back to see which
// answers come from it.

let portal: TestPortal
before(async () => {
  portal = await buildTestPortal()
  const ids = (await portal.db.insertInto('document_issuers').values({ name: 'UBND', abbreviation: 'UBND' }).returning('id').executeTakeFirstOrThrow()).id
  const kind = (await portal.db.selectFrom('document_kinds').select('id').executeTakeFirstOrThrow()).id
  for (let n = 1; n <= 6; n++) {
    await portal.db.insertInto('documents').values({
      slug: `vb-${n}`, kind_id: kind, issuer_id: ids, number: `${n}/QĐ`, number_key: ` ${n} qd `, title: '', summary: '', summary_folded: '', signer: '', body_html: '',
      issued_on: '2026-01-01', effective_from: null, effective_until: null, validity: null, validity_override: null, validity_reason: '', status: 'published',
      publish_at: null, published_at: null, consultation_opens_on: null, consultation_closes_on: null, created_by: null, updated_by: null,
      created_at: new Date().toISOString(), updated_at: new Date().toISOString(),
    }).execute()
  }
  const docs = (await portal.db.selectFrom('documents').select('id').orderBy('id').execute()).map((d) => d.id)
  // "dat" in four documents, "gia" in three, "nha" in one.
  await portal.db.insertInto('document_words').values([
    ...docs.slice(0, 4).map((id) => ({ word: 'dat', document_id: id })),
    ...docs.slice(2, 5).map((id) => ({ word: 'gia', document_id: id })),
    { word: 'nha', document_id: docs[5]! },
  ]).execute()
})
after(() => portal.close())

const sorted = (ids: Int32Array) => [...ids].sort((a, b) => a - b)
const removeWord = (word: string) => portal.db.deleteFrom('document_words').where('word', '=', word).execute()
const countOf = async (word: string) => (await portal.db.selectFrom('document_words').select('document_id').where('word', '=', word).execute()).length

test('a common word is read once and kept until cleared; a rare one is read every time', async () => {
  const postings = new WordPostings(portal.db, portal.database.dialect, { keptFrom: 2 })
  assert.equal((await postings.of('dat')).length, 4)
  assert.equal((await postings.of('nha')).length, 1)
  assert.deepEqual((await postings.of('khong-co')).length, 0)
  const dat = sorted(await postings.of('dat'))
  await portal.db.deleteFrom('document_words').where('word', '=', 'nha').execute()
  assert.equal((await postings.of('nha')).length, 0, 'the rare word was read again')
  await portal.db.deleteFrom('document_words').where('word', '=', 'dat').where('document_id', '=', dat[0]!).execute()
  assert.deepEqual(sorted(await postings.of('dat')), dat, 'the common word came from what was kept')
  postings.clear()
  assert.equal((await postings.of('dat')).length, 3, 'after a change it is read again')
})

test('past the budget the least recently used word goes first', async () => {
  const postings = new WordPostings(portal.db, portal.database.dialect, { keptFrom: 2, budget: 6 })
  const dat = await countOf('dat')
  await postings.of('dat')
  await postings.of('gia')
  // Both kept (3 + 3 ids at most). "dat" used again: "gia" is now the older.
  await postings.of('dat')
  await removeWord('gia')
  await portal.db.insertInto('document_words').values({ word: 'moi', document_id: (await portal.db.selectFrom('documents').select('id').executeTakeFirstOrThrow()).id }).execute()
  await portal.db.insertInto('document_words').values((await portal.db.selectFrom('documents').select('id').limit(2).offset(1).execute()).map((d) => ({ word: 'moi', document_id: d.id }))).execute()
  // Keeping "moi" (3 ids) needs room: "gia" goes, "dat" stays.
  assert.equal((await postings.of('moi')).length, 3)
  assert.equal((await postings.of('gia')).length, 0, 'the older word was dropped and read again')
  await removeWord('dat')
  assert.equal((await postings.of('dat')).length, dat, 'the recently used word was kept')
})
