import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldedWords, wordPatterns } from './word-match.ts'

/** What SQL's LIKE does with these patterns (only % is used). */
const like = (text: string, pattern: string) => new RegExp(`^${pattern.split('%').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's').test(text)
const finds = (query: string, title: string) => wordPatterns(query).every((p) => like(foldedWords(title), p))

test('a title is kept as its folded words between single spaces', () => {
  assert.equal(foldedWords('Hội nghị tổng kết công tác Dân vận năm 2020, triển khai…'), ' hoi nghi tong ket cong tac dan van nam 2020 trien khai ')
  assert.equal(foldedWords('Đảng bộ “Đông Đô”'), ' dang bo dong do ')
  assert.equal(foldedWords(' … '), '')
})

test('a few words of a title find it, typed with or without diacritics, đ included', () => {
  const title = 'Hội nghị tổng kết công tác Dân vận năm 2020'
  for (const query of ['dan van', 'Dân vận', 'DAN VAN', 'tong ket cong', 'Tổng kết', 'dan va', 'nghi 2020']) assert.ok(finds(query, title), query)
  assert.ok(finds('dang bo', 'Đảng bộ tỉnh'))
  assert.ok(finds('hoa', 'Thuận hoà'))
})

test('words are matched at their start, not inside another word, and every word must be there', () => {
  assert.ok(!finds('an van', 'Dân vận'), 'an is inside dan')
  assert.ok(!finds('dan bo', 'Đảng bộ'), 'dan is not the word dang')
  assert.ok(finds('dan', 'Đảng bộ'), 'the last word may be the start of one')
  assert.ok(!finds('dan van kheo', 'Dân vận'))
})

test('a query without words gives no pattern; no pattern holds a LIKE wildcard from the query', () => {
  assert.deepEqual(wordPatterns('  %_ … '), [])
  assert.deepEqual(wordPatterns('50%_off'), ['% 50 %', '% off%'])
})
