import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldedText, isEmptyQuery, MAX_SYLLABLES, parseQuery } from './query-parser.ts'

const folded = (input: string) => parseQuery(input).terms.map((t) => t.folded)

test('syllables are folded and kept in the order typed, with their diacritics for ranking', () => {
  const query = parseQuery('Dân vận khéo')
  assert.deepEqual(query.terms, [{ folded: 'dan', exact: 'dân' }, { folded: 'van', exact: 'vận' }, { folded: 'kheo', exact: 'khéo' }])
  assert.deepEqual(query.phrases, [])
  assert.deepEqual(query.excluded, [])
})

test('upper case, extra spaces and NFD input give the same query as plain NFC', () => {
  const expected = parseQuery('dân vận khéo')
  assert.deepEqual(parseQuery('DÂN VẬN KHÉO').terms.map((t) => t.folded), ['dan', 'van', 'kheo'])
  assert.deepEqual(parseQuery('  dân \t vận\n\n  khéo  '), expected)
  assert.deepEqual(parseQuery('dân vận khéo'.normalize('NFD')), expected)
})

test('đ and its look-alikes fold to d', () => {
  assert.deepEqual(folded('Đảng bộ ĐẢNG'), ['dang', 'bo'])
  assert.deepEqual(folded('Ðà Nẵng'), ['da', 'nang'])
})

test('punctuation separates syllables and is otherwise ignored', () => {
  assert.deepEqual(folded('Covid-19, (phòng chống)!?'), ['covid', '19', 'phong', 'chong'])
  assert.ok(isEmptyQuery(parseQuery('!!! ... ,,, ??? ()[]{}')))
})

test('a repeated syllable is searched once', () => {
  assert.deepEqual(folded('dân dân DÂN dan'), ['dan'])
})

test('"quoted syllables" are a phrase; a one-syllable quote is a plain syllable; an unclosed quote runs to the end', () => {
  const query = parseQuery('"Dân vận" khéo "xã" "hoài ân')
  assert.deepEqual(query.phrases.map((p) => p.map((t) => t.folded)), [['dan', 'van'], ['hoai', 'an']])
  assert.deepEqual(query.terms.map((t) => t.folded), ['kheo', 'xa'])
})

test('curly and guillemet quotes count as quotes', () => {
  assert.deepEqual(parseQuery('“dân vận” «khéo léo»').phrases.map((p) => p.map((t) => t.folded)), [['dan', 'van'], ['kheo', 'leo']])
})

test('-word and -"a phrase" exclude; a lone or inner hyphen does not', () => {
  const query = parseQuery('cà phê -sữa -"đá xay" - kinh-tế')
  assert.deepEqual(query.terms.map((t) => t.folded), ['ca', 'phe', 'kinh', 'te'])
  assert.deepEqual(query.excluded, [['sua'], ['da', 'xay']])
})

test('a query of exclusions only is empty', () => {
  assert.ok(isEmptyQuery(parseQuery('-sữa -đường')))
})

test('FTS and SQL syntax are only text: operators, stars, colons and quotes become syllables or nothing', () => {
  assert.deepEqual(folded('NEAR(dân vận, 5) OR title:khéo* AND NOT ^x'), ['near', 'dan', 'van', '5', 'or', 'title', 'kheo', 'and', 'not', 'x'])
  assert.deepEqual(folded("'; DROP TABLE articles; --"), ['drop', 'table', 'articles'])
  assert.deepEqual(parseQuery('"""').phrases, [])
  assert.ok(isEmptyQuery(parseQuery('* : ^ " ( ) + -')))
})

test('control and invisible characters are dropped', () => {
  assert.deepEqual(folded('dân\u0000vận\u0007\u200bkhéo\u202e'), ['dan', 'van', 'kheo'])
})

test('a 1,000-character query keeps at most MAX_SYLLABLES syllables', () => {
  const query = parseQuery('dân vận '.repeat(10) + Array.from({ length: 200 }, (_, i) => `x${i}`).join(' '))
  assert.equal(query.terms.length, MAX_SYLLABLES)
  assert.deepEqual(query.terms.slice(0, 3).map((t) => t.folded), ['dan', 'van', 'x0'])
  assert.equal(parseQuery('a'.repeat(5000)).terms.length, 0, 'a run longer than any syllable is no syllable')
})

test('the folded form of the query is shown back to the reader', () => {
  assert.equal(foldedText(parseQuery('Dân vận "Hoài Ân"')), 'dan van "hoai an"')
})
