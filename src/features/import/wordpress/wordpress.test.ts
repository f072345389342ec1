import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, test } from 'node:test'
import { convertLegacyText } from '../../../platform/text/legacy/index.ts'
import { MalformedSourceError, type ImportRecord, type SourceProblem } from '../records.ts'
import { openWordpressSource, type WordpressOptions } from './index.ts'
import { sharedFolder } from '../../../../test/support/shared-fixtures.ts'
import { SiteAddresses } from './wxr-addresses.ts'
import { autoParagraphs, convertBody } from './wxr-body.ts'

// The real exports are the WordPress importer's own test files (shared/fixtures/import/wxr/,
// counts from its INDEX.md); vietnamese-portal.xml is ours (make-vietnamese-portal.ts).
const ROOT = resolve(import.meta.dirname, '../../../..')
const WXR = join(sharedFolder(), 'fixtures/import/wxr')
const OURS = join(ROOT, 'test/fixtures/import/wordpress')
// What make-vietnamese-portal.ts typed in TCVN3.
const TCVN3_BODY_TEXT = 'Sáng nay, Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm.'
const scratch = mkdtempSync(join(tmpdir(), 'toasoan-wxr-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

async function read(file: string, options: WordpressOptions = {}) {
  const source = openWordpressSource(file, options)
  const validationProblems: SourceProblem[] = []
  const { items } = await source.validate((p) => validationProblems.push(p))
  const problems: SourceProblem[] = []
  const records: ImportRecord[] = []
  for await (const record of source.records((p) => problems.push(p))) records.push(record)
  assert.equal(items, records.length, 'validation counts what the import pass yields')
  assert.deepEqual(validationProblems, problems, 'both passes meet the same problems')
  const counts: Record<string, number> = {}
  for (const r of records) {
    const key = 'status' in r ? `${r.kind}/${r.status}` : r.kind
    counts[key] = (counts[key] ?? 0) + 1
  }
  return { records, problems, counts }
}
const ofKind = <K extends ImportRecord['kind']>(records: ImportRecord[], kind: K) => records.filter((r): r is Extract<ImportRecord, { kind: K }> => r.kind === kind)

test('valid-wxr-1.0: 3 posts, 3 pages (a child before its parent), 5 categories, legacy domain="tag" tags', async () => {
  const { records, counts, problems } = await read(join(WXR, 'valid-wxr-1.0.xml'))
  // INDEX: page/publish=3, post/publish=3, comments=1, categories=5/3, tags=4/0; no wp:author in 1.0, so the one dc:creator.
  assert.deepEqual(counts, { 'article/published': 3, 'page/published': 3, 'comment/approved': 1, category: 5, tag: 4, author: 1 })
  assert.deepEqual(problems, [])
  const child = ofKind(records, 'category').find((c) => c.sourceId === 'child')!
  assert.equal(child.parentRef, 'parent')
  assert.deepEqual(child.oldAddresses, ['/category/parent/child/', '/category/child/'])
  const tagged = ofKind(records, 'article').find((a) => a.tags.length > 0)!
  assert.deepEqual(tagged.tags.sort(), ['news', 'roar'])
  const pages = ofKind(records, 'page')
  const withParent = pages.find((p) => p.parentRef)!
  assert.ok(pages.some((p) => p.sourceId === withParent.parentRef), 'the parent page is in the file')
  assert.ok(pages.indexOf(withParent) < pages.findIndex((p) => p.sourceId === withParent.parentRef), 'the child comes first, as in the file')
  assert.ok(withParent.oldAddresses.includes(`/?page_id=${withParent.sourceId}`))
})

test('valid-wxr-1.1, wxr-comprehensive, small-export, utf-8 challenges, flat attachment: counts as INDEX.md gives them', async () => {
  const v11 = await read(join(WXR, 'valid-wxr-1.1.xml'))
  // page/publish=1, post/publish=1, comments=1, categories=1, tags=1, authors=1; the custom taxonomy term skipped.
  assert.deepEqual(v11.counts, { author: 1, tag: 1, category: 1, 'article/published': 1, 'comment/approved': 1, 'page/published': 1 })
  assert.deepEqual(v11.problems.map((p) => p.problem), ['term "bieup" of taxonomy post_tax skipped'])

  const comprehensive = await read(join(WXR, 'wxr-comprehensive.xml'))
  assert.deepEqual(comprehensive.counts, { author: 2, tag: 2, category: 2, 'article/published': 1, 'comment/approved': 1, 'page/published': 1 })

  // page/draft=1, page/publish=4, post/private=1 (a draft, noted), post/publish=5, categories=30, tags=3, authors=3.
  const small = await read(join(WXR, 'small-export.xml'))
  assert.deepEqual(small.counts, {
    author: 3, tag: 3, category: 30, 'article/published': 5, 'article/draft': 1, 'comment/approved': 1, 'page/published': 4, 'page/draft': 1,
  })
  const privatePost = ofKind(small.records, 'article').find((a) => a.status === 'draft')!
  assert.ok(privatePost.notes.includes('private post imported as a draft'))
  assert.ok(ofKind(small.records, 'category').some((c) => c.name === '远征手记'))

  // Assigned a category the channel does not declare: it is handed over too.
  const utf8 = await read(join(WXR, 'wxr-utf-8-challenges.xml'))
  assert.deepEqual(utf8.counts, { author: 1, category: 1, 'article/published': 1 })
  assert.match(ofKind(utf8.records, 'article')[0]!.bodyHtml, /𝐀|[\u{1F300}-\u{1FAFF}]/u)

  const flat = await read(join(WXR, 'wxr-flat-attachment-same-site.xml'))
  assert.deepEqual(flat.counts, { author: 1, media: 1, 'article/published': 1 })
})

test('theme-unit-test-data: 58 posts, 21 pages, 37 attachments; 70 menu items skipped; comments on pages and pingbacks dropped', async () => {
  const { records, counts, problems } = await read(join(WXR, 'theme-unit-test-data.xml'))
  // post/publish=56 (one password-protected: a draft), post/draft=1, post/future=1; 68 categories;
  // 110 tags declared + 4 assigned but not declared (sample, test-tag, content, columns).
  assert.deepEqual(counts, {
    author: 3, tag: 114, category: 68, 'article/published': 55, 'article/draft': 2, 'article/scheduled': 1,
    'page/published': 21, media: 37, 'comment/approved': 23, 'comment/pending': 1,
  })
  assert.equal(problems.filter((p) => p.problem === 'nav_menu_item skipped').length, 70)
  // 33 comments: 24 kept, 5 on pages, 2 trackbacks and 2 pingbacks.
  const onPages = problems.filter((p) => /comment\(s\) on a page dropped/.test(p.problem)).reduce((n, p) => n + Number(/^\d+/.exec(p.problem)![0]), 0)
  assert.equal(onPages, 5)
  assert.equal(problems.filter((p) => /^(pingback|trackback) dropped/.test(p.problem)).length, 4)
  const threaded = ofKind(records, 'comment').filter((c) => c.parentRef)
  assert.ok(threaded.length >= 5)
  for (const reply of threaded) assert.ok(records.some((r) => r.kind === 'comment' && r.sourceId === reply.parentRef), `parent of ${reply.sourceId}`)
  const scheduled = ofKind(records, 'article').find((a) => a.status === 'scheduled')!
  assert.ok(scheduled.publishedAt && scheduled.publishedAt.getUTCFullYear() >= 2030)
  // Nothing of WordPress's own markup is left for readers to see.
  for (const item of [...ofKind(records, 'article'), ...ofKind(records, 'page')]) {
    assert.doesNotMatch(item.bodyHtml, /<!--\s*\/?wp:|\[\/?(?:caption|gallery|embed|audio|video)\b/, `${item.sourceId} ${item.title}`)
  }
  const featured = ofKind(records, 'article').filter((a) => a.featuredMediaRef)
  assert.ok(featured.length > 0)
  const media = new Set(ofKind(records, 'media').map((m) => m.sourceId))
  assert.ok(featured.some((a) => media.has(a.featuredMediaRef!)))
})

test('the two malformed exports are refused with the line the XML breaks on, and nothing is yielded', async () => {
  for (const [name, line] of [['malformed.xml', 90], ['crazy-cdata.xml', 18]] as const) {
    const source = openWordpressSource(join(WXR, name))
    await assert.rejects(source.validate(() => {}), (error: unknown) => {
      assert.ok(error instanceof MalformedSourceError, String(error))
      assert.equal(error.where.line, line)
      assert.equal(error.where.file, join(WXR, name))
      assert.match(error.message, new RegExp(`${name}:${line}:\\d+: `))
      return true
    })
  }
  const notWxr = join(scratch, 'feed.xml')
  writeFileSync(notWxr, '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Tin</title><item><title>Một bài</title></item></channel></rss>\n')
  await assert.rejects(openWordpressSource(notWxr).validate(() => {}), /no <wp:wxr_version>/)
  const html = join(scratch, 'page.xml')
  writeFileSync(html, '<html><body>Không phải WXR</body></html>')
  await assert.rejects(openWordpressSource(html).validate(() => {}), /page\.xml:1: the root element is <html>, not <rss>/)
})

test('namespace edge cases: elements count by namespace URI, not by prefix', async () => {
  const { records, problems } = await read(join(WXR, 'namespace-edge-cases.xml'))
  // wp: rebound to a fake URI is no WXR author; wp2: bound to the 1.1 URI is; custom: is not.
  assert.deepEqual(ofKind(records, 'author').map((a) => a.login), ['real_user', 'version_conflict'])
  // The hijacked item has no post id in the WordPress namespace; the unprefixed one in the 1.2
  // default namespace has; the first of two ids (wp: and alt:, both 1.2) is taken.
  assert.deepEqual(ofKind(records, 'article').map((a) => a.sourceId), ['1', '2', '3', '4', '6'])
  assert.deepEqual(problems.map((p) => p.problem), ['item has 2 post ids (1, 999): 1 taken', 'item "Hijacked Namespace" has no <wp:post_id> in the WordPress namespace: skipped'])
  // Terms: the 1.0 URI counts, "different-ns.com" does not.
  assert.deepEqual(ofKind(records, 'category').map((c) => c.sourceId), ['old-version', 'new-version'])
  // An entity inside CDATA is text, expanded by nobody.
  assert.match(ofKind(records, 'article').at(-1)!.bodyHtml, /^<p>&lol1;/)
})

test('a Vietnamese portal: categories with their paths, comments of each status, attachments from --uploads, every permalink form', async () => {
  const uploads = join(OURS, 'uploads')
  const { records, counts, problems } = await read(join(OURS, 'vietnamese-portal.xml'), { uploads })
  assert.deepEqual(counts, {
    author: 2, tag: 3, category: 4, media: 3, 'article/published': 4, 'article/scheduled': 1, 'article/draft': 2, 'article/pending': 1,
    'page/published': 2, 'comment/approved': 2, 'comment/pending': 1, 'comment/spam': 1,
  })
  assert.deepEqual(problems.map((p) => [p.sourceId, p.problem]), [
    [undefined, 'term "Menu chính" of taxonomy nav_menu skipped'],
    ['103', 'file not found under --uploads: 2020/12/anh-da-mat.jpg'],
    ['305', 'comment in the trash dropped'],
    ['306', "pingback dropped (not a reader's comment)"],
    ['209', 'nav_menu_item skipped'],
  ])

  const categories = new Map(ofKind(records, 'category').map((c) => [c.sourceId, c]))
  assert.deepEqual(categories.get('hoat-dong-co-so'), {
    kind: 'category', sourceId: 'hoat-dong-co-so', name: 'Hoạt động cơ sở', slug: 'hoat-dong-co-so', parentRef: 'tin-tuc', description: undefined,
    oldAddresses: ['/category/tin-tuc/hoat-dong-co-so/', '/category/hoat-dong-co-so/', '/?cat=5'],
  })
  assert.equal(categories.get('thong-bao')!.name, 'Thông báo & Sự kiện')
  assert.equal(categories.get('v%c4%83n-h%c3%b3a')!.slug, 'văn-hóa')
  assert.deepEqual(categories.get('v%c4%83n-h%c3%b3a')!.oldAddresses, ['/category/tin-tuc/v%C4%83n-h%C3%B3a/', '/category/v%C4%83n-h%C3%B3a/', '/?cat=9'])
  assert.deepEqual(ofKind(records, 'author').map((a) => [a.sourceId, a.displayName]), [['quantri', 'Ban Quản trị'], ['bientap', 'Trần Thị Bình']])
  assert.deepEqual(ofKind(records, 'tag').find((t) => t.sourceId === 'giao-duc'), { kind: 'tag', sourceId: 'giao-duc', name: 'Giáo dục', slug: 'giao-duc', oldAddresses: ['/tag/giao-duc/'] })

  const media = new Map(ofKind(records, 'media').map((m) => [m.sourceId, m]))
  assert.deepEqual(media.get('101'), {
    kind: 'media', sourceId: '101', file: join(uploads, '2021/01/le-khai-giang.jpg'), originalName: 'le-khai-giang.jpg',
    oldUrls: ['https://hoabinh.example.gov.vn/wp-content/uploads/2021/01/le-khai-giang.jpg', 'https://hoabinh.example.gov.vn/wp-content/uploads/2021/01/le-khai-giang-300x200.jpg'],
    alt: 'Lễ khai giảng năm học mới', caption: 'Học sinh dự lễ khai giảng',
  })
  assert.equal(media.get('102')!.file, join(uploads, '2021/03/hoi-nghi.png'))
  assert.equal(media.get('102')!.caption, undefined)
  assert.equal(media.get('103')!.file, undefined)

  const articles = new Map(ofKind(records, 'article').map((a) => [a.sourceId, a]))
  const classic = articles.get('201')!
  assert.equal(classic.featuredMediaRef, '101')
  assert.equal(classic.authorRef, 'bientap')
  assert.deepEqual(classic.categoryRefs, ['hoat-dong-co-so'])
  assert.deepEqual(classic.tags, ['Nông thôn mới', 'Giáo dục'])
  assert.equal(classic.lead, 'Sáng 15/1, các trường học trong xã đồng loạt tổ chức lễ khai giảng.')
  assert.equal(classic.publishedAt?.toISOString(), '2021-01-15T02:30:00.000Z')
  assert.deepEqual(classic.oldAddresses, ['/2021/01/15/khai-giang-nam-hoc-moi/', '/?p=201'])
  assert.match(classic.bodyHtml, /^<p>Sáng 15\/1, các trường học trong xã đồng loạt tổ chức lễ khai giảng\.<\/p>\n<figure><img [^>]*le-khai-giang-300x200\.jpg[^>]*><figcaption>Học sinh dự lễ khai giảng<\/figcaption><\/figure>\n<p>Chủ tịch UBND xã đánh trống khai trường\.<br>\nNăm nay/)
  assert.match(classic.bodyHtml, /<\/p>\n<ul>\n<li>Trường Mầm non<\/li>/)
  assert.match(classic.bodyHtml, /Theo chú thích \[1\], .* viết \[caption\] để hiện mã ngắn\.<\/p>$/)

  const comments = ofKind(records, 'comment')
  assert.deepEqual(comments.map((c) => [c.sourceId, c.status, c.parentRef ?? null, c.articleRef]), [
    ['301', 'approved', null, '201'], ['302', 'pending', null, '201'], ['303', 'spam', null, '201'], ['304', 'approved', '301', '201'],
  ])
  assert.equal(comments[0]!.createdAt.toISOString(), '2021-01-15T09:01:00.000Z')
  assert.equal(comments[1]!.authorEmail, undefined)

  const gutenberg = articles.get('202')!
  assert.doesNotMatch(gutenberg.bodyHtml, /<!--/)
  assert.match(gutenberg.bodyHtml, /^<p>Xã tổ chức hội nghị triển khai <strong>chuyển đổi số<\/strong>\.<\/p>\n\n<figure class="wp-block-image size-full"><img [^>]*hoi-nghi\.png/)
  assert.deepEqual(gutenberg.notes, ['block wp:latest-posts dropped (the old site drew it when the page was shown)'])
  assert.deepEqual(gutenberg.oldAddresses, ['/?p=202'])

  const shortcodes = articles.get('203')!
  assert.match(shortcodes.bodyHtml, /<div class="gallery"><figure><img src="[^"]+le-khai-giang\.jpg" alt="Lễ khai giảng năm học mới"><figcaption>Học sinh dự lễ khai giảng<\/figcaption><\/figure><figure><img src="[^"]+hoi-nghi\.png" alt="Quang cảnh hội nghị"><\/figure><\/div>/)
  assert.match(shortcodes.bodyHtml, /<figure class="youtube" data-youtube="dQw4w9WgXcQ"><a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ">/)
  assert.match(shortcodes.bodyHtml, /<figure class="video"><video controls preload="none" src="[^"]+ngay-hoi\.mp4"><\/video><\/figure>/)
  assert.match(shortcodes.bodyHtml, /<p>Ngày hội diễn ra tại nhà văn hóa thôn\.<\/p>$/)
  assert.doesNotMatch(shortcodes.bodyHtml, /\[/)
  assert.deepEqual(shortcodes.notes, ['shortcode [audio] kept as a link', 'shortcode [su_box] removed, its content kept', 'shortcode [contact-form-7] dropped'])
  assert.deepEqual(shortcodes.oldAddresses, ['/tin-tuc/hoat-dong-co-so/ngay-hoi-dai-doan-ket.html', '/?p=203'])
  assert.deepEqual(shortcodes.categoryRefs, ['hoat-dong-co-so', 'v%c4%83n-h%c3%b3a'])

  // TCVN3 as typed under a .VnTime font: handed over as it is, with the fonts for the sink.
  const legacy = articles.get('204')!
  assert.deepEqual(legacy.textHints, { fontFaces: ['.VnTime', '.VnTimeH'] })
  assert.deepEqual(legacy.oldAddresses, ['/index.php/2010/01/hoi-nghi-tong-ket-2009/', '/?p=204'])
  assert.doesNotMatch(legacy.bodyHtml, /hội nghị tổng kết/)
  const paragraph = /<span[^>]*>([^<]*)<\/span>/.exec(legacy.bodyHtml)![1]!
  assert.equal(convertLegacyText(paragraph, { font: '.VnTime' }).text.replace('ủy', 'Ủy'), TCVN3_BODY_TEXT)

  assert.equal(articles.get('205')!.status, 'scheduled')
  assert.equal(articles.get('205')!.publishedAt?.toISOString(), '2027-01-02T00:00:00.000Z')
  assert.equal(articles.get('206')!.publishedAt, undefined)
  assert.equal(articles.get('207')!.status, 'pending')
  assert.deepEqual(articles.get('208')!.notes, ['private post imported as a draft'])

  const pages = ofKind(records, 'page')
  assert.deepEqual(pages.map((p) => [p.sourceId, p.slug, p.parentRef ?? null, p.oldAddresses]), [
    ['401', 'gioi-thieu', null, ['/gioi-thieu/', '/?page_id=401', '/?p=401']],
    ['402', 'lich-su-hinh-thanh', '401', ['/gioi-thieu/lich-su-hinh-thanh/', '/?page_id=402', '/?p=402']],
  ])
})

test('without --uploads, attachments carry their old addresses and no file, and no problem is reported for it', async () => {
  const { records, problems } = await read(join(OURS, 'vietnamese-portal.xml'))
  assert.ok(ofKind(records, 'media').every((m) => m.file === undefined))
  assert.ok(!problems.some((p) => /uploads/.test(p.problem)))
})

test('old addresses are relative to the blog root, on the same site only', () => {
  const site = new SiteAddresses()
  site.addRoot('http://example.vn')
  site.addRoot('https://www.example.vn/blog')
  assert.equal(site.relative('https://example.vn/blog/2021/01/bai-viet/'), '/2021/01/bai-viet/')
  assert.equal(site.relative('http://www.example.vn/?p=12'), '/?p=12')
  assert.equal(site.relative('http://example.vn/tin-t%e1%bb%a9c/'), '/tin-t%E1%BB%A9c/')
  assert.equal(site.relative('http://example.vn/tin-tức/'), '/tin-t%E1%BB%A9c/')
  assert.equal(site.relative('https://other.vn/2021/01/bai-viet/'), undefined)
  assert.equal(site.relative('javascript:alert(1)'), undefined)
})

test('bodies: blank lines become paragraphs, blocks are left alone, shortcodes are converted or dropped with a note', () => {
  assert.equal(autoParagraphs('Dòng một\nDòng hai\n\nĐoạn hai'), '<p>Dòng một<br>\nDòng hai</p>\n<p>Đoạn hai</p>')
  assert.equal(autoParagraphs('<h2>Tiêu đề</h2>\nNội dung\n<pre>a\n\nb</pre>'), '<h2>Tiêu đề</h2>\n<p>Nội dung</p>\n<pre>a\n\nb</pre>')
  const empty = { attachments: new Map(), attachedToPost: [] }
  assert.deepEqual(convertBody('[gallery]', empty), { html: '', notes: ['shortcode [gallery] dropped'] })
  assert.deepEqual(convertBody('[caption caption="Chú thích"]<img src="/a.jpg" alt="">[/caption]', empty), {
    html: '<figure><img src="/a.jpg" alt=""><figcaption>Chú thích</figcaption></figure>', notes: [],
  })
  assert.deepEqual(convertBody('Trước [embed]https://example.vn/video[/embed] sau', empty).notes, ['shortcode [embed] kept as a link'])
  assert.deepEqual(convertBody('<!-- wp:paragraph --><p>Một</p><!-- /wp:paragraph --><!--more--><!-- wp:archives /-->', empty), {
    html: '<p>Một</p>', notes: ['block wp:archives dropped (the old site drew it when the page was shown)'],
  })
  assert.equal(convertBody('https://www.youtube.com/watch?v=dQw4w9WgXcQ', empty).html,
    '<figure class="youtube" data-youtube="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>')
})
