import type { Candidate } from './search.repository.ts'

export type SearchOrder = 'relevance' | 'newest'

// The ranking rules, as weights on what the index told us about each candidate
// (all-syllable matches come before some-syllable ones as a separate tier, see the service):
// exact diacritics first when the reader typed them ("đường" above "dương"), then title
// matches above body ones, then the query's syllables side by side above far apart; the
// engine's own score (bm25 / ts_rank_cd, scaled below 1) orders the rest; recency breaks ties.
export const WEIGHTS = { exact: 8, inTitle: 4, adjacent: 2 } as const

export function relevance(candidate: Candidate, bestScore: number): number {
  const engine = bestScore > 0 ? Math.max(0, candidate.score) / bestScore * 0.99 : 0
  return (candidate.exact ? WEIGHTS.exact : 0) + (candidate.inTitle ? WEIGHTS.inTitle : 0) + (candidate.adjacent ? WEIGHTS.adjacent : 0) + engine
}

export function rank(candidates: readonly Candidate[], order: SearchOrder): Candidate[] {
  const newestFirst = (a: Candidate, b: Candidate) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id
  if (order === 'newest') return [...candidates].sort(newestFirst)
  const best = Math.max(0, ...candidates.map((c) => c.score))
  const scored = candidates.map((c) => ({ c, r: relevance(c, best) }))
  // Scores equal to float noise count as a tie, so that recency decides between copies.
  return scored.sort((a, b) => (Math.abs(b.r - a.r) > 1e-9 ? b.r - a.r : newestFirst(a.c, b.c))).map((s) => s.c)
}
