import type { Candidate, Feature } from './search.repository.ts'

export type SearchOrder = 'relevance' | 'newest'

// The ranking rules, as weights on what the index told us about each candidate
// (all-syllable matches come before some-syllable ones as a separate tier, see the service):
// exact diacritics first when the reader typed them ("đường" above "dương"), then all syllables
// in the title, then the query's syllables side by side, then all of them in the head (title, lead
// and tags: editors choose tags as what the article is about), then part of the query side by
// side in the title (a title holding "dân vận" of "dân vận khéo" beats one holding none of it:
// title matches beat body matches, partly too); recency breaks ties. Each weight is larger than
// all below it together, so the order of the rules is the order of importance. The engines' own
// scores (bm25, ts_rank_cd) are not used: computing them cost 10–40 ms a query at 100,000
// articles (they count every match of every syllable), and they would rank differently on the
// two databases.
export const WEIGHTS: Readonly<Record<Feature, number>> = { exact: 16, inTitle: 8, adjacent: 4, inLead: 2, titlePhrase: 1 }
const FEATURES = Object.keys(WEIGHTS) as Feature[]

export function relevance(c: Candidate): number {
  let score = 0
  for (const feature of FEATURES) if (c[feature]) score += WEIGHTS[feature]
  return score
}

const newestFirst = (a: Candidate, b: Candidate) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id

export function rank(candidates: readonly Candidate[], order: SearchOrder): Candidate[] {
  if (order === 'newest') return [...candidates].sort(newestFirst)
  return [...candidates].sort((a, b) => relevance(b) - relevance(a) || newestFirst(a, b))
}
