import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contrastPairs, contrastProblems, NO_BRAND_TOKENS, type BrandTokens } from './brand-tokens.ts'
import { contrastRatio, formatRatio } from './contrast.ts'

const tokens = (choice: Partial<BrandTokens>): BrandTokens => ({ ...NO_BRAND_TOKENS, ...choice })

test('contrast ratios as WCAG defines them', () => {
  assert.equal(contrastRatio('#ffffff', '#000000'), 21)
  assert.equal(contrastRatio('#000000', '#ffffff'), 21, 'in either order')
  assert.equal(contrastRatio('#777777', '#777777'), 1)
  assert.equal(formatRatio(contrastRatio('#ffffff', '#777777')), '4,47', 'the grey that famously just fails 4.5:1')
  assert.equal(formatRatio(contrastRatio('#ffffff', '#767676')), '4,54')
})

test('a ratio is never shown rounded up to one it does not reach', () => {
  assert.equal(formatRatio(4.4999), '4,49')
  assert.equal(formatRatio(3), '3')
  assert.equal(formatRatio(4.5), '4,5')
})

test('nothing chosen is never refused, and the portal\'s own header and menu pass every pair, their white focus ring too', () => {
  assert.deepEqual(contrastProblems(NO_BRAND_TOKENS), {})
  for (const pair of contrastPairs(NO_BRAND_TOKENS)) {
    assert.ok(contrastRatio(pair.foreground, pair.background) >= pair.needed, `${pair.what}: ${pair.foreground} on ${pair.background}`)
  }
})

test('a state agency\'s dark blue passes every pair', () => {
  assert.deepEqual(contrastProblems(tokens({ primary: '#0b4a8f', accent: '#0a58ca', headerBackground: '#083567' })), {})
})

test('a yellow primary colour is refused: white text on it, and it as text on white, with the ratio and what is needed', () => {
  const problems = contrastProblems(tokens({ primary: '#ffcc00' }))
  assert.deepEqual(Object.keys(problems).sort(), ['headerBackground', 'primary'])
  assert.match(problems.primary!, /^Độ tương phản chữ trắng trên màu chủ đạo \(tiêu đề khối, nút\) \(#ffffff trên #ffcc00\) chỉ đạt 1,\d\d:1; chuẩn WCAG AA cần ít nhất 4,5:1 cho chữ\./)
  assert.match(problems.primary!, /chữ màu chủ đạo trên nền trắng/)
  // The header takes the primary colour when it has none of its own.
  assert.match(problems.headerBackground!, /chữ trắng trên nền đầu trang \(#ffffff trên #ffcc00\)/)
  assert.match(problems.headerBackground!, /vòng tiêu điểm trên nền đầu trang .* cần ít nhất 3:1 cho vòng tiêu điểm/)
})

test('a pale accent fails as link text (4.5:1) and as a focus ring (3:1); a mid one fails as text only', () => {
  const pale = contrastProblems(tokens({ accent: '#9ec5ff' })).accent!
  assert.match(pale, /liên kết màu nhấn trên nền trắng \(#9ec5ff trên #ffffff\) chỉ đạt 1,\d\d:1; chuẩn WCAG AA cần ít nhất 4,5:1 cho chữ/)
  assert.match(pale, /vòng tiêu điểm màu nhấn trên nền trắng \(#9ec5ff trên #ffffff\) chỉ đạt 1,\d\d:1; chuẩn WCAG AA cần ít nhất 3:1 cho vòng tiêu điểm/)
  const mid = contrastProblems(tokens({ accent: '#4a90d9' })).accent!
  assert.match(mid, /cho chữ/)
  assert.doesNotMatch(mid, /vòng tiêu điểm/)
})

test('a light header colour is refused even when the primary colour is dark', () => {
  const problems = contrastProblems(tokens({ primary: '#0b4a8f', headerBackground: '#e0e0e0' }))
  assert.deepEqual(Object.keys(problems), ['headerBackground'])
})
