import assert from 'node:assert/strict'
import { test } from 'node:test'
import { defineMessages } from './catalogue.ts'
import { createLocale } from './locale.ts'
import { placeholdersOf } from './placeholders.ts'

const messages = defineMessages('sample', {
  results: { other: '{count} kết quả' },
  more: 'Hơn {count} kết quả cho “{q}”',
  home: 'Trang chủ',
}, {
  results: { one: '{count} result', other: '{count} results' },
  more: 'More than {count} results for “{q}”',
  home: 'Home',
})

// 15/01/2021 09:30 in Ha Noi, a Friday.
const instant = new Date('2021-01-15T02:30:00Z')

test('Vietnamese dates stay dd/mm/yyyy in Ha Noi time, as the newsroom has always shown them', () => {
  const vi = createLocale('vi')
  assert.equal(vi.dateTime(instant), 'Thứ Sáu, 15/01/2021 09:30')
  assert.equal(vi.date(instant), '15/01/2021')
  assert.equal(vi.shortTime(instant), '09:30 15/01')
})

test('English dates are written the English way, still in Ha Noi time', () => {
  const en = createLocale('en')
  assert.equal(en.dateTime(instant), 'Friday, 15 January 2021 at 09:30')
  assert.equal(en.date(instant), '15 January 2021')
})

test('plural forms follow the language: English has "1 result", Vietnamese one form', () => {
  const en = createLocale('en').t(messages)
  const vi = createLocale('vi').t(messages)
  assert.equal(en('results', { count: 1 }), '1 result')
  assert.equal(en('results', { count: 2 }), '2 results')
  assert.equal(vi('results', { count: 1 }), '1 kết quả')
})

test('numbers are grouped the language\'s way', () => {
  assert.equal(createLocale('vi').t(messages)('more', { count: 12345, q: 'dân vận' }), 'Hơn 12.345 kết quả cho “dân vận”')
  assert.equal(createLocale('en').t(messages)('more', { count: 12345, q: 'x' }), 'More than 12,345 results for “x”')
})

test('the pseudo-language wraps every message, and its dates carry no words', () => {
  const pseudo = createLocale('vi', { pseudo: true })
  assert.equal(pseudo.t(messages)('home'), '⟦Trang chủ⟧')
  assert.equal(pseudo.dateTime(instant), '15/01/2021 09:30')
})

test('a key the catalogue lacks is a type error, and fails loudly if forced', () => {
  const t = createLocale('vi').t(messages)
  // @ts-expect-error: no such key
  assert.throws(() => t('missing'), /sample\.missing/)
  // @ts-expect-error: 'more' needs its count and q
  t('more')
})

test('placeholders are read from either form of a message', () => {
  assert.deepEqual(placeholdersOf('Hơn {count} kết quả cho “{q}”'), ['count', 'q'])
  assert.deepEqual(placeholdersOf({ one: 'one', other: '{n} items' }), ['count', 'n'])
})
