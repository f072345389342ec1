import { fold } from '../../platform/text/vietnamese.ts'
import { syllablesOf, type Syllable } from './search-text.ts'

/** A piece of text to show, marked when it is what the reader searched for. */
export interface TextPart {
  text: string
  marked: boolean
}

const SNIPPET_SYLLABLES = 32
const LEAD_IN = 4

/**
 * Marks the syllables of `text` that the reader searched for, in their original diacritics:
 * "dan van kheo" marks "Dân vận khéo". Neighbouring marked syllables share one mark.
 */
export function highlight(text: string, foldedTerms: ReadonlySet<string>): TextPart[] {
  return markRange(text, foldedTerms, 0, text.length)
}

/**
 * The passage of `text` (about 36 syllables: a few before the best window of 32) with the most different searched syllables, marked;
 * "…" where it was cut. The first words of the text when nothing matches.
 */
export function snippet(text: string, foldedTerms: ReadonlySet<string>): TextPart[] {
  const syllables = syllablesOf(text)
  if (syllables.length === 0) return []
  const folded = foldedSyllables(text, syllables)
  // Each searched syllable is a bit, so a window's distinct syllables are counted without allocating.
  const bits = new Map([...foldedTerms].slice(0, 31).map((t, i) => [t, 1 << i]))
  const bitOf = folded.map((f) => bits.get(f) ?? 0)
  let best = 0
  let bestScore = -1
  for (let i = 0; i < syllables.length; i++) {
    if (bitOf[i] === 0 && i !== 0) continue
    let mask = 0
    let adjacent = 0
    for (let j = i; j < Math.min(syllables.length, i + SNIPPET_SYLLABLES); j++) {
      if (bitOf[j] === 0) continue
      mask |= bitOf[j]!
      if (j > i && bitOf[j - 1] !== 0) adjacent++
    }
    const score = popCount(mask) * 10 + adjacent
    if (score > bestScore) { best = i; bestScore = score }
  }
  // Start a few syllables before the first hit, so the passage reads as a sentence, and show
  // the whole window that was scored.
  const first = Math.max(0, best - LEAD_IN)
  const last = Math.min(syllables.length - 1, best + SNIPPET_SYLLABLES - 1)
  const start = first === 0 ? 0 : syllables[first]!.start
  const end = last === syllables.length - 1 ? text.length : syllables[last]!.end
  const parts = markRange(text, foldedTerms, start, end)
  if (start > 0) parts.unshift({ text: '… ', marked: false })
  if (end < text.length) parts.push({ text: ' …', marked: false })
  return parts
}

// Folding a whole text once is much cheaper than syllable by syllable, and keeps its length
// for Vietnamese (each precomposed letter becomes one letter); when it does not, fold each.
function foldedSyllables(text: string, syllables: readonly Syllable[]): string[] {
  const whole = fold(text)
  return whole.length === text.length ? syllables.map((s) => whole.slice(s.start, s.end)) : syllables.map((s) => fold(s.text))
}

function markRange(text: string, foldedTerms: ReadonlySet<string>, start: number, end: number): TextPart[] {
  const parts: TextPart[] = []
  let cursor = start
  let markStart = -1
  let markEnd = -1
  const flush = () => {
    if (markStart < 0) return
    if (markStart > cursor) parts.push({ text: text.slice(cursor, markStart), marked: false })
    parts.push({ text: text.slice(markStart, markEnd), marked: true })
    cursor = markEnd
    markStart = markEnd = -1
  }
  const range = text.slice(start, end)
  const syllables = syllablesOf(range)
  const folded = foldedSyllables(range, syllables)
  for (const [i, s] of syllables.entries()) {
    const from = start + s.start
    const to = start + s.end
    if (!foldedTerms.has(folded[i]!)) continue
    // Only white space between two marked syllables: one mark over both.
    if (markStart >= 0 && /^\s+$/.test(text.slice(markEnd, from))) markEnd = to
    else { flush(); markStart = from; markEnd = to }
  }
  flush()
  if (cursor < end) parts.push({ text: text.slice(cursor, end), marked: false })
  return parts
}

function popCount(n: number): number {
  let count = 0
  for (let m = n; m !== 0; m &= m - 1) count++
  return count
}

export function partsText(parts: readonly TextPart[]): string {
  return parts.map((p) => p.text).join('')
}
