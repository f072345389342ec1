import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { createCategory } from '../../../test/support/factories.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { importJsonl } from './jsonl-import.ts'
import { PORTAL_MODULES } from '../../modules.ts'
import { reservedPrefixesOf } from '../../platform/module-list.ts'
import { splitByline } from './jsonl-article.ts'
import { entryPoint } from '../../../test/support/entry-point.ts'

let portal: TestPortal
let dir: string

before(async () => {
  portal = await buildTestPortal()
  dir = mkdtempSync(join(tmpdir(), 'toasoan-import-'))
})
after(async () => {
  await portal.close()
  rmSync(dir, { recursive: true, force: true })
})

const line = (fields: Record<string, unknown>) => JSON.stringify({
  title: 'Tiêu đề', body_html: '<p>Nội dung</p>', category: 'tin-tuc/dan-van', published_at: '2021-01-15T09:30:00+07:00', ...fields,
})

test('bylines split into kind and name as typed', () => {
  assert.deepEqual(splitByline('T/h: Lê Hải'), { kind: 'T/h', name: 'Lê Hải' })
  assert.deepEqual(splitByline('Bài và ảnh: Nguyễn Văn An'), { kind: 'Bài và ảnh', name: 'Nguyễn Văn An' })
  assert.deepEqual(splitByline('Minh Châu'), { kind: '', name: 'Minh Châu' })
  assert.deepEqual(splitByline(undefined), { kind: '', name: '' })
})

test('good lines load, missing categories are created, bad lines are reported by number', async () => {
  const file = join(dir, 'articles.jsonl')
  writeFileSync(file, [
    line({ title: 'Bài thứ nhất', byline: 'T/h: Lê Hải', tags: ['Dân vận khéo'] }),
    '{not json',
    line({ title: '' }),
    '',
    line({ title: 'Bài thứ hai', category: 'kinh-te', body_html: '<p>Có <script>alert(1)</script> mã</p>'.normalize('NFD') }),
    line({ title: 'Bài thứ ba', published_at: 'hôm qua' }),
    line({ title: 'Bài thứ tư', category: 'Tin Tuc' }),
    line({ title: 'Bài thứ nhất' }),
  ].join('\n'))
  const report = await importJsonl(portal.db, file, { batchSize: 2, reservedPrefixes: reservedPrefixesOf(PORTAL_MODULES) })
  assert.equal(report.imported, 3)
  assert.deepEqual(report.rejected.map((r) => r.line), [2, 3, 6, 7])
  assert.match(report.rejected[1]!.problem, /title/)
  assert.match(report.rejected[2]!.problem, /published_at/)

  const rows = await portal.db.selectFrom('articles').select(['slug', 'byline_kind', 'byline_name', 'body_html', 'published_at']).orderBy('id').execute()
  assert.deepEqual(rows.map((r) => r.slug), ['bai-thu-nhat', 'bai-thu-hai', 'bai-thu-nhat-2'])
  assert.equal(rows[0]!.byline_kind, 'T/h')
  assert.equal(new Date(rows[0]!.published_at!).toISOString(), '2021-01-15T02:30:00.000Z')
  assert.ok(!rows[1]!.body_html.includes('script'))
  assert.equal(rows[1]!.body_html, rows[1]!.body_html.normalize('NFC'))
  const categories = await portal.db.selectFrom('categories').select(['slug', 'parent_id']).orderBy('id').execute()
  assert.deepEqual(categories.map((c) => c.slug), ['tin-tuc', 'dan-van', 'kinh-te'])
})

test('a category path that would reuse a slug from elsewhere is refused, not half-loaded', async () => {
  await createCategory(portal, 'Văn bản')
  const file = join(dir, 'clash.jsonl')
  writeFileSync(file, [line({ title: 'Bài trùng chuyên mục', category: 'tai-lieu/van-ban' }), line({ title: 'Bài đúng', category: 'van-ban' })].join('\n'))
  const report = await importJsonl(portal.db, file, { reservedPrefixes: reservedPrefixesOf(PORTAL_MODULES) })
  assert.equal(report.imported, 1)
  assert.equal(report.rejected[0]!.line, 1)
  assert.match(report.rejected[0]!.problem, /van-ban/)
})

test('a top-level category the import would create on a module\'s prefix is refused, naming the module; a sub-category may have that slug', async () => {
  const file = join(dir, 'reserved.jsonl')
  writeFileSync(file, [line({ title: 'Bài ở trang tìm kiếm', category: 'tim-kiem' }), line({ title: 'Bài ở RSS', category: 'rss/tin-moi' }), line({ title: 'Bài ở chuyên mục con', category: 'tin-tuc/tai-ve' })].join('\n'))
  const report = await importJsonl(portal.db, file, { reservedPrefixes: reservedPrefixesOf(PORTAL_MODULES) })
  assert.equal(report.imported, 1)
  assert.deepEqual(report.rejected.map((r) => r.problem), [
    '/category: Đường dẫn “tim-kiem” thuộc mô-đun Tìm kiếm, dành riêng cho hệ thống; xin chọn đường dẫn khác.',
    '/category: Đường dẫn “rss” thuộc mô-đun RSS và sơ đồ trang, dành riêng cho hệ thống; xin chọn đường dẫn khác.',
  ])
  assert.equal(await portal.db.selectFrom('categories').select('id').where('slug', 'in', ['tim-kiem', 'rss']).executeTakeFirst(), undefined)
  // /tin-tuc/tai-ve takes no first path segment: /tai-ve stays the PDF downloads'.
  const nested = await portal.db.selectFrom('categories').select('parent_id').where('slug', '=', 'tai-ve').executeTakeFirstOrThrow()
  assert.notEqual(nested.parent_id, null)
})

// The CLI gets its own SQLite file whichever database the suite runs on: this checks the command, not the dialect.
test('the CLI imports a file into the database named by DATABASE_URL and reports bad lines', async () => {
  const file = join(dir, 'cli.jsonl')
  writeFileSync(file, [line({ title: 'Bài qua dòng lệnh' }), 'oops'].join('\n'))
  const run = promisify(execFile)
  const result = await run(process.execPath, [...entryPoint('cli'), 'import-jsonl', file], {
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'cli.db')}` },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error)
  assert.equal('code' in result ? result.code : 0, 2, 'exit code 2 when lines were skipped')
  assert.match(result.stdout, /imported 1 articles/)
  assert.match(result.stderr, /line 2: not valid JSON/)
  assert.match(result.stderr, /100%/)
})
