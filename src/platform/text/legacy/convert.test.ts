// test-scope: once
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { describe, test } from 'node:test'
import { byteStringToBytes, convertLegacyBytes, convertLegacyText, detectParagraph, encodeLegacy, hintFromCharset, hintFromFont, type LegacyEncoding } from './index.ts'

const SAMPLES = [
  'Dân vận khéo thì việc gì cũng thành công',
  'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021',
  'Ủy ban nhân dân tỉnh Quảng Trị ban hành kế hoạch phòng chống lụt bão',
  'Người dân xã biên giới được hỗ trợ gạo cứu đói trong dịp Tết',
]
const ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni', 'viscii']
// TCVN3 in a .VnTime font has no capital with a tone: "Ủy" comes back as "ủy".
const expected = (sample: string, encoding: LegacyEncoding): string => (encoding === 'tcvn3' ? sample.replace('Ủy', 'ủy') : sample)

const npm = (() => {
  try {
    return createRequire(import.meta.url)('vietnamese-conversion') as { toTCVN3(text: string, from: string): string; toVNI(text: string, from: string): string }
  } catch {
    return undefined
  }
})()
const iconvViscii = (text: string): Uint8Array | undefined => {
  try {
    return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'VISCII'], { input: text }))
  } catch {
    return undefined
  }
}

describe('detection from the text alone', () => {
  for (const encoding of ENCODINGS) {
    test(`${encoding}: each sample is found and converted, with a confidence`, () => {
      for (const sample of SAMPLES) {
        const legacy = encodeLegacy(sample, encoding)
        const detection = detectParagraph(legacy)
        assert.equal(detection.encoding, encoding, `${sample}: ${JSON.stringify(detection.candidates)}`)
        assert.ok(detection.confidence >= 0.6, `${sample}: ${detection.confidence}`)
        const result = convertLegacyText(legacy)
        assert.equal(result.text, expected(sample, encoding))
        assert.deepEqual(result.paragraphs.map((p) => [p.encoding, p.converted, p.source]), [[encoding, true, 'statistics']])
      }
    })
  }

  test('samples encoded by the other sources (iconv, vietnamese-conversion) are found too', () => {
    for (const sample of SAMPLES) {
      const viscii = iconvViscii(sample)
      if (viscii !== undefined) assert.equal(convertLegacyBytes(viscii).text, sample)
      if (npm !== undefined) {
        assert.equal(convertLegacyText(npm.toVNI(sample, 'unicode')).text, sample)
        assert.equal(convertLegacyText(npm.toTCVN3(sample.toLowerCase(), 'unicode')).text, sample.toLowerCase())
      }
    }
  })

  test('Unicode Vietnamese stays as it is (NFD made NFC), even when all its letters are in latin1', () => {
    for (const text of [...SAMPLES, 'Cà phê', 'Tôi là Nam, tôi ở Hà Nội', 'Xin chào các bạn']) {
      const result = convertLegacyText(text)
      assert.equal(result.text, text, text)
      assert.ok(result.paragraphs.every((p) => !p.converted && (p.encoding === 'unicode' || p.encoding === 'ascii')), JSON.stringify(result.paragraphs))
      assert.equal(convertLegacyText(text.normalize('NFD')).text, text)
    }
    assert.deepEqual(convertLegacyText('Hello world').paragraphs, [{ line: 1, encoding: 'ascii', converted: false, confidence: 1, source: 'statistics' }])
  })

  test('a text that is not Vietnamese in any reading is left and reported, not converted', () => {
    const result = convertLegacyText('Un café crème, s’il vous plaît, à côté du théâtre')
    assert.equal(result.text, 'Un café crème, s’il vous plaît, à côté du théâtre')
    assert.equal(result.paragraphs[0]!.converted, false)
    assert.ok(['unknown', 'ambiguous', 'unicode'].includes(result.paragraphs[0]!.encoding))
  })

  test('an ambiguous paragraph (one short word that two encodings read as Vietnamese) is left as is and reported with the readings', () => {
    const result = convertLegacyText('Hµ')
    assert.equal(result.text, 'Hµ')
    const [report] = result.paragraphs
    assert.equal(report!.encoding, 'ambiguous')
    assert.equal(report!.converted, false)
    assert.ok(report!.confidence < 0.6)
    assert.deepEqual(new Set(report!.candidates!.filter((c) => c.good > 0).map((c) => c.encoding)), new Set(['tcvn3', 'viscii']))
  })
})

