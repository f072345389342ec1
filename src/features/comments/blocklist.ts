import { fold } from '../../platform/text/vietnamese.ts'

// The blocklist is matched on folded text, so "đảng", "ĐẢNG" and "dang" (typed without tones)
// are caught, and evasions that split a word with dots, dashes or spaces ("Đ.ả.n.g", "d a n g")
// are joined back first. Folding alone would be wrong: "đang" ("currently") folds to "dang"
// too, and would send half of all comments to spam. So a word of the comment matches a listed
// word when their folded forms are equal AND either the comment's word carries no diacritics
// at all (typed without tones, or disguised) or it is exactly the listed word. The price: a
// reader who types without tones and means "đang" is caught by a listed "đảng"; a moderator
// sees why in the spam folder and approves it.

interface Word {
  lower: string
  folded: string
  plain: boolean
}

export interface BlockedEntry {
  /** As the moderator wrote it, lower-case NFC. */
  text: string
  syllables: Word[]
  /** The folded syllables run together: "phản động" typed as "p.h.a.n.d.o.n.g" is one word. */
  joined: string
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu
// Dots, dashes and the like between letters are an evasion, never part of a Vietnamese word.
const INNER_SEPARATORS = /(?<=[\p{L}\p{M}])[.\-_*·'’"`~^+|\\/]+(?=[\p{L}])/gu
const GAP = /^[\s.\-_*·'’"`~^+|\\/,]*$/u
const MIN_SPELLED_OUT = 3

function toWord(text: string): Word {
  const lower = text.normalize('NFC').toLowerCase()
  const folded = fold(lower)
  return { lower, folded, plain: folded === lower }
}

export function parseBlocklist(text: string): BlockedEntry[] {
  const seen = new Set<string>()
  const entries: BlockedEntry[] = []
  for (const line of text.split(/\r?\n/)) {
    const syllables = [...line.normalize('NFC').matchAll(WORD)].map((m) => toWord(m[0]))
    if (syllables.length === 0) continue
    const key = syllables.map((s) => s.lower).join(' ')
    if (seen.has(key)) continue
    seen.add(key)
    entries.push({ text: key, syllables, joined: syllables.map((s) => s.folded).join('') })
  }
  return entries
}

/** The comment's words, with dotted and spelled-out words joined back together. */
export function wordsOf(text: string): Word[] {
  const joined = text.normalize('NFC').replace(INNER_SEPARATORS, '')
  const tokens = [...joined.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
  const words: Word[] = []
  for (let i = 0; i < tokens.length;) {
    // "d a n g": a run of single letters separated only by spaces and punctuation is one word.
    let j = i
    while (j + 1 < tokens.length && tokens[j]!.text.length === 1 && tokens[j + 1]!.text.length === 1 && GAP.test(joined.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++
    if (j - i + 1 >= MIN_SPELLED_OUT) {
      words.push(toWord(tokens.slice(i, j + 1).map((t) => t.text).join('')))
      i = j + 1
    } else {
      words.push(toWord(tokens[i]!.text))
      i++
    }
  }
  return words
}

function sameWord(word: Word, listed: Word): boolean {
  return word.folded === listed.folded && (word.plain || word.lower === listed.lower)
}

/** The first listed word or phrase the text contains, or undefined. */
export function findBlocked(text: string, entries: readonly BlockedEntry[]): string | undefined {
  if (entries.length === 0) return undefined
  const words = wordsOf(text)
  for (const entry of entries) {
    const n = entry.syllables.length
    for (let i = 0; i + n <= words.length; i++) {
      if (entry.syllables.every((s, k) => sameWord(words[i + k]!, s))) return entry.text
    }
    if (n > 1) {
      const listedLower = entry.syllables.map((s) => s.lower).join('')
      if (words.some((w) => w.folded === entry.joined && (w.plain || w.lower === listedLower))) return entry.text
    }
  }
  return undefined
}
