import { wordPatterns } from '../../platform/text/word-match.ts'
import { numberPatterns } from './number.ts'

/** The LIKE patterns a newsroom query makes over the number's tokens and the summary's folded words; undefined for no query. */
export function patternsOf(q: string): { number: string[]; summary: string[] } | undefined {
  const number = numberPatterns(q)
  if (!number.length) return undefined
  const summary = wordPatterns(q)
  return { number, summary: summary.length ? summary : number }
}
