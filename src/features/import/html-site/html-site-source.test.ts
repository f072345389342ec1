import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { byteStringToBytes, convertLegacyText, encodeLegacy } from '../../../platform/text/legacy/index.ts'
import {
  MalformedSourceError, type ArticleRecord, type CategoryRecord, type ImportRecord, type MediaRecord, type PageRecord, type SourceProblem,
} from '../records.ts'
import { checkHtmlSiteMap, formatMapCheck, NOTHING_MATCHED, openHtmlSiteSource } from './index.ts'

const fixture = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/import/html-site')
const site = join(fixture, 'site')
const mapFile = join(fixture, 'map.json')
let scratch: string

before(() => { scratch = mkdtempSync(join(tmpdir(), 'toasoan-html-site-')) })
after(() => rmSync(scratch, { recursive: true, force: true }))

async function readAll() {
  const source = await openHtmlSiteSource(site, mapFile)
  const validationProblems: SourceProblem[] = []
  const summary = await source.validate(p => validationProblems.push(p))
  const importProblems: SourceProblem[] = []
  const records: ImportRecord[] = []
  for await (const record of source.records(p => importProblems.push(p))) records.push(record)
  const article = (id: number) => records.find((r): r is ArticleRecord => r.kind === 'article' && r.sourceId.endsWith(`?id=${id}`))!
  return { summary, validationProblems, importProblems, records, article }
}

test('the saved portal gives 6 published articles, 1 page, 3 categories and 3 images, as its INDEX.md says', async () => {
  const { summary, records } = await readAll()
  const count = (kind: string, status?: string) => records.filter(r => r.kind === kind && (!status || ('status' in r && r.status === status))).length
  assert.equal(count('article'), 6)
  assert.equal(count('article', 'published'), 6)
  assert.equal(count('page'), 1)
  assert.equal(count('page', 'published'), 1)
  assert.equal(count('category'), 3)
  assert.equal(count('media'), 3)
  assert.equal(records.length, 13)
  assert.deepEqual(summary, { items: 7, skipped: [{ reason: 'saved page matched no rule of the map', count: 3 }] })
})

test('a page with no body is a problem for that file, a date that does not exist and an image not saved are reported, once', async () => {
  const { validationProblems, importProblems, article } = await readAll()
  assert.deepEqual(validationProblems.map(p => p.sourceId), [
    '/tin-tuc/thoi-su/chi-tiet.aspx?id=103', '/tin-tuc/y-te/chi-tiet.aspx?id=201', '/tin-tuc/y-te/chi-tiet.aspx?id=204',
  ])
  assert.match(validationProblems[0]!.problem, /image \/Uploads\/2022\/anh-da-xoa\.jpg was not saved/)
  assert.match(validationProblems[1]!.problem, /the date "Cập nhật: 31\/02\/2021 09:00" does not read as "dd\/MM\/yyyy HH:mm"/)
  assert.match(validationProblems[2]!.problem, /chi-tiet\.aspx@id=204\.html \(rule "Tin bài"\): the body selector "\.noi-dung" found nothing, skipped/)
  assert.deepEqual(importProblems, [])
  assert.equal(article(204), undefined)
  assert.equal(article(201).publishedAt, undefined)
})

test('old addresses are the ones the site served: the query form for both of wget\'s names, a folder for index.html', async () => {
  const { records, article } = await readAll()
  assert.deepEqual(article(101).oldAddresses, ['/tin-tuc/thoi-su/chi-tiet.aspx?id=101'])
  assert.deepEqual(article(103).oldAddresses, ['/tin-tuc/thoi-su/chi-tiet.aspx?id=103'])
  const page = records.find((r): r is PageRecord => r.kind === 'page')!
  assert.equal(page.title, 'Giới thiệu chung')
  assert.deepEqual(page.oldAddresses, ['/gioi-thieu/', '/gioi-thieu/index.html'])
  // Stable ids: the old address, unique among the articles.
  const ids = records.filter(r => r.kind === 'article').map(r => r.sourceId)
  assert.equal(new Set(ids).size, ids.length)
})

