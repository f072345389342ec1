// test-scope: once
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, test } from 'node:test'
import { gunzipSync } from 'node:zlib'
import { byteStringToBytes, bytesToText, decodeLegacy, encodeLegacy } from './index.ts'
import { SMALL_LETTERS, VIETNAMESE_LETTERS } from './letters.ts'
import { TCVN3 } from './tcvn3.ts'
import { VISCII } from './viscii.ts'
import { VNI } from './vni.ts'

// Every table, every letter, both ways; and each table against a second source that is not ours:
// glibc's VISCII charmap and iconv for VISCII; the npm package vietnamese-conversion (a
// devDependency used only here) for TCVN3 and VNI. The Unikey data the tables were written from is
// the first source (docs/decisions/0062-legacy-vietnamese-encodings.md).

const CHARMAP = '/usr/share/i18n/charmaps/VISCII.gz'
const hasIconv = (() => {
  try {
    execFileSync('iconv', ['-f', 'VISCII', '-t', 'UTF-8'], { input: 'a' })
    return true
  } catch {
    return false
  }
})()
const npm = (() => {
  try {
    return createRequire(import.meta.url)('vietnamese-conversion') as { toTCVN3(text: string, from: string): string; toVNI(text: string, from: string): string; toUnicode(text: string, from: string): string }
  } catch {
    return undefined
  }
})()

const CAPITALS_WITH_BYTES = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']

test('the letter list: 134 letters, capital and small in pairs, NFC', () => {
  assert.equal(VIETNAMESE_LETTERS.length, 134)
  assert.equal(new Set(VIETNAMESE_LETTERS).size, 134)
  assert.equal(SMALL_LETTERS.length, 67)
  for (let i = 0; i < 134; i += 2) assert.equal(VIETNAMESE_LETTERS[i]!.toLowerCase(), VIETNAMESE_LETTERS[i + 1])
  for (const letter of VIETNAMESE_LETTERS) assert.equal(letter, letter.normalize('NFC'))
})

describe('VISCII', () => {
  test('every one of the 134 letters has its own byte, and decodes back', () => {
    assert.deepEqual(VISCII.map(([letter]) => letter), [...VIETNAMESE_LETTERS])
    assert.equal(new Set(VISCII.map(([, byte]) => byte)).size, 134)
    for (const letter of VIETNAMESE_LETTERS) {
      const encoded = encodeLegacy(letter, 'viscii')
      assert.equal(encoded.length, 1, letter)
      assert.equal(decodeLegacy(encoded, 'viscii'), letter)
    }
  })

  test('agrees with glibc’s charmap, byte for byte', { skip: !existsSync(CHARMAP) && `${CHARMAP} is missing (apt-get install locales)` }, () => {
    const charmap = new Map<number, string>()
    for (const match of gunzipSync(readFileSync(CHARMAP)).toString('latin1').matchAll(/^<U([0-9A-F]{4})>\s+\/x([0-9a-f]{2})/gm)) {
      charmap.set(parseInt(match[2]!, 16), String.fromCodePoint(parseInt(match[1]!, 16)))
    }
    assert.equal(charmap.size, 256)
    for (let byte = 0; byte < 256; byte++) assert.equal(decodeLegacy(String.fromCharCode(byte), 'viscii'), charmap.get(byte), `byte 0x${byte.toString(16)}`)
  })

  test('agrees with iconv -f VISCII, every byte, and every letter the other way', { skip: !hasIconv && 'iconv without VISCII' }, () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const iconv = [...execFileSync('iconv', ['-f', 'VISCII', '-t', 'UTF-8'], { input: all }).toString('utf8')]
    assert.equal(iconv.length, 256)
    for (let byte = 0; byte < 256; byte++) assert.equal(decodeLegacy(String.fromCharCode(byte), 'viscii'), iconv[byte], `byte 0x${byte.toString(16)}`)
    const letters = VIETNAMESE_LETTERS.join('')
    assert.deepEqual(byteStringToBytes(encodeLegacy(letters, 'viscii')), new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'VISCII'], { input: letters })))
  })
})

