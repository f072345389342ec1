import assert from 'node:assert/strict'
import { test } from 'node:test'
import { creditsOf, photoCredit, wordCount } from './article-credits.ts'
import { AuthorResolver, bylineAuthors, foldedKey, nameKey, suggestMerges, UNNAMED } from './author-names.ts'
import { instantsOf, monthOf, monthRange, parseRange } from './date-range.ts'
import { csvCell } from './report-files.ts'

// The rules of the royalty sheet, as a table of cases: who an article is credited to, what is
// tin, which photos count, which names are one author.

test('a byline names one author or several; spaces, case and composition do not make two', () => {
  assert.deepEqual(bylineAuthors('  Lê   Hải '), ['Lê Hải'])
  assert.deepEqual(bylineAuthors('Lê Hải, Minh Anh'), ['Lê Hải', 'Minh Anh'])
  assert.deepEqual(bylineAuthors('Lê Hải và Minh Anh'), ['Lê Hải', 'Minh Anh'])
  assert.deepEqual(bylineAuthors('Lê Hải & lê hải'), ['Lê Hải'])
  assert.deepEqual(bylineAuthors(''), [])
  assert.equal(nameKey('Le\u0302 Ha\u0309i'), nameKey('Lê Hải'), 'decomposed and composed Vietnamese are one key')
  assert.notEqual(nameKey('Lê Hải'), nameKey('Lệ Hải'), 'other diacritics, another person')
  assert.equal(foldedKey('L.Hải'), 'lhai')
  assert.equal(foldedKey('Lê Hải'), foldedKey('Le Hai'))
})

test('the resolver follows the merge table; the target\'s own spellings read as the target', () => {
  const r = new AuthorResolver([{ aliasKey: nameKey('L.Hải'), authorName: 'Lê Hải' }])
  assert.equal(r.resolve('lê hải'), 'Lê Hải')
  assert.equal(r.resolve('l.hải'), 'Lê Hải')
  assert.equal(r.resolve('Minh  Anh'), 'Minh Anh')
  assert.equal(r.resolve('minh anh'), 'Minh Anh', 'the first spelling met names the author')
  assert.equal(r.resolve('  '), UNNAMED)
})

test('merges are suggested for names equal without diacritics, the most frequent first', () => {
  const s = suggestMerges(new Map([['Le Hai', 1], ['Lê Hải', 4], ['Lệ Hải', 2], ['Minh Anh', 3], [UNNAMED, 9]]))
  assert.deepEqual(s, [{ names: ['Lê Hải', 'Lệ Hải', 'Le Hai'] }])
})

test('tin is an article under the word threshold; photos go to the caption\'s name, else to a byline that took them', () => {
  const long = `<p>${'chữ '.repeat(50)}</p>`
  const base = { bylineKind: 'Bài', bylineName: 'Lê Hải', bodyHtml: long, leadImageUrl: null, leadImageCaption: '' }
  assert.equal(wordCount('<p>Một  hai</p><p>ba<br>bốn&nbsp;năm</p><figure><img src="x" alt="Không đếm"></figure>'), 5)
  assert.equal(creditsOf(base, 50).isShort, false)
  assert.equal(creditsOf(base, 51).isShort, true)
  const pictures = `${long}<figure><img src="https://x.vn/a.jpg" alt=""><figcaption>Hội nghị (Ảnh: Minh Anh)</figcaption></figure><p><img src="https://x.vn/b.jpg" alt=""></p>`
  assert.deepEqual([...creditsOf({ ...base, bodyHtml: pictures }, 10).photos], [['Minh Anh', 1]], 'the uncredited one is no one\'s: the byline did not take pictures')
  assert.deepEqual([...creditsOf({ ...base, bylineKind: 'Bài và ảnh', bodyHtml: pictures, leadImageUrl: '/media/1.jpg', leadImageCaption: 'Toàn cảnh' }, 10).photos],
    [['Minh Anh', 1], ['Lê Hải', 2]], 'the body\'s bare image and the lead image are the byline\'s')
  const reprinted = creditsOf({ ...base, bylineKind: 'Theo', bylineName: 'Báo Nhân Dân', bodyHtml: pictures }, 10)
  assert.equal(reprinted.reprinted, true)
  assert.equal(reprinted.photos.size, 0)
  assert.equal(creditsOf({ ...base, bylineKind: 'Theodore' }, 10).reprinted, false)
  assert.equal(photoCredit('Ảnh minh họa'), undefined)
  assert.equal(photoCredit('Quang cảnh. ẢNH: TTXVN'), 'TTXVN')
})

test('periods are whole Vietnamese days; 23:30 UTC on the last of the month is the next month', () => {
  const r = parseRange('01/12/2026', '2026-12-31')
  assert.ok(r.ok)
  const { start, end } = instantsOf(r.range)
  assert.equal(start.toISOString(), '2026-11-30T17:00:00.000Z')
  assert.equal(end.toISOString(), '2026-12-31T17:00:00.000Z')
  assert.equal(monthOf(new Date('2026-11-30T23:30:00Z')), '2026-12')
  assert.deepEqual(monthRange(new Date('2028-02-10T00:00:00Z')), { from: '2028-02-01', to: '2028-02-29' })
  assert.deepEqual(parseRange('30/02/2026', '2026-12-01'), { ok: false, errors: { from: 'Ngày bắt đầu chưa đúng (ngày/tháng/năm, ví dụ 01/11/2026).' } })
  assert.equal(parseRange('2026-12-02', '2026-12-01').ok, false)
})

test('CSV cells: formulas kept as text, quotes doubled, numbers as they are', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`)
  assert.equal(csvCell('+84 912'), "'+84 912")
  assert.equal(csvCell('@SUM'), "'@SUM")
  assert.equal(csvCell('-'), "'-")
  assert.equal(csvCell(-3), '-3')
  assert.equal(csvCell('Lê Hải, Minh Anh'), '"Lê Hải, Minh Anh"')
})