test('the breadcrumb gives the categories as a hierarchy, without Trang chủ, each before its first article', async () => {
  const { records, article } = await readAll()
  const categories = records.filter((r): r is CategoryRecord => r.kind === 'category')
  assert.deepEqual(categories.map(c => [c.sourceId, c.name, c.parentRef, c.oldAddresses]), [
    ['Tin tức', 'Tin tức', undefined, ['/tin-tuc/']],
    ['Tin tức/Thời sự', 'Thời sự', 'Tin tức', ['/tin-tuc/thoi-su/']],
    ['Tin tức/Y tế', 'Y tế', 'Tin tức', ['/tin-tuc/y-te/']],
  ])
  // Breadcrumbs with absolute links to the site (102) and with character references (203) agree.
  assert.deepEqual(article(102).categoryRefs, ['Tin tức/Thời sự'])
  assert.deepEqual(article(203).categoryRefs, ['Tin tức/Y tế'])
  const firstUse = records.findIndex(r => r.kind === 'article' && r.categoryRefs.includes('Tin tức/Y tế'))
  assert.ok(records.findIndex(r => r.sourceId === 'Tin tức/Y tế') < firstUse)
})

test('title, lead, byline and date come from their selectors; the date is read in Viet Nam\'s time', async () => {
  const { article } = await readAll()
  const a = article(101)
  assert.equal(a.title, 'Họp báo về công tác phòng, chống dịch bệnh mùa đông')
  assert.equal(a.lead, 'Sáng nay, Sở Y tế tổ chức họp báo thông tin về tình hình dịch bệnh trên địa bàn tỉnh.')
  assert.equal(a.byline, 'Minh Anh')
  assert.equal(a.publishedAt?.toISOString(), '2021-06-07T07:30:00.000Z') // "Thứ hai, 07/06/2021 14:30"
  assert.equal(article(102).byline, 'T/h: Lê Hải')
  assert.equal(article(102).publishedAt?.toISOString(), '2021-07-15T01:05:00.000Z')
})

test('bodies lose the portal\'s furniture: share buttons, related links, scripts, Flash, comments, and the parts taken out', async () => {
  const { article } = await readAll()
  for (const id of [101, 102, 103, 201, 202]) {
    const body = article(id).bodyHtml
    assert.doesNotMatch(body, /Chia sẻ|Tin liên quan|<script|<!--|<object|<embed|class="sapo"|class="tac-gia"|ngay-dang/, `article ${id}`)
    assert.match(body, /^<p>/)
  }
  assert.deepEqual(article(101).notes, ['1 script dropped'])
  assert.deepEqual(article(201).notes, ['1 Flash or plug-in object dropped'])
  // A relative link to another article becomes its old address, which the portal redirects.
  assert.match(article(101).bodyHtml, /<a href="\/tin-tuc\/thoi-su\/chi-tiet\.aspx\?id=102">tiêm chủng đầy đủ<\/a>/)
})

test('body images become media with their saved files, and the body names them by their old address', async () => {
  const { records, article } = await readAll()
  const media = records.filter((r): r is MediaRecord => r.kind === 'media')
  assert.deepEqual(media.map(m => m.sourceId).sort(), ['Uploads/2020/anh-benh-vien.jpg', 'Uploads/2021/anh-hop-bao.jpg', 'Uploads/2021/anh-tiem-chung.jpg'])
  for (const m of media) assert.ok(m.file && existsSync(m.file) && m.file.startsWith(site), m.sourceId)
  const pressPhoto = media.find(m => m.sourceId === 'Uploads/2021/anh-hop-bao.jpg')!
  assert.deepEqual(pressPhoto.oldUrls, [
    '/Uploads/2021/anh-hop-bao.jpg', 'http://soyte.example.gov.vn/Uploads/2021/anh-hop-bao.jpg', 'https://soyte.example.gov.vn/Uploads/2021/anh-hop-bao.jpg',
  ])
  // Written in full on 101, relative on 102: both now name the old address.
  assert.match(article(101).bodyHtml, /<img src="\/Uploads\/2021\/anh-hop-bao\.jpg" alt="Quang cảnh buổi họp báo"/)
  assert.match(article(102).bodyHtml, /<img src="\/Uploads\/2021\/anh-tiem-chung\.jpg"/)
  assert.equal(media.find(m => m.sourceId === 'Uploads/2021/anh-tiem-chung.jpg')!.alt, 'Tiêm vắc-xin cho trẻ')
  // The image that was never saved is left as written (and reported above).
  assert.match(article(103).bodyHtml, /<img src="\/Uploads\/2022\/anh-da-xoa\.jpg"/)
})

