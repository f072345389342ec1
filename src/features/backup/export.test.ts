import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { entryPoint } from '../../../test/support/entry-point.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { migrateToLatest } from '../../migrations/index.ts'
import { connectDatabase } from '../../platform/db/connect.ts'
import { insertComment } from '../comments/index.ts'
import { exportContent } from './index.ts'

// `export FILE`: every line parses, carries its type, and the lines of each type are as many as
// the database holds (more comments than one keyset page, so paging is crossed).
const work = mkdtempSync(join(tmpdir(), 'toasoan-export-'))
let portal: TestPortal

before(async () => {
  portal = await buildTestPortal({ seed: true })
  const article = await portal.db.selectFrom('articles').select('id').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow()
  for (let i = 0; i < 620; i++) {
    const status = i % 10 === 0 ? 'pending' : i % 31 === 0 ? 'spam' : 'approved'
    await insertComment(portal.db, { articleId: article.id, parentId: null, authorName: `Bạn đọc ${i}`, authorEmail: `ban-doc-${i}@example.vn`, body: `Ý kiến số ${i}`, status, spamReason: '', ip: '203.0.113.9', userAgent: 'test' }, new Date())
  }
})
after(() => portal?.close())

async function count(table: 'articles' | 'pages' | 'documents' | 'media' | 'categories'): Promise<number> {
  return Number((await portal.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
}

test('every line parses with a type, and each type has as many lines as the database has rows', async () => {
  const file = join(work, 'noi-dung.jsonl')
  const counts = await exportContent(portal.db, file, { mediaUrl: 'https://cdn.example.vn/media', publicUrl: 'https://cong.example.vn' })
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, any>)
  assert.equal(lines[0]!.type, 'export')
  assert.equal(lines[0]!.format, 'toasoan-export')
  assert.deepEqual(lines.at(-1), { type: 'end', counts })
  const byType = new Map<string, Record<string, any>[]>()
  for (const line of lines) byType.set(line.type, [...(byType.get(line.type) ?? []), line])
  const approved = Number((await portal.db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'approved').executeTakeFirstOrThrow()).n)
  const expected = { category: await count('categories'), article: await count('articles'), page: await count('pages'), document: await count('documents'), comment: approved, media: await count('media') }
  assert.deepEqual(counts, expected)
  for (const [type, n] of Object.entries(expected)) assert.equal(byType.get(type)?.length ?? 0, n, type)
  assert.ok(approved > 500, 'more than one page of comments')
  for (const [type, rows] of byType) {
    const ids = rows.map((r) => r.id as number)
    if (type !== 'export' && type !== 'end') assert.deepEqual(ids, [...new Set(ids)].sort((a, b) => a - b), `${type}: each once, in id order`)
  }
  const comments = byType.get('comment')!
  assert.ok(comments.every((c) => !('authorEmail' in c) && !('ip' in c)), 'no personal data beyond the name shown to readers')
  assert.ok(!comments.some((c) => /^Ý kiến số (0|10|20)$/.test(c.body)), 'pending comments are left out')
  const articles = byType.get('article')!
  assert.ok(articles.length > 0)
  for (const a of articles) {
    assert.equal(typeof a.title, 'string')
    assert.equal(typeof a.bodyHtml, 'string')
    assert.ok(a.category && typeof a.category.path === 'string' && a.category.path.length > 0, `article ${a.id} has its category path`)
    assert.ok(Array.isArray(a.tags))
    assert.equal(typeof a.byline.name, 'string')
  }
  const seed = articles.find((a) => a.slug === 'hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021')
  assert.equal(seed?.category.path, 'tin-tuc/dan-van')
  for (const m of byType.get('media') ?? []) assert.match(m.url, /^https:\/\/cdn\.example\.vn\/media\/uploads\/.+\.webp$/)
  for (const a of articles) if (a.leadImage?.url) assert.match(a.leadImage.url, /^https?:\/\//)
})

test('the CLI writes the file and says how many of each', async () => {
  const env = { DATABASE_URL: `sqlite:${join(work, 'cli.sqlite')}`, MEDIA_DIR: join(work, 'cli-media'), MEDIA_STORAGE: 'local', PUBLIC_URL: 'https://cong.example.vn' }
  const database = await connectDatabase(env.DATABASE_URL)
  await migrateToLatest(database)
  await database.close()
  const file = join(work, 'cli.jsonl')
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [...entryPoint('cli'), 'export', file], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
  assert.equal(result.code, 0, result.stderr)
  assert.match(result.stdout, /exported to .*cli\.jsonl: \d+ category, 0 article/)
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string })
  assert.equal(lines[0]!.type, 'export')
  assert.equal(lines.at(-1)!.type, 'end')
})
