import { couldBeBytes } from './bytes.ts'
import { capitaliseTypedCapitals, decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './decode.ts'

/** What a font face or a declared charset says about the bytes. */
export interface LegacyHint {
  encoding: LegacyEncoding
  /** TCVN3 in an all-capitals `…H` font. */
  capitals: boolean
}

/**
 * From a font face name (a CSS font-family list, a Word font): `.VnTime`, `.VnArial` … are TCVN3,
 * `.VnTimeH`, `.VnArialH` … (a capital H at the end) TCVN3 drawn in capitals, `VNI-Times`,
 * `VNI-Helve` … VNI, a face with VISCII in its name VISCII. Undefined for any other face.
 */
export function hintFromFont(face: string): LegacyHint | undefined {
  for (const raw of face.split(',')) {
    const name = raw.trim().replace(/^['"]|['"]$/g, '').trim()
    if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /H$/.test(name.replace(/[\s-]*(bold|italic|b|i|bi)$/i, '')) }
    if (/^vni[\s-]/i.test(name)) return { encoding: 'vni', capitals: false }
    if (/viscii/i.test(name)) return { encoding: 'viscii', capitals: false }
  }
  return undefined
}

/** From a declared charset (an HTML meta, a MIME header, a database column's comment). */
export function hintFromCharset(charset: string): LegacyHint | undefined {
  const name = charset.trim().toLowerCase()
  if (/^(x-)?viscii(1\.1)?(-1)?$|^csviscii$/.test(name)) return { encoding: 'viscii', capitals: false }
  if (/^(x-viet-)?tcvn3?$|^tcvn-?3$|^abc$|^x-viet-tcvn3$/.test(name)) return { encoding: 'tcvn3', capitals: false }
  if (/^(x-viet-)?vni(-windows)?$/.test(name)) return { encoding: 'vni', capitals: false }
  return undefined
}

// A Vietnamese syllable, tone marks taken off: an onset, a vowel group, a coda. Vowel groups that
// end in a glide (ai, ao, ưu, iêu …) take no coda; nh and ch come only after a, ê, i, y (anh, ênh,
// inh, uynh); a syllable ending in c, ch, p, t takes only the sắc or nặng tone (or none).
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?'
const OPEN = 'iêu|oai|oao|oay|oeo|uây|uôi|uya|ươi|ươu|yêu|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa'
const CLOSABLE = 'uyê|iê|oa|oă|oe|oo|uâ|uê|uô|uơ|uy|ươ|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y'
const BEFORE_NH = 'oa|uy|uê|a|ê|i|y'
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${OPEN})|(?:${CLOSABLE})(?:ng|[cmnpt])?|(?:${BEFORE_NH})(?:nh|ch))$`)
const STOP_CODA = /(?:c|ch|p|t)$/
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g
const LEVEL_TONES = /[\u0300\u0303\u0309]/
const WORD = /[\p{L}\p{M}]+/gu
// Characters a decoded Vietnamese text should not hold: latin1 symbols, C1 controls, and the
// Windows-1252 punctuation that legacy bytes turn into when read the wrong way.
const JUNK = /[\u0080-\u00bf\u00d7\u00f7\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2022\u2030\u2039\u203a\u20ac\u2122]/gu

/** A Vietnamese syllable: an onset, one to three vowels, a coda, at most one tone mark. */
// Vietnamese has a few thousand syllables and every text repeats them: remembered, bounded.
const seen = new Map<string, boolean>()

export function isVietnameseSyllable(word: string): boolean {
  let known = seen.get(word)
  if (known === undefined) {
    if (seen.size >= 50_000) seen.clear()
    known = checkSyllable(word)
    seen.set(word, known)
  }
  return known
}

function checkSyllable(word: string): boolean {
  // Case: all small, all capitals, or one capital first ("TửNH" is a misreading).
  if (word !== word.toLowerCase() && word !== word.toUpperCase() && word.slice(1) !== word.slice(1).toLowerCase()) return false
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONES)
  if (tones !== null && tones.length > 1) return false
  const base = decomposed.replace(TONES, '').normalize('NFC')
  if (!SYLLABLE.test(base)) return base === 'đ' // đ alone: the đồng sign
  return !(tones !== null && STOP_CODA.test(base) && LEVEL_TONES.test(tones[0]!))
}

/** Words with a non-ASCII letter that are Vietnamese syllables (good) and that are not, plus junk characters (bad). */
export function vietnameseEvidence(text: string): { good: number; bad: number } {
  let good = 0
  let bad = 0
  for (const [word] of text.matchAll(WORD)) {
    if (/^[a-z]+$/i.test(word)) continue
    if (isVietnameseSyllable(word)) good++
    else bad++
  }
  bad += text.match(JUNK)?.length ?? 0
  return { good, bad }
}

export interface Detection {
  /** unicode: already Unicode (left); ascii: nothing to convert; unknown: no reading gives Vietnamese. */
  encoding: LegacyEncoding | 'unicode' | 'ascii' | 'unknown' | 'ambiguous'
  confidence: number
  /** Every reading weighed, best first (statistics only). */
  candidates: { encoding: LegacyEncoding | 'unicode'; good: number; bad: number }[]
}

const SAMPLE = 3000

/** Below this a legacy reading is not taken: the paragraph is reported ambiguous and left. */
export const MIN_CONFIDENCE = 0.6

/**
 * Which encoding a paragraph is in, from the text alone: each reading (as it is, TCVN3, VNI,
 * VISCII) is scored by how many of its words are Vietnamese syllables against words that are not
 * and stray symbols. The text stays as it is unless a legacy reading is clearly better; the
 * confidence grows with the good words and with the lead over the next reading (a reading that
 * gives the same text does not count as a rival).
 */
export function detectParagraph(text: string): Detection {
  if (!/[^\x00-\x7f]/.test(text)) return { encoding: 'ascii', confidence: 1, candidates: [] }
  if (!couldBeBytes(text)) return { encoding: 'unicode', confidence: 1, candidates: [] }
  // The first few hundred words are evidence enough; a long paragraph is not read four times whole.
  if (text.length > SAMPLE) text = text.slice(0, SAMPLE)
  const readings = [
    { encoding: 'unicode' as const, text, ...vietnameseEvidence(text) },
    ...LEGACY_ENCODINGS.map((encoding) => {
      const decoded = encoding === 'tcvn3' ? capitaliseTypedCapitals(decodeLegacy(text, encoding)).text : decodeLegacy(text, encoding)
      return { encoding, text: decoded, ...vietnameseEvidence(decoded) }
    }),
  ]
  const net = (r: { good: number; bad: number }): number => r.good - 2 * r.bad
  // Sorted best first; on a tie the text as it is wins (it comes first and the sort is stable).
  readings.sort((a, b) => net(b) - net(a))
  const candidates = readings.map(({ encoding, good, bad }) => ({ encoding, good, bad }))
  const best = readings[0]!
  if (best.good === 0) return { encoding: 'unknown', confidence: 0, candidates }
  const rival = readings.find((r) => r !== best && r.text !== best.text)
  const lead = rival === undefined ? best.good : net(best) - net(rival)
  const confidence = Math.round((best.good / (best.good + best.bad)) * (1 - Math.exp(-lead / 2)) * 100) / 100
  if (best.encoding === 'unicode' || readings.some((r) => r.encoding === 'unicode' && r.text === best.text)) {
    return { encoding: 'unicode', confidence, candidates }
  }
  if (confidence < MIN_CONFIDENCE) return { encoding: 'ambiguous', confidence, candidates }
  return { encoding: best.encoding, confidence, candidates }
}