test('a windows-1258 page is read by its declared charset into composed Unicode', async () => {
  const { article } = await readAll()
  const a = article(202)
  assert.equal(a.title, 'Khám sức khỏe miễn phí cho người cao tuổi')
  assert.equal(a.title, a.title.normalize('NFC'))
  assert.equal(a.byline, 'Ngọc Ánh')
  assert.deepEqual(a.textHints, { declaredCharset: 'windows-1258' })
})

test('a TCVN3 page is handed over as written, with the .VnTime font for the sink to convert by', async () => {
  const { article } = await readAll()
  const a = article(203)
  assert.deepEqual(a.textHints, { fontFaces: ['.VnTime'], declaredCharset: 'iso-8859-1' })
  assert.notEqual(a.title, 'Phòng chống dịch cúm gia cầm')
  assert.equal(convertLegacyText(a.title, { font: '.VnTime', charset: 'iso-8859-1' }).text, 'Phòng chống dịch cúm gia cầm')
  assert.equal(convertLegacyText(a.lead!, { font: '.VnTime' }).text, 'Sở Y tế chỉ đạo các huyện giám sát chặt chẽ dịch bệnh.')
  assert.match(convertLegacyText(a.bodyHtml, { font: '.VnTime' }).text, /Người dân không ăn thịt gia cầm ốm, chết\./)
  assert.equal(a.publishedAt?.toISOString(), '2008-01-07T01:00:00.000Z')
})

test('--check shows what each selector found on five pages of each rule, and "nothing matched"', async () => {
  const check = await checkHtmlSiteMap(site, mapFile)
  assert.deepEqual(check.rules.map(r => [r.rule, r.matchedFiles, r.samples.length]), [['Tin bài', 7, 5], ['Trang giới thiệu', 1, 1]])
  assert.equal(check.unmatched, 3)
  const first = check.rules[0]!.samples.find(s => s.savedPath === 'tin-tuc/thoi-su/chi-tiet.aspx@id=101.html')!
  assert.equal(first.found.title, 'Họp báo về công tác phòng, chống dịch bệnh mùa đông')
  assert.equal(first.found.date, 'Thứ hai, 07/06/2021 14:30')
  assert.equal(first.found.breadcrumb, 'Trang chủ | Tin tức | Thời sự')
  assert.equal(first.found['remove .chia-se'], '1')
  assert.equal(first.publishedAt, '2021-06-07T07:30:00.000Z')
  assert.equal(first.categories, 'Tin tức › Thời sự')
  assert.doesNotMatch(first.found.body!, /Chia sẻ|Minh Anh/)
  assert.equal(check.rules[1]!.samples[0]!.found.images, NOTHING_MATCHED)

  const all = await checkHtmlSiteMap(site, mapFile, 10)
  const removed = all.rules[0]!.samples.find(s => s.savedPath.endsWith('id=204.html'))!
  assert.equal(removed.found.body, NOTHING_MATCHED)
  assert.equal(removed.found.lead, NOTHING_MATCHED)
  assert.deepEqual(removed.problems, ['the body selector ".noi-dung" found nothing'])

  const printed = formatMapCheck(check)
  assert.match(printed, /^Rule "Tin bài": 7 file\(s\), 5 shown$/m)
  assert.match(printed, /^ {4}date read as: 2021-06-07T07:30:00\.000Z$/m)
  assert.match(printed, /^ {4}images: nothing matched$/m)
  assert.match(printed, /^3 saved page\(s\) match no rule and would be skipped$/m)
})

