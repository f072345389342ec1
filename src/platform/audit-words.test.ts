import assert from 'node:assert/strict'
import { test } from 'node:test'
import { auditReader, type AuditWords } from './audit-words.ts'
import type { Db } from './db/connect.ts'

const db = {} as Db
const articles: AuditWords = {
  actions: { 'article.approve': 'duyệt bài' },
  names: { article: async (_db, ids) => new Map(ids.filter((id) => id !== '9').map((id) => [id, `Bài ${id}`])) },
}

test('entries read as the modules describe them; names are read once per kind for a page of entries', async () => {
  let reads = 0
  const counted: AuditWords = { names: { article: async (d, ids) => { reads++; return articles.names!.article!(d, ids) } }, actions: articles.actions! }
  const read = auditReader(db, [counted, { actions: { 'user.sign-in': 'đăng nhập' } }])
  const sentences = await read([
    { action: 'article.approve', itemType: 'article', itemId: '3' },
    { action: 'article.approve', itemType: 'article', itemId: '4' },
    { action: 'user.sign-in', itemType: 'user', itemId: '1' },
  ])
  assert.deepEqual(sentences.map((s) => [s.phrase, s.object]), [['duyệt bài', 'Bài 3'], ['duyệt bài', 'Bài 4'], ['đăng nhập', undefined]])
  assert.equal(reads, 1)
})

test('an action no module describes shows as its code, and an object gone shows by its number', async () => {
  const [gone, unknown] = await auditReader(db, [articles])([
    { action: 'article.approve', itemType: 'article', itemId: '9' },
    { action: 'poll.close', itemType: 'poll', itemId: '2' },
  ])
  assert.deepEqual(gone, { phrase: 'duyệt bài', object: undefined, fallback: 'article #9' })
  assert.deepEqual(unknown, { phrase: 'poll.close', object: undefined, fallback: 'poll #2' })
})
