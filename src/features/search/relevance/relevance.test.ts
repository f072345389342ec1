import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { importJsonl } from '../../import/index.ts'
import { PORTAL_MODULES } from '../../../modules.ts'
import { reservedPrefixesOf } from '../../../platform/module-list.ts'
import { parseQuery } from '../query-parser.ts'
import { GENERATED_COUNT, writeGeneratedArticles } from '../../../../test/support/generated-corpus.ts'

// The relevance set: queries as readers type them, each with the article(s) that must be among
// the first three results. Two corpora: the demo portal (judged by reading its articles), and
// 2,000 articles from the benchmark's generator (each query a title that occurs once). Runs on
// whichever database the suite runs on.
interface RelevanceSet { corpus: string; queries: { q: string; top3: string[]; why?: string }[] }
const load = (name: string): RelevanceSet => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'))
const sets = [load('demo.json'), load('generated.json')]
const portals = new Map<string, TestPortal>()

before(async () => {
  portals.set('demo', await buildTestPortal({ seed: true }))
  const generated = await buildTestPortal()
  portals.set('generated', generated)
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-relevance-'))
  try {
    writeGeneratedArticles(join(dir, 'articles.jsonl'))
    const report = await importJsonl(generated.db, join(dir, 'articles.jsonl'), { reservedPrefixes: reservedPrefixesOf(PORTAL_MODULES) })
    assert.equal(report.imported, GENERATED_COUNT)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  await generated.search.catchUp()
})
after(() => Promise.all([...portals.values()].map((p) => p.close())))

test('the relevance set has at least 40 queries', () => {
  assert.ok(sets.reduce((n, s) => n + s.queries.length, 0) >= 40)
})

for (const set of sets) {
  describe(`relevance (${set.corpus})`, () => {
    for (const { q, top3 } of set.queries) {
      test(`"${q.slice(0, 70)}" has ${top3.length === 1 ? 'its article' : 'its articles'} in the top 3`, async () => {
        const portal = portals.get(set.corpus)!
        const results = await portal.search.search({ query: parseQuery(q), filters: {}, order: 'relevance', page: 1, pageSize: 3 })
        const titles = results.hits.map((h) => h.item.title)
        for (const expected of top3) assert.ok(titles.includes(expected), `expected "${expected}" in:\n  ${titles.join('\n  ')}`)
      })
    }
  })
}
