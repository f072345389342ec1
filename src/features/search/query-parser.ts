import { fold } from '../../platform/text/vietnamese.ts'
import { exactForm, syllablesOf } from './search-text.ts'

// What a reader typed, as a tidy structure. Nothing of the input reaches a search engine as
// syntax: each dialect builds its own expression from these syllables, quoting every one.

export interface QueryTerm {
  /** "duong": what must match. */
  folded: string
  /** "đường": what ranks first when the reader typed diacritics. */
  exact: string
}

export interface SearchQuery {
  /** Loose syllables in the order typed, each once: all must match (or, as a lower tier, some). */
  terms: QueryTerm[]
  /** "Quoted phrases" of two or more syllables: each must match as a phrase. */
  phrases: QueryTerm[][]
  /** `-word` or `-"some phrase"`: articles with these are left out (folded syllables). */
  excluded: string[][]
}

export const MAX_QUERY_LENGTH = 1000
/** Syllables that must match (terms and phrase syllables together): enough for a pasted title; the rest are ignored. */
export const MAX_SYLLABLES = 32
export const MAX_EXCLUDED = 5

const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu
const QUOTES = /[“”„‟«»＂]/g
// A quoted part (closed or not), or a run of anything but spaces and quotes.
const PART = /(-?)"([^"]*)"?|(\S+)/g

export function parseQuery(input: string): SearchQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH).normalize('NFC').replace(CONTROL, ' ').replace(QUOTES, '"')
  const query: SearchQuery = { terms: [], phrases: [], excluded: [] }
  const seen = new Set<string>()
  let syllables = 0
  const addTerm = (term: QueryTerm) => {
    if (seen.has(term.folded) || syllables >= MAX_SYLLABLES) return
    seen.add(term.folded)
    syllables++
    query.terms.push(term)
  }
  const exclude = (raw: string) => {
    const folded = syllablesOf(fold(raw)).map((s) => s.text)
    if (folded.length > 0 && query.excluded.length < MAX_EXCLUDED) query.excluded.push(folded)
  }
  for (const m of text.matchAll(PART)) {
    const [, minus, quoted, bare] = m
    if (quoted !== undefined) {
      if (minus) { exclude(quoted); continue }
      const terms = termsOf(quoted)
      if (terms.length === 1) addTerm(terms[0]!)
      else if (terms.length > 1 && syllables + terms.length <= MAX_SYLLABLES) {
        query.phrases.push(terms)
        syllables += terms.length
      }
      continue
    }
    const word = bare!
    if (word.length > 1 && word.startsWith('-')) exclude(word.slice(1))
    else for (const term of termsOf(word)) addTerm(term)
  }
  return query
}

function termsOf(text: string): QueryTerm[] {
  return syllablesOf(text).map((s) => ({ folded: fold(s.text), exact: exactForm(s.text) }))
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0
}

export function hasDiacritics(term: QueryTerm): boolean {
  return term.exact !== term.folded
}

/** Every syllable that must match: the loose terms, then each phrase's. */
export function requiredTerms(query: SearchQuery): QueryTerm[] {
  return [...query.terms, ...query.phrases.flat()]
}

/** The query as the engine understood it, folded: "dan van kheo". Shown when nothing is found. */
export function foldedText(query: SearchQuery): string {
  return [...query.terms.map((t) => t.folded), ...query.phrases.map((p) => `"${p.map((t) => t.folded).join(' ')}"`)].join(' ')
}

/** The loose syllables two by two as they stand side by side, folded: "dan van kheo" → [dan van], [van kheo]. */
export function neighbourPairs(query: SearchQuery): string[][] {
  return query.terms.slice(1).map((t, i) => [query.terms[i]!.folded, t.folded])
}
