import assert from 'node:assert/strict'
import { test } from 'node:test'
import { escapeText, foldLine } from './content-lines.ts'

test('text values escape backslash, comma, semicolon and line breaks', () => {
  assert.equal(escapeText('a\\b, c; d\ne\r\nf'), 'a\\\\b\\, c\\; d\\ne\\nf')
})

test('a long line folds every 75 octets without cutting a Vietnamese letter in two, and unfolds to itself', () => {
  for (const line of [`NOTE:${'Đường dây nóng tiếp nhận phản ánh của người dân '.repeat(4)}`, `SUMMARY:${'Hội nghị triển khai nhiệm vụ '.repeat(6)}`]) {
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    assert.ok(parts.length > 2)
    for (const part of parts) assert.ok(Buffer.byteLength(part) <= 75, `${Buffer.byteLength(part)} octets: ${part}`)
    assert.ok(parts.slice(1).every((p) => p.startsWith(' ')))
    assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), line)
    assert.ok(!folded.includes('\uFFFD'))
  }
})

test('a line of 75 octets or fewer is left as it is', () => {
  const line = `FN:${'Nguyễn'.repeat(8)}`
  assert.ok(Buffer.byteLength(line) <= 75)
  assert.equal(foldLine(line), line)
})
