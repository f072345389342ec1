import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import mysql from 'mysql2/promise'
import { MalformedSourceError, type ImportRecord, type SourceProblem } from '../records.ts'
import { openNukevietSource, type NukevietOptions } from './index.ts'

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/import/nukeviet/', import.meta.url))
const DEMO = join(fixtures, 'nukeviet4-demo.sql')
const NOW = new Date('2026-12-01T00:00:00Z')
// CI runs MariaDB; reading a live database is half of this reader, so no MariaDB is a failure.
const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306'

let dir: string
before(() => { dir = mkdtempSync(join(tmpdir(), 'toasoan-nukeviet-')) })
after(() => rmSync(dir, { recursive: true, force: true }))

async function readAll(target: string, options: NukevietOptions = {}): Promise<{ records: ImportRecord[]; problems: SourceProblem[] }> {
  const source = openNukevietSource(target, { now: NOW, ...options })
  const records: ImportRecord[] = []
  const problems: SourceProblem[] = []
  try {
    for await (const record of source.records((p) => problems.push(p))) records.push(record)
  } finally {
    await source.close()
  }
  return { records, problems }
}

function count(records: ImportRecord[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of records) {
    const key = 'status' in r ? `${r.kind}:${r.status}` : r.kind
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

const byKind = <K extends ImportRecord['kind']>(records: ImportRecord[], kind: K) =>
  records.filter((r): r is Extract<ImportRecord, { kind: K }> => r.kind === kind)

test('the demo dump gives the records its INDEX.md counts, by kind and status', async () => {
  const { records, problems } = await readAll(DEMO)
  assert.deepEqual(count(records), {
    category: 3, tag: 2, media: 3,
    'article:published': 2, 'article:pending': 1, 'article:draft': 2, 'article:scheduled': 1,
    'page:published': 3,
    'comment:approved': 2, 'comment:pending': 1,
    document: 2, question: 2,
  })
  assert.deepEqual(problems.map((p) => p.sourceId), ['comment/4', 'faq/3'])
  const source = openNukevietSource(DEMO, { now: NOW })
  assert.deepEqual(await source.validate(() => {}), { items: 24 })
})

test('categories keep their Vietnamese names, their hierarchy and both address forms', async () => {
  const categories = byKind((await readAll(DEMO)).records, 'category')
  assert.deepEqual(categories.find((c) => c.sourceId === '2'), {
    kind: 'category', sourceId: '2', name: 'Dân vận khéo', slug: 'dan-van-kheo', parentRef: '1',
    description: 'Gương điển hình "Dân vận khéo"',
    oldAddresses: ['/news/dan-van-kheo/', '/index.php?language=vi&nv=news&op=dan-van-kheo'],
  })
  assert.equal(categories.find((c) => c.sourceId === '1')?.name, 'Tin tức – Sự kiện')
})

test('an article comes with its body, lead, source, byline, tags, featured image and an address per category', async () => {
  const article = byKind((await readAll(DEMO)).records, 'article').find((a) => a.sourceId === '1')!
  assert.equal(article.title, 'Hội nghị tổng kết công tác dân vận năm 2020')
  assert.match(article.bodyHtml, /"Dân biết, dân bàn, dân làm, dân kiểm tra"; năm 2021 tiếp tục đẩy mạnh phong trào thi đua 'Dân vận khéo'/)
  assert.equal(article.lead, 'Sáng 15/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021.')
  assert.equal(article.status, 'published')
  assert.deepEqual(article.publishedAt, new Date('2021-01-15T01:00:00Z'))
  assert.deepEqual(article.categoryRefs, ['1', '2'])
  assert.deepEqual(article.tags, ['dân vận'])
  assert.equal(article.source, 'Báo Bình Định')
  assert.equal(article.byline, 'Lê Hải')
  assert.equal(article.featuredMediaRef, 'news/2021_01/hoi-nghi-tong-ket.jpg')
  assert.deepEqual(article.oldAddresses, [
    '/news/tin-tuc-su-kien/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-1.html',
    '/index.php?language=vi&nv=news&op=tin-tuc-su-kien/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-1',
    '/news/dan-van-kheo/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-1.html',
    '/index.php?language=vi&nv=news&op=dan-van-kheo/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-1',
  ])
  assert.equal(article.textHints, undefined)
})

test('the TCVN3 article names its .VnTime font for the sink, its text left as the source has it', async () => {
  const article = byKind((await readAll(DEMO)).records, 'article').find((a) => a.sourceId === '2')!
  assert.deepEqual(article.textHints, { fontFaces: ['.VnTime'] })
  assert.match(article.bodyHtml, /Héi nghÞ tæng kÕt c«ng t¸c d©n vËn/)
  assert.equal(article.byline, 'T/h: Nguyễn Thị Mai')
  assert.equal(article.source, 'http://danvan.binhdinh.gov.vn/tin-cu.html')
})

test('NukeViet states map to the workflow, an expired article becomes a draft with a note', async () => {
  const articles = byKind((await readAll(DEMO)).records, 'article')
  const state = Object.fromEntries(articles.map((a) => [a.sourceId, a.status]))
  assert.deepEqual(state, { 1: 'published', 2: 'published', 3: 'pending', 4: 'draft', 5: 'scheduled', 6: 'draft' })
  assert.equal(articles.find((a) => a.sourceId === '4')?.publishedAt, undefined)
  assert.deepEqual(articles.find((a) => a.sourceId === '5')?.publishedAt, new Date('2028-01-01T00:00:00Z'))
  assert.deepEqual(articles.find((a) => a.sourceId === '6')?.notes, ['expired in NukeViet on 2022-01-01T00:00:00.000Z: imported as a draft'])
})

test('pages, comments, laws and questions come with their fields and old addresses', async () => {
  const { records } = await readAll(DEMO)
  const page = byKind(records, 'page').find((p) => p.sourceId === 'page/1')!
  assert.equal(page.title, 'Giới thiệu')
  assert.deepEqual(page.oldAddresses, ['/page/gioi-thieu.html', '/index.php?language=vi&nv=page&op=gioi-thieu'])
  // The page module installed again as `about`, with its own table, named by the modules table.
  const about = byKind(records, 'page').find((p) => p.sourceId === 'about/1')!
  assert.equal(about.title, 'Giới thiệu chung')
  assert.deepEqual(about.oldAddresses, ['/about/gioi-thieu-chung.html', '/index.php?language=vi&nv=about&op=gioi-thieu-chung'])

  const reply = byKind(records, 'comment').find((c) => c.sourceId === '2')!
  assert.deepEqual(reply, {
    kind: 'comment', sourceId: '2', articleRef: '1', parentRef: '1', authorName: 'Trần Thị Hoa',
    authorEmail: 'hoa.tt@example.vn', body: 'Đồng ý với ý kiến trên.\nMong có thêm tin về các xã.',
    status: 'pending', createdAt: new Date('2021-01-15T10:00:00Z'),
  })

  const decision = byKind(records, 'document').find((d) => d.sourceId === '1')!
  assert.deepEqual({ ...decision, files: undefined }, {
    kind: 'document', sourceId: '1', number: '12/2021/QĐ-UBND',
    summary: 'Ban hành Quy chế thực hiện dân chủ ở cơ sở trên địa bàn tỉnh', documentKind: 'Quyết định',
    issuer: 'UBND tỉnh Bình Định', signer: 'Nguyễn Tuấn Thanh',
    issuedOn: new Date('2021-03-01T00:00:00Z'), effectiveOn: new Date('2021-03-15T00:00:00Z'), files: undefined,
    oldAddresses: ['/laws/detail/quyet-dinh-12-2021-qd-ubnd.html', '/index.php?language=vi&nv=laws&op=detail/quyet-dinh-12-2021-qd-ubnd'],
  })

  const question = byKind(records, 'question').find((q) => q.sourceId === '2')!
  assert.equal(question.question, 'Tôi có thể gửi kiến nghị qua cổng thông tin không?')
  assert.equal(question.answerHtml, '<p>Có, qua mục <a href="/contact/">Liên hệ</a>.</p>')
  assert.equal(question.topic, 'Thủ tục hành chính')
  assert.ok(question.oldAddresses.includes('/index.php?language=vi&nv=faq&op=thu-tuc-hanh-chinh/question-2'))
})

test('with --uploads, featured images and law files are taken from the folder; a missing one is reported', async () => {
  const uploads = join(dir, 'uploads')
  mkdirSync(join(uploads, 'news', '2021_01'), { recursive: true })
  mkdirSync(join(uploads, 'laws', '2021'), { recursive: true })
  writeFileSync(join(uploads, 'news', '2021_01', 'hoi-nghi-tong-ket.jpg'), 'jpeg')
  writeFileSync(join(uploads, 'laws', '2021', 'kh-45.pdf'), '%PDF')
  const { records, problems } = await readAll(DEMO, { uploads })
  const media = byKind(records, 'media')
  assert.equal(media.find((m) => m.sourceId === 'news/2021_01/hoi-nghi-tong-ket.jpg')?.file, join(uploads, 'news', '2021_01', 'hoi-nghi-tong-ket.jpg'))
  assert.equal(media.find((m) => m.sourceId === 'news/2021_02/chuyen-doi-so.png')?.file, undefined)
  const plan = byKind(records, 'document').find((d) => d.sourceId === '2')!
  assert.deepEqual(plan.files, [{ file: join(uploads, 'laws', '2021', 'kh-45.pdf'), originalName: 'kh-45.pdf' }])
  assert.deepEqual(problems.map((p) => p.problem).filter((p) => p.includes('not found')).sort(), [
    'attached file 2021/kh-45-phu-luc.docx not found under --uploads',
    'attached file 2021/qd-12-2021.pdf not found under --uploads',
    'featured image 2021_02/chuyen-doi-so.png not found under --uploads',
  ])
})

test('a malformed dump is refused by validation with its line and column', async () => {
  const source = openNukevietSource(join(fixtures, 'nukeviet4-malformed.sql'))
  await assert.rejects(source.validate(() => {}), (error: unknown) => {
    assert.ok(error instanceof MalformedSourceError)
    assert.deepEqual([error.where.line, error.where.column], [123, 95])
    return true
  })
})

test('a dump with no NukeViet tables, or two sites in it, is refused; --prefix chooses', async () => {
  const empty = join(dir, 'other.sql')
  writeFileSync(empty, 'CREATE TABLE wp_posts (ID int);\nINSERT INTO wp_posts VALUES (1);\n')
  await assert.rejects(openNukevietSource(empty).validate(() => {}), /no NukeViet news table \(<prefix>_<lang>_news_rows\) found/)

  const two = join(dir, 'two-sites.sql')
  writeFileSync(two, `${readFileSync(DEMO, 'utf8')}\n${readFileSync(DEMO, 'utf8').replaceAll('`nv4_', '`site2_')}`)
  await assert.rejects(openNukevietSource(two).validate(() => {}), /several NukeViet sites \(nv4, site2\): choose one with --prefix/)
  assert.deepEqual(await openNukevietSource(two, { prefix: 'site2', now: NOW }).validate(() => {}), { items: 24 })
})

test('the same site loaded into MariaDB and read through mysql2 gives the same records as its dump', async () => {
  const database = `toasoan_nv_${randomBytes(4).toString('hex')}`
  const admin = await mysql.createConnection({ uri: MYSQL_URL, multipleStatements: true, charset: 'utf8mb4' })
  try {
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4`)
    await admin.query(`USE \`${database}\``)
    await admin.query(readFileSync(DEMO, 'utf8'))
    const live = await readAll(`${MYSQL_URL}/${database}`)
    const dump = await readAll(DEMO)
    const sorted = (records: ImportRecord[]) => [...records].sort((a, b) => `${a.kind}/${a.sourceId}`.localeCompare(`${b.kind}/${b.sourceId}`))
    assert.equal(live.records.length, 24)
    assert.deepEqual(sorted(live.records), sorted(dump.records))
    assert.deepEqual(live.problems.map((p) => p.sourceId).sort(), ['comment/4', 'faq/3'])
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``)
    await admin.end()
  }
})
