import { fold } from '../../platform/text/vietnamese.ts'

// A syllable is a run of letters and digits (with any combining marks NFD left behind).
// Index and query are cut by this one pattern, so they always agree on what a syllable is.
const SYLLABLE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu
/** Longer runs are not words a reader types (hashes, URLs run together); they are left out. */
export const MAX_SYLLABLE_LENGTH = 60

export interface Syllable {
  /** As written, NFC. */
  text: string
  start: number
  end: number
}

export function syllablesOf(text: string): Syllable[] {
  const out: Syllable[] = []
  for (const m of text.matchAll(SYLLABLE)) {
    if (m[0].length <= MAX_SYLLABLE_LENGTH) out.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** The syllables of a text, each folded: what the index stores and what queries look for. */
export function foldedSyllables(text: string): string[] {
  return syllablesOf(fold(text)).map((s) => s.text)
}

// Old and new tone placement ("hoà"/"hòa", "thuỷ"/"thủy") are the same word to a reader, so the
// exact form puts the tone of an open oa, oe, uy on its first vowel, as most text today does.
// "quý" keeps its tone on y: there the u belongs to the consonant qu.
const TONE = '[\u0300\u0301\u0303\u0309\u0323]'
const OLD_STYLE_OA_OE = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])`, 'gu')
const OLD_STYLE_UY = new RegExp(`(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu')

/** Lower-case NFC, diacritics kept: "Đường" → "đường", "Hoà" → "hòa". Ranks exact-diacritic matches first. */
export function exactForm(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(OLD_STYLE_OA_OE, '$1$3$2').replace(OLD_STYLE_UY, '$1$3$2').normalize('NFC')
}

export function exactSyllables(text: string): string[] {
  return syllablesOf(exactForm(text)).map((s) => s.text)
}

// Moved to the platform: every content source turns its stored markup into text the same way.
export { plainText } from '../../platform/text/html-text.ts'
