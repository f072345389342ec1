import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findBlocked, parseBlocklist } from './blocklist.ts'

const list = parseBlocklist('đảng\nphản động\n\n  ')

test('a listed word is caught as written, in capitals, and typed without tones', () => {
  assert.equal(findBlocked('Tôi ủng hộ đảng.', list), 'đảng')
  assert.equal(findBlocked('ĐẢNG', list), 'đảng')
  assert.equal(findBlocked('toi noi ve dang nay', list), 'đảng')
})

test('letters split by dots, dashes or spaces are joined back and caught', () => {
  for (const evasion of ['Đ.ả.n.g', 'đ-ả-n-g', 'd a n g', 'D . A . N . G', 'đ_ả_n_g', 'viết d.a.n.g ở đây']) {
    assert.equal(findBlocked(evasion, list), 'đảng', evasion)
  }
})

test('"đang" (currently) folds to the same letters but is not the listed word', () => {
  assert.equal(findBlocked('Tôi đang đọc bài này, đang rất vui.', list), undefined)
  assert.equal(findBlocked('Đang', list), undefined)
  assert.equal(findBlocked('dạng', list), undefined, 'another word with other tones is not caught either')
})

test('text in NFD is matched like NFC', () => {
  assert.equal(findBlocked('đảng'.normalize('NFD'), list), 'đảng')
})

test('a phrase matches as consecutive syllables, with or without tones, or run together', () => {
  assert.equal(findBlocked('Bọn phản động này', list), 'phản động')
  assert.equal(findBlocked('bon phan dong nay', list), 'phản động')
  assert.equal(findBlocked('p.h.a.n.d.o.n.g', list), 'phản động')
  assert.equal(findBlocked('phản ứng động viên', list), undefined, 'the syllables apart are not the phrase')
  assert.equal(findBlocked('phán đống', list), undefined, 'other tones typed on purpose are other words')
})

test('ordinary comments pass an empty list and an ordinary list', () => {
  assert.equal(findBlocked('Đ.ả.n.g', []), undefined)
  assert.equal(findBlocked('Mô hình Dân vận khéo ở xã An Nhơn rất hay, cần nhân rộng.', list), undefined)
})
