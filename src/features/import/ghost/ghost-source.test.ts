import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { convertLegacyText } from '../../../platform/text/legacy/index.ts'
import type { ArticleRecord, ImportRecord, MediaRecord, PageRecord, SourceProblem } from '../records.ts'
import { MalformedSourceError } from '../records.ts'
import { sharedFolder } from '../../../../test/support/shared-fixtures.ts'
import { openGhostSource } from './index.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')
// The real exports from Ghost's own test suite, kept beside the repository (issue 17).
const shared = (name: string) => join(sharedFolder(), 'fixtures/import/ghost', name)
const ours = (name: string) => join(root, 'test/fixtures/import/ghost', name)
const scratch = mkdtempSync(join(tmpdir(), 'toasoan-ghost-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

async function readAll(file: string, options: { images?: string } = {}) {
  const source = openGhostSource(file, options)
  const problems: SourceProblem[] = []
  const { items } = await source.validate(() => {})
  const records: ImportRecord[] = []
  for await (const record of source.records(p => problems.push(p))) records.push(record)
  assert.equal(records.length, items, 'validate counts what records yields')
  return { records, problems }
}

/** "article/published" → how many, "category" → how many… */
function countByKindAndStatus(records: ImportRecord[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const record of records) {
    const key = 'status' in record ? `${record.kind}/${record.status}` : record.kind
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

const only = <K extends ImportRecord['kind']>(records: ImportRecord[], kind: K) =>
  records.filter((r): r is Extract<ImportRecord, { kind: K }> => r.kind === kind)

// Expected counts are INDEX.md's: posts by type/status, tags (each leads a post: a category), users.
const FIXTURES: [string, Record<string, number>][] = [
  ['export-003.json', { category: 1, author: 1, 'article/published': 1 }],
  ['export-lts-legacy-fields.json', { category: 1, author: 1, media: 1, 'article/draft': 2, 'article/published': 1, 'article/scheduled': 1, 'page/draft': 1 }],
  ['valid.json', { category: 1, author: 1, media: 2, 'article/published': 2 }],
  ['v2_export.json', { category: 1, author: 2, media: 7, 'article/published': 7 }],
  ['v4_export.json', { category: 1, author: 2, media: 7, 'article/published': 7, 'page/published': 4 }],
]

for (const [name, expected] of FIXTURES) {
  test(`Ghost's ${name} gives the items its INDEX.md counts`, async () => {
    const { records } = await readAll(shared(name))
    assert.deepEqual(countByKindAndStatus(records), expected)
    for (const body of [...only(records, 'article'), ...only(records, 'page')].map(r => r.bodyHtml)) {
      assert.ok(body.length > 0)
      assert.doesNotMatch(body, /<!--|__GHOST_URL__/)
    }
    const ids = records.map(r => `${r.kind}:${r.sourceId}`)
    assert.equal(new Set(ids).size, ids.length, 'source ids unique within a kind')
  })
}

test('Ghost 0.x: integer ids, epoch dates, the page flag, the permalink setting and author_id', async () => {
  const { records } = await readAll(shared('export-lts-legacy-fields.json'))
  const welcome = only(records, 'article').find(a => a.sourceId === '4754')!
  assert.equal(welcome.title, 'Welcome')
  assert.equal(welcome.publishedAt?.toISOString(), '2017-05-23T10:41:09.000Z')
  // permalinks "/:year/:month/:day/:slug/" in the settings table
  assert.deepEqual(welcome.oldAddresses, ['/2017/05/23/welcome/'])
  assert.equal(welcome.authorRef, '1')
  const about = only(records, 'page')[0]!
  assert.deepEqual([about.sourceId, about.slug, about.oldAddresses], ['4752', 'about', ['/about/']])
  const tagged = only(records, 'article').find(a => a.sourceId === '4751')!
  assert.deepEqual(tagged.categoryRefs, ['1029'])
  assert.deepEqual(only(records, 'category')[0]!.oldAddresses, ['/tag/tag1/'])
  assert.equal(tagged.featuredMediaRef, '2017/05/post-image.jpg')
  const media = only(records, 'media')[0]!
  assert.deepEqual(media.oldUrls, ['/content/images/2017/05/post-image.jpg'])
  assert.equal(media.file, undefined, 'no --images given')

  const old = await readAll(shared('export-003.json'))
  const post = only(old.records, 'article')[0]!
  assert.equal(post.publishedAt?.getTime(), 1388318310783)
  assert.deepEqual(post.oldAddresses, ['/welcome-to-ghost/'])
})

test('Ghost 4: pages by type, posts_authors, external feature images kept by address', async () => {
  const { records } = await readAll(shared('v4_export.json'))
  const sell = only(records, 'article').find(a => a.oldAddresses[0] === '/sell/')!
  assert.equal(sell.status, 'published')
  assert.ok(sell.notes.some(n => n.includes('paid-members-only')), sell.notes.join('; '))
  assert.equal(sell.authorRef, '5951f5fca366002ebd5dbef7')
  const design = only(records, 'article').find(a => a.oldAddresses[0] === '/design/')!
  assert.match(design.bodyHtml, /<a href="\/welcome\/">/, '__GHOST_URL__ links become site paths')
  const media = only(records, 'media').find(m => m.sourceId === 'https://static.ghost.org/v4.0.0/images/welcome-to-ghost.png')!
  assert.deepEqual(media.oldUrls, ['https://static.ghost.org/v4.0.0/images/welcome-to-ghost.png'])
  assert.equal(media.originalName, 'welcome-to-ghost.png')
})

test('a Vietnamese 4.x export: categories from leading tags, internal tags skipped, statuses, images, TCVN3 hints', async () => {
  const { records, problems } = await readAll(ours('vietnamese-4x.json'), { images: ours('images') })
  assert.deepEqual(countByKindAndStatus(records), {
    category: 3, tag: 2, author: 2, media: 2,
    'article/published': 4, 'article/scheduled': 1, 'article/draft': 1, 'page/published': 1,
  })
  assert.deepEqual(only(records, 'category').map(c => c.name).sort(), ['Dân vận', 'Hội nghị', 'Thông báo'])
  // "Hội nghị" leads the draft and follows on the first post: a category (with the address) and a tag.
  assert.deepEqual(only(records, 'tag').map(t => [t.name, t.oldAddresses]), [['Hội nghị', []], ['Chuyển đổi số', ['/tag/chuyen-doi-so/']]])
  assert.ok(problems.some(p => p.sourceId === '6123a0000000000000000104' && /internal tag "#tin-noi-bat" skipped/.test(p.problem)))

  const articles = new Map(only(records, 'article').map(a => [a.oldAddresses[0], a] as const))
  const conference = articles.get('/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020/')!
  assert.equal(conference.title, 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021')
  assert.equal(conference.lead, 'Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác Dân vận năm 2020.')
  assert.deepEqual(conference.categoryRefs, ['6123a0000000000000000101'])
  assert.deepEqual(conference.tags, ['Hội nghị'])
  assert.equal(conference.authorRef, '1')
  assert.ok(conference.notes.some(n => n.includes('Nguyễn Thị Hoa')), 'the co-author is noted')
  assert.ok(conference.notes.some(n => n.includes('#tin-noi-bat')))
  assert.match(conference.bodyHtml, /<img src="\/content\/images\/2021\/01\/hoi-nghi.jpg"/)
  assert.doesNotMatch(conference.bodyHtml, /kg-card-begin/)
  const image = only(records, 'media').find(m => m.sourceId === '2021/01/hoi-nghi.jpg') as MediaRecord
  assert.equal(conference.featuredMediaRef, image.sourceId)
  assert.equal(image.sourceId, '2021/01/hoi-nghi.jpg')
  assert.equal(image.file, join(ours('images'), '2021/01/hoi-nghi.jpg'))
  assert.ok(image.oldUrls.includes('/content/images/2021/01/hoi-nghi.jpg'))
  assert.deepEqual([image.alt, image.caption], ['Toàn cảnh hội nghị', 'Ảnh: Minh Châu'])

  const scheduled = articles.get('/lich-tiep-cong-dan-thang-2-2027/')!
  assert.equal(scheduled.status, 'scheduled')
  assert.equal(scheduled.publishedAt?.toISOString(), '2027-02-01T01:00:00.000Z')

  const draft = articles.get('/day-manh-chuyen-doi-so/')!
  assert.equal(draft.status, 'draft')
  assert.equal(draft.publishedAt, undefined)
  assert.deepEqual(draft.categoryRefs, ['6123a0000000000000000102'], 'the internal tag does not lead')
  assert.deepEqual(draft.tags, ['Chuyển đổi số'])
  assert.equal(draft.authorRef, '6123a0000000000000000002')

  const untagged = articles.get('/tin-chua-phan-loai/')!
  assert.deepEqual(untagged.categoryRefs, [], 'the sink puts it in "Nhập khẩu"')
  // A body image of the old site is media too; Ghost's resized copies are not carried.
  assert.match(untagged.bodyHtml, /<img src="\/content\/images\/2021\/03\/bieu-do.png" class="kg-image" alt="Biểu đồ" loading="lazy">/)
  const chart = only(records, 'media').find(m => m.sourceId === '2021/03/bieu-do.png')!
  assert.deepEqual([chart.file, chart.oldUrls, chart.originalName], [undefined, ['/content/images/2021/03/bieu-do.png'], 'bieu-do.png'])
  assert.ok(problems.some(p => p.sourceId === untagged.sourceId && p.problem === 'image not found under --images: 2021/03/bieu-do.png'))

  const legacy = articles.get('/thong-bao-ket-qua-tuyen-dung/')!
  assert.deepEqual(legacy.textHints?.fontFaces, ['.VnTime', '.VnTimeH'])
  // Text is handed over as the source has it: the sink converts; the hint is what it needs.
  const firstParagraph = /<p[^>]*>([^<]*)<\/p>/.exec(legacy.bodyHtml)![1]!
  assert.equal(convertLegacyText(firstParagraph, { font: '.VnTime' }).text, 'Sở Nội vụ thông báo kết quả tuyển dụng công chức năm 2008.')

  const page = only(records, 'page')[0] as PageRecord
  assert.deepEqual([page.title, page.slug, page.oldAddresses], ['Giới thiệu', 'gioi-thieu', ['/gioi-thieu/']])
})

test('a mobiledoc-only draft is rendered: headings, marks, soft returns, lists, callout, YouTube frame, other embeds as links, bookmark; Ghost-only cards noted', async () => {
  const { records } = await readAll(ours('vietnamese-4x.json'))
  const draft = only(records, 'article').find(a => a.oldAddresses[0] === '/day-manh-chuyen-doi-so/') as ArticleRecord
  const html = draft.bodyHtml
  assert.match(html, /<h2>Mục tiêu đến năm 2025<\/h2>/)
  assert.match(html, /<p>Tỉnh phấn đấu <strong>100%<\/strong> hồ sơ <em>trực tuyến<\/em>\.<br>Xem thêm tại <a href="https:\/\/dichvucong.gov.vn\/">Cổng dịch vụ công<\/a><\/p>/)
  assert.match(html, /<ul><li>Chính quyền số<\/li><li>Kinh tế số<\/li><\/ul>/)
  assert.match(html, /<aside><p>💡 Góp ý dự thảo trước ngày <strong>30\/6<\/strong>\.<\/p><\/aside>/)
  assert.match(html, /<iframe src="https:\/\/www.youtube-nocookie.com\/embed\/dQw4w9WgXcQ"[^>]*><\/iframe><figcaption>Phóng sự chuyển đổi số<\/figcaption>/)
  assert.match(html, /<a href="https:\/\/twitter.com\/example\/status\/1">Bài đăng trên Twitter<\/a>/)
  assert.doesNotMatch(html, /<script|twitter-tweet/)
  assert.match(html, /<blockquote><p><a href="https:\/\/dichvucong.gov.vn\/"><strong>Cổng Dịch vụ công Quốc gia<\/strong><\/a><br>Kết nối/)
  assert.match(html, /<hr>/)
  assert.doesNotMatch(html, /Đăng ký nhận tin/)
  assert.ok(draft.notes.includes("Ghost-only card 'signup' dropped"), draft.notes.join('; '))
  assert.ok(draft.notes.includes('embed from twitter.com turned into a link'))
})

test('--images: a feature image missing from the folder is reported and imported without a file', async () => {
  const { records, problems } = await readAll(shared('export-lts-legacy-fields.json'), { images: ours('images') })
  assert.equal(only(records, 'media')[0]!.file, undefined)
  assert.ok(problems.some(p => p.sourceId === '4751' && p.problem === 'image not found under --images: 2017/05/post-image.jpg'))
})

test('a Ghost 5 export (made with Ghost 5.130.6 through its Admin API): counts, categories, posts_meta captions, the image file', async () => {
  const { records, problems } = await readAll(ours('ghost5-lexical.json'), { images: ours('ghost5-images') })
  assert.deepEqual(countByKindAndStatus(records), {
    category: 3, tag: 3, author: 1, media: 1,
    'article/published': 1, 'article/draft': 1, 'article/scheduled': 1, 'page/published': 1,
  })
  assert.deepEqual(only(records, 'category').map(c => c.name), ['Dân vận', 'Hội nghị', 'Chuyển đổi số'])
  assert.deepEqual(only(records, 'tag').map(t => [t.name, t.oldAddresses]), [['News', ['/tag/news/']], ['Dân vận', []], ['Hội nghị', []]])
  assert.ok(problems.some(p => /internal tag "#tin-noi-bat" skipped/.test(p.problem)))
  const article = only(records, 'article').find(a => a.status === 'published')!
  assert.equal(article.lead, 'Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác Dân vận năm 2020.')
  assert.deepEqual(article.oldAddresses, ['/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020/'])
  assert.deepEqual(article.categoryRefs.map(id => only(records, 'category').find(c => c.sourceId === id)?.name), ['Dân vận'])
  assert.deepEqual(article.tags, ['Hội nghị'])
  assert.equal(article.authorRef, only(records, 'author')[0]!.sourceId)
  assert.doesNotMatch(article.bodyHtml, /<!--|__GHOST_URL__/)
  const media = only(records, 'media')[0]!
  assert.equal(article.featuredMediaRef, media.sourceId)
  assert.equal(media.file, join(ours('ghost5-images'), media.sourceId))
  assert.deepEqual([media.alt, media.caption], ['Toàn cảnh hội nghị', 'Ảnh: Minh Châu'])
  const scheduled = only(records, 'article').find(a => a.status === 'scheduled')!
  assert.equal(scheduled.publishedAt?.toISOString(), '2027-02-01T01:00:00.000Z')
  assert.equal(only(records, 'article').find(a => a.status === 'draft')!.publishedAt, undefined)
})

test('Ghost 5 lexical bodies rendered here say all that Ghost\'s own html says', async () => {
  // The same export with the html column emptied, so the lexical documents are rendered.
  const exported = JSON.parse(readFileSync(ours('ghost5-lexical.json'), 'utf8'))
  const ghostHtml = new Map<string, string>()
  for (const post of exported.db[0].data.posts) {
    ghostHtml.set(post.id, post.html)
    post.html = null
  }
  const lexicalOnly = join(scratch, 'ghost5-lexical-only.json')
  writeFileSync(lexicalOnly, JSON.stringify(exported))
  const { records } = await readAll(lexicalOnly)
  const words = (html: string) => html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, '\n').split('\n').map(s => s.trim()).filter(Boolean)
  const bodies = [...only(records, 'article'), ...only(records, 'page')]
  assert.equal(bodies.length, 4)
  for (const record of bodies) {
    const ours = words(record.bodyHtml).join(' ')
    for (const fragment of words(ghostHtml.get(record.sourceId)!)) assert.ok(ours.includes(fragment), `"${fragment}" missing from ${record.sourceId}`)
  }
  const html = only(records, 'article').find(a => a.status === 'published')!.bodyHtml
  assert.match(html, /<p>Sáng 15\/1, <strong>Ban Dân vận Tỉnh ủy<\/strong> tổ chức hội nghị <em>tổng kết<\/em>\. Xem <a href="https:\/\/dichvucong.gov.vn\/">Cổng Dịch vụ công<\/a>\.<\/p>/)
  assert.match(html, /<figure><img src="\/content\/images\/2026\/12\/hoi-nghi-3.jpg" alt="Toàn cảnh hội nghị"><figcaption>Các đại biểu dự hội nghị<\/figcaption><\/figure>/)
  assert.match(html, /<aside><p>💡 Hội nghị diễn ra trong <b>một buổi<\/b>\.<\/p><\/aside>/)
  assert.match(html, /<iframe src="https:\/\/www.youtube-nocookie.com\/embed\/dQw4w9WgXcQ"/)
  assert.match(html, /<hr>[\s\S]*<table>/)
})

async function refusal(file: string): Promise<MalformedSourceError> {
  const source = openGhostSource(file)
  const error = await source.validate(() => {}).then(() => undefined, (e: unknown) => e)
  assert.ok(error instanceof MalformedSourceError, String(error))
  return error
}

test('malformed JSON is refused by validation with its line and column', async () => {
  const lines = readFileSync(shared('v2_export.json'), 'utf8').split('\n')
  const at = lines.findIndex(l => l.includes('"slug": "themes"'))
  assert.ok(at > 0)
  lines[at] = lines[at]!.replace('"slug": "themes"', '"slug" "themes"')
  const broken = join(scratch, 'broken.json')
  writeFileSync(broken, lines.join('\n'))
  const error = await refusal(broken)
  assert.equal(error.where.line, at + 1)
  assert.equal(error.where.column, lines[at]!.indexOf('"themes"') + 1)
  assert.match(error.message, new RegExp(`broken.json:${at + 1}:\\d+: invalid JSON`))
})

test('an export cut short, an empty file and JSON that is no Ghost export are refused', async () => {
  const whole = readFileSync(shared('valid.json'), 'utf8')
  const cut = join(scratch, 'cut.json')
  writeFileSync(cut, whole.slice(0, Math.floor(whole.length / 2)))
  const cutError = await refusal(cut)
  assert.equal(cutError.where.line, whole.slice(0, Math.floor(whole.length / 2)).split('\n').length)
  assert.match(cutError.message, /ends before the export does/)

  const empty = join(scratch, 'empty.json')
  writeFileSync(empty, '')
  assert.match((await refusal(empty)).message, /empty/)

  const other = join(scratch, 'other.json')
  writeFileSync(other, JSON.stringify({ rss: { channel: [] } }))
  assert.match((await refusal(other)).message, /not a Ghost export/)

  const trailing = join(scratch, 'trailing.json')
  writeFileSync(trailing, `${whole.trimEnd()}\n}\n`)
  assert.equal((await refusal(trailing)).where.line, whole.trimEnd().split('\n').length + 1)
})

test('rows are handed out as the file is read, not after it is whole', async () => {
  const { exportItems } = await import('./export-rows.ts')
  const post = (i: number) => JSON.stringify({ id: String(i), slug: `bai-${i}`, title: `Bài ${i}`, html: `<p>${'Nội dung. '.repeat(100)}</p>`, status: 'published' })
  const rows = Array.from({ length: 2000 }, (_, i) => post(i)).join(',\n')
  // About 2 MB of posts and then a broken end: rows come out before the error is met.
  const file = join(scratch, 'long.json')
  writeFileSync(file, `{"db":[{"meta":{"version":"5.0.0"},"data":{"posts":[\n${rows},\n{"id": oops}]}}]}\n`)
  let seen = 0
  const error = await (async () => {
    for await (const item of exportItems(file)) if (item.kind === 'row') seen++
  })().then(() => undefined, (e: unknown) => e)
  assert.ok(error instanceof MalformedSourceError)
  assert.equal(error.where.line, 2002)
  assert.ok(seen > 1000 && seen <= 2000, `rows yielded before the error: ${seen}`)
})