describe('mixed documents', () => {
  test('one paragraph TCVN3, the next Unicode, the next VNI, the next VISCII: each converted on its own', () => {
    const lines = [encodeLegacy(SAMPLES[0]!, 'tcvn3'), SAMPLES[1]!, '', encodeLegacy(SAMPLES[2]!, 'vni'), 'ASCII only', encodeLegacy(SAMPLES[3]!, 'viscii')]
    const result = convertLegacyText(lines.join('\r\n'))
    assert.equal(result.text, [SAMPLES[0], SAMPLES[1], '', SAMPLES[2], 'ASCII only', SAMPLES[3]].join('\r\n'))
    assert.deepEqual(result.paragraphs.map((p) => [p.line, p.encoding, p.converted]), [[1, 'tcvn3', true], [2, 'unicode', false], [4, 'vni', true], [5, 'ascii', false], [6, 'viscii', true]])
  })

  test('a title too short to tell alone is read in the one legacy encoding the rest was found in, and reported so', () => {
    const result = convertLegacyText([encodeLegacy('Hà Tĩnh', 'tcvn3'), encodeLegacy(SAMPLES[0]!, 'tcvn3'), SAMPLES[1]].join('\n'))
    assert.equal(result.text, ['Hà Tĩnh', SAMPLES[0], SAMPLES[1]].join('\n'))
    assert.deepEqual(result.paragraphs.map((p) => [p.encoding, p.source]), [['tcvn3', 'document'], ['tcvn3', 'statistics'], ['unicode', 'statistics']])
    // Two legacy encodings in the document: the short one stays ambiguous.
    const two = convertLegacyText([encodeLegacy('Hà', 'tcvn3'), encodeLegacy(SAMPLES[0]!, 'tcvn3'), encodeLegacy(SAMPLES[2]!, 'vni')].join('\n'))
    assert.equal(two.paragraphs[0]!.encoding, 'ambiguous')
    assert.equal(two.text.split('\n')[0], 'H\u00b5')
  })

  test('bytes: UTF-8 lines are read as UTF-8, the others as legacy bytes', () => {
    const utf8 = new TextEncoder().encode(SAMPLES[1]! + '\n')
    const tcvn3 = byteStringToBytes(encodeLegacy(SAMPLES[0]!, 'tcvn3') + '\n')
    const result = convertLegacyBytes(new Uint8Array([...tcvn3, ...utf8]))
    assert.equal(result.text, `${SAMPLES[0]}\n${SAMPLES[1]}\n`)
  })

  test('a string read as Windows-1252 (an old web page): VISCII letters on 0x80–0x9F come back', () => {
    const sample = 'Ạ Ả Ấ Ầ Ẩ Ậ Ắ Ằ: Đại hội Đảng bộ tỉnh lần thứ XVII'
    const bytes = byteStringToBytes(encodeLegacy(sample, 'viscii'))
    assert.ok(bytes.some((byte) => byte >= 0x80 && byte <= 0x9f))
    const page = new TextDecoder('windows-1252').decode(bytes)
    assert.equal(convertLegacyText(page, { charset: 'VISCII' }).text, sample)
    assert.equal(convertLegacyText(new TextDecoder('latin1').decode(bytes), { from: 'viscii' }).text, sample)
  })
})

describe('given encodings: font faces, charsets, --from', () => {
  test('font faces', () => {
    assert.deepEqual(hintFromFont('.VnTime'), { encoding: 'tcvn3', capitals: false })
    assert.deepEqual(hintFromFont("'.VnTimeH', serif"), { encoding: 'tcvn3', capitals: true })
    assert.deepEqual(hintFromFont('.VnArialH'), { encoding: 'tcvn3', capitals: true })
    assert.deepEqual(hintFromFont('.VnArial Narrow'), { encoding: 'tcvn3', capitals: false })
    assert.deepEqual(hintFromFont('VNI-Times'), { encoding: 'vni', capitals: false })
    assert.deepEqual(hintFromFont('Arial, VNI-Helve'), { encoding: 'vni', capitals: false })
    assert.equal(hintFromFont('Times New Roman'), undefined)
    assert.deepEqual(hintFromCharset('VISCII'), { encoding: 'viscii', capitals: false })
    assert.deepEqual(hintFromCharset('x-viet-tcvn3'), { encoding: 'tcvn3', capitals: false })
    assert.equal(hintFromCharset('utf-8'), undefined)
  })

  test('a .VnTimeH heading comes out in capitals; a .VnTime one typed in capitals too, counted', () => {
    const heading = encodeLegacy('Ủy ban nhân dân tỉnh Quảng Trị', 'tcvn3')
    const result = convertLegacyText(heading, { font: '.VnTimeH' })
    assert.equal(result.text, 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ')
    assert.deepEqual(result.paragraphs[0], { line: 1, encoding: 'tcvn3', converted: true, confidence: 1, source: 'font' })
    const typed = convertLegacyText(encodeLegacy('UBND TỈNH QUẢNG TRỊ', 'tcvn3'))
    assert.equal(typed.text, 'UBND TỈNH QUẢNG TRỊ')
    assert.equal(typed.paragraphs[0]!.capitalised, 3)
  })

  test('a given encoding converts even a paragraph the statistics would leave, but never a Unicode one', () => {
    assert.equal(convertLegacyText('Hµ', { font: '.VnTime' }).text, 'Hà')
    assert.equal(convertLegacyText('Hµ', { from: 'tcvn3' }).paragraphs[0]!.source, 'option')
    const unicode = convertLegacyText(SAMPLES[0]!, { from: 'vni' })
    assert.equal(unicode.text, SAMPLES[0])
    assert.equal(unicode.paragraphs[0]!.converted, false)
  })
})