describe('TCVN3 (ABC, VN3)', () => {
  test('every small letter and the seven capitals Ă Â Ê Ô Ơ Ư Đ have their own byte, and decode back', () => {
    assert.equal(TCVN3.length, 67 + 7)
    assert.equal(new Set(TCVN3.map(([, byte]) => byte)).size, 74)
    for (const letter of [...SMALL_LETTERS, ...CAPITALS_WITH_BYTES]) {
      const encoded = encodeLegacy(letter, 'tcvn3')
      assert.equal(encoded.length, 1, letter)
      assert.equal(decodeLegacy(encoded, 'tcvn3'), letter)
    }
  })

  test('a capital with a tone mark is the small letter’s byte, drawn as the capital in a …H font', () => {
    for (const letter of VIETNAMESE_LETTERS.filter((l) => l !== l.toLowerCase() && !CAPITALS_WITH_BYTES.includes(l))) {
      const encoded = encodeLegacy(letter, 'tcvn3')
      assert.equal(encoded, encodeLegacy(letter.toLowerCase(), 'tcvn3'), letter)
      assert.equal(decodeLegacy(encoded, 'tcvn3'), letter.toLowerCase())
      assert.equal(decodeLegacy(encoded, 'tcvn3', { capitals: true }), letter)
    }
    // In the …H fonts every letter is a capital, ASCII too.
    assert.equal(decodeLegacy('ñy ban nh©n d©n tØnh', 'tcvn3', { capitals: true }), 'ỦY BAN NHÂN DÂN TỈNH')
  })

  test('agrees with the npm package vietnamese-conversion on every letter that has a byte', { skip: npm === undefined && 'vietnamese-conversion (devDependency) is not installed' }, () => {
    for (const letter of [...SMALL_LETTERS, ...CAPITALS_WITH_BYTES]) {
      assert.equal(npm!.toTCVN3(letter, 'unicode'), encodeLegacy(letter, 'tcvn3'), letter)
      assert.equal(decodeLegacy(npm!.toTCVN3(letter, 'unicode'), 'tcvn3'), letter)
    }
  })
})

describe('VNI-Windows', () => {
  test('every one of the 134 letters has its own one or two bytes, and decodes back', () => {
    assert.deepEqual(VNI.map(([letter]) => letter), [...VIETNAMESE_LETTERS])
    assert.equal(new Set(VNI.map(([, bytes]) => bytes)).size, 134)
    for (const letter of VIETNAMESE_LETTERS) {
      const encoded = encodeLegacy(letter, 'vni')
      assert.ok(encoded.length === 1 || encoded.length === 2, letter)
      assert.equal(decodeLegacy(encoded, 'vni'), letter)
    }
    // The two-byte letters: the base letter and a mark byte.
    assert.equal(encodeLegacy('ớ', 'vni'), '\u00f4\u00f9')
    assert.equal(encodeLegacy('Ấ', 'vni'), 'A\u00c1')
  })

  test('a mark byte in the other case still decodes, with the base letter’s case', () => {
    assert.equal(decodeLegacy('A\u00f9', 'vni'), 'Á')
    assert.equal(decodeLegacy('a\u00d9', 'vni'), 'á')
  })

  test('agrees with the npm package vietnamese-conversion except on ỷ ỹ Ỷ Ỹ, where the package is wrong', { skip: npm === undefined && 'vietnamese-conversion (devDependency) is not installed' }, () => {
    const disagree: string[] = []
    for (const letter of VIETNAMESE_LETTERS) if (npm!.toVNI(letter, 'unicode') !== encodeLegacy(letter, 'vni')) disagree.push(letter)
    assert.deepEqual(disagree, ['Ỷ', 'ỷ', 'Ỹ', 'ỹ'])
    // The package's bytes for them are already other letters: ỹ = 'ì' (which is ì), Ỹ = 'Ì' (Ì).
    assert.equal(npm!.toVNI('ỹ', 'unicode'), npm!.toVNI('ì', 'unicode'))
  })
})

describe('samples written by us, encoded by our tables and by the other source', () => {
  const SAMPLES = ['Dân vận khéo thì việc gì cũng thành công', 'Ủy ban nhân dân tỉnh Quảng Trị', 'Đường về quê hương Nghệ An; giữ gìn bản sắc dân tộc', 'Thủ tướng chỉ đạo khắc phục hậu quả bão số 9']

  test('VISCII: the same bytes as iconv', { skip: !hasIconv && 'iconv without VISCII' }, () => {
    for (const sample of SAMPLES) {
      const iconv = new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'VISCII'], { input: sample }))
      assert.deepEqual(byteStringToBytes(encodeLegacy(sample, 'viscii')), iconv, sample)
      assert.equal(decodeLegacy(bytesToText(iconv), 'viscii'), sample)
    }
  })

  test('TCVN3 and VNI: the same text as vietnamese-conversion (small letters for TCVN3)', { skip: npm === undefined && 'vietnamese-conversion (devDependency) is not installed' }, () => {
    for (const sample of SAMPLES) {
      const small = sample.toLowerCase()
      assert.equal(encodeLegacy(small, 'tcvn3'), npm!.toTCVN3(small, 'unicode'), sample)
      assert.equal(decodeLegacy(npm!.toTCVN3(small, 'unicode'), 'tcvn3'), small)
      assert.equal(encodeLegacy(sample, 'vni'), npm!.toVNI(sample, 'unicode'), sample)
      assert.equal(decodeLegacy(npm!.toVNI(sample, 'unicode'), 'vni'), sample)
    }
  })
})