async function refusal(map: unknown, dir = site): Promise<MalformedSourceError> {
  const file = join(scratch, `map-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, typeof map === 'string' ? map : JSON.stringify(map, null, 2))
  const error = await openHtmlSiteSource(dir, file).then(() => undefined, (e: unknown) => e)
  assert.ok(error instanceof MalformedSourceError, `refused: ${String(error)}`)
  return error
}
const rule = { glob: '**/*.html', kind: 'article', title: 'h1', body: '.noi-dung' }

test('bad maps are refused in English, naming the line or the JSON path', async () => {
  const syntax = await refusal('{\n  "rules": [\n    { "glob": "*.html", }\n  ]\n}')
  assert.equal(syntax.where.line, 3)
  assert.match(syntax.message, /:3:\d+: the map is not valid JSON/)
  assert.match((await refusal({ rules: [{ ...rule, kind: 'news' }] })).message, /: rules\[0\]\.kind: /)
  assert.match((await refusal({ rules: [rule, { ...rule, glob: undefined, regex: '^tin-tuc/(' }] })).message, /: rules\[1\]\.regex: does not compile: /)
  assert.match((await refusal({ rules: [{ ...rule, regex: '.*' }] })).message, /: rules\[0\]: a rule needs either "glob" or "regex" \(one of them\)/)
  assert.match((await refusal({ rules: [{ ...rule, remove: ['.ok', 'div[['] }] })).message, /: rules\[0\]\.remove\[1\]: "div\[\[" is not a CSS selector/)
  assert.match((await refusal({ rules: [{ ...rule, date: { selector: '.d', format: 'HH:mm' } }] })).message, /: rules\[0\]\.date\.format: date format "HH:mm" must name the day/)
  assert.match((await refusal({ rules: [{ ...rule, category: {} }] })).message, /: rules\[0\]\.category: needs "breadcrumb", "selector" or "name"/)
  assert.match((await refusal({ rules: [{ ...rule, titel: 'h1' }] })).message, /: rules\[0\]\.titel: /)
  assert.match((await refusal({ rules: [] })).message, /: rules: /)
})

test('an unreadable map or saved-site folder is refused before anything is read', async () => {
  const noMap = await openHtmlSiteSource(site, join(scratch, 'khong-co.json')).then(() => undefined, (e: unknown) => e)
  assert.ok(noMap instanceof MalformedSourceError)
  assert.match(noMap.message, /khong-co\.json: cannot read the map: ENOENT/)
  assert.match((await refusal({ rules: [rule] }, join(scratch, 'khong-co'))).message, /khong-co: cannot read the saved site: ENOENT/)
  assert.match((await refusal({ rules: [rule] }, mapFile)).message, /map\.json: the saved site must be a folder/)
})

test('a broad glob takes only pages; Vietnamese folder names, <base href> and a UTF-8 page holding legacy bytes are read as served', async () => {
  const dir = join(scratch, 'site-2')
  mkdirSync(join(dir, 'tin-tức'), { recursive: true })
  mkdirSync(join(dir, 'Uploads'), { recursive: true })
  writeFileSync(join(dir, 'Uploads', 'anh.jpg'), 'not really a photo')
  const legacyLine = encodeLegacy('Phòng chống dịch', 'tcvn3')
  const html = `<html><head><meta charset="utf-8"><base href="/Uploads/"></head><body><h1>Bài một</h1>
<div class="noi-dung"><p>Nội dung tiếng Việt.</p>
<p>${legacyLine}</p>
<p><img src="anh.jpg"></p></div></body></html>`
  const bytes = Buffer.concat([Buffer.from(html.slice(0, html.indexOf(legacyLine)), 'utf8'), byteStringToBytes(legacyLine), Buffer.from(html.slice(html.indexOf(legacyLine) + legacyLine.length), 'utf8')])
  writeFileSync(join(dir, 'tin-tức', 'bai-1.html'), bytes)
  const map = join(scratch, 'broad.json')
  writeFileSync(map, JSON.stringify({ rules: [{ glob: '**', kind: 'article', title: 'h1', body: '.noi-dung' }] }))

  const source = await openHtmlSiteSource(dir, map)
  const problems: SourceProblem[] = []
  assert.equal((await source.validate(p => problems.push(p))).items, 1)
  assert.deepEqual(problems, [])
  const records: ImportRecord[] = []
  for await (const record of source.records(() => {})) records.push(record)
  assert.deepEqual(records.map(r => [r.kind, r.sourceId]), [['media', 'Uploads/anh.jpg'], ['article', '/tin-t%E1%BB%A9c/bai-1.html']])
  const article = records[1] as ArticleRecord
  assert.match(article.bodyHtml, /<p>Nội dung tiếng Việt\.<\/p>/)
  assert.ok(article.bodyHtml.includes(`<p>${legacyLine}</p>`))
  assert.doesNotMatch(article.bodyHtml, /\uFFFD/)
  assert.match(article.bodyHtml, /<img src="\/Uploads\/anh\.jpg">/)
})
