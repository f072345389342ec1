import { writeFileSync } from 'node:fs'
import { createRandom, generateArticle, type JsonlLine } from '../../bench/generate-articles.ts'

// The generated part of the relevance set: articles from the benchmark's generator, with a
// fixed seed and size, so the same articles exist on every run and on both databases.
export const GENERATED_SEED = 5

/** The benchmarks' seeded generator, for tests that draw their own data the same way each run. */
export { createRandom }
export const GENERATED_COUNT = 2000

export function generatedArticles(): JsonlLine[] {
  const random = createRandom(GENERATED_SEED)
  // Index 0 is the seed article in the benchmark; the relevance set loads the demo, which has it.
  return Array.from({ length: GENERATED_COUNT }, (_, i) => generateArticle(random, i + 1, GENERATED_COUNT + 1))
}

export function writeGeneratedArticles(file: string): void {
  writeFileSync(file, generatedArticles().map((a) => JSON.stringify(a)).join('\n') + '\n')
}
