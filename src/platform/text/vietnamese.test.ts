import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compareVietnamese, fold, slugify } from './vietnamese.ts'

test('folding removes tones and vowel marks and turns every đ look-alike into d', () => {
  assert.equal(fold('Đảng bộ'), 'dang bo')
  assert.equal(fold('Dân vận khéo'), 'dan van kheo')
  assert.equal(fold('DÂN VẬN KHÉO'), 'dan van kheo')
  assert.equal(fold('Ðð đĐ'), 'dd dd')
})

test('folding unites old and new tone placement and NFD input', () => {
  assert.equal(fold('hoà'), fold('hòa'))
  assert.equal(fold('thuỷ'), fold('thủy'))
  assert.equal(fold('Việt'.normalize('NFD')), 'viet')
})

test('folding keeps the length of Vietnamese text, so offsets map back one to one', () => {
  const text = 'Hội nghị tổng kết công tác Dân vận'
  assert.equal(fold(text).length, text.length)
})

test('the seed title becomes the documented slug', () => {
  assert.equal(
    slugify('Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021'),
    'hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021',
  )
  assert.equal(slugify('Đảng bộ tỉnh'), 'dang-bo-tinh')
  assert.equal(slugify('  --Tin tức & Sự kiện!!  '), 'tin-tuc-su-kien')
})

test('an overlong slug is cut at a word boundary', () => {
  const slug = slugify('công tác dân vận '.repeat(30), 60)
  assert.ok(slug.length <= 60)
  assert.ok(!slug.endsWith('-'))
  assert.ok(['cong', 'tac', 'dan', 'van'].includes(slug.split('-').at(-1)!))
})

test('Vietnamese sorting puts đ after d and ư after u, unlike code-point order', () => {
  const names = ['Đà Nẵng', 'Ea Súp', 'Dương', 'Ưng Hòa', 'Uông Bí']
  assert.deepEqual([...names].sort(compareVietnamese), ['Dương', 'Đà Nẵng', 'Ea Súp', 'Uông Bí', 'Ưng Hòa'])
})
