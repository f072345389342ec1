// test-run: sources
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { checkImports } from './import-rules.ts'

const trees: string[] = []
after(() => { for (const tree of trees) rmSync(tree, { recursive: true, force: true }) })

/** A small repository on disk: path → source. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'import-rules-'))
  trees.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const brokenRules = (files: Record<string, string>) =>
  checkImports(tree(files)).map(({ file, line, message }) => `${file}:${line}: ${message}`)

const sound = {
  'src/features/articles/index.ts': "export { articleUrl } from './article.ts'\n",
  'src/features/articles/article.ts': "export const articleUrl = (slug: string) => '/' + slug\n",
  'src/platform/clock.ts': 'export const now = () => new Date()\n',
  'src/features/search/search.routes.ts':
    "import { articleUrl } from '../articles/index.ts'\nimport { now } from '../../platform/clock.ts'\nexport const at = () => [articleUrl('a'), now()]\n",
  'src/migrations/0001.ts': "import type { Kysely } from 'kysely'\nimport { now } from '../platform/clock.ts'\nexport const up = (_db: Kysely<unknown>) => now()\n",
  'bench/run.ts': "import { articleUrl } from '../src/features/articles/article.ts'\nexport const run = () => articleUrl('b')\n",
}

test('a feature using another through its index.ts, platform, packages, and bench reaching into src break no rule', () => {
  assert.deepEqual(brokenRules(sound), [])
})

test('a feature reaching past another feature\'s index.ts is reported with its file and line', () => {
  assert.deepEqual(brokenRules({
    ...sound,
    'src/features/search/search.service.ts': "// the articles' repository, directly\nimport { articleUrl } from '../articles/article.ts'\nexport const url = articleUrl\n",
  }), ['src/features/search/search.service.ts:2: a feature uses another only through its index.ts: import src/features/articles/index.ts (imports src/features/articles/article.ts)'])
})

test('the rule holds for type imports, re-exports and dynamic imports, in tests as well', () => {
  const broken = brokenRules({
    ...sound,
    'src/features/search/a.ts': "import type { articleUrl } from '../articles/article.ts'\nexport type A = typeof articleUrl\n",
    'src/features/search/b.ts': "export { articleUrl } from '../articles/article.ts'\n",
    'src/features/search/c.test.ts': "export const c = () => import('../articles/article.ts')\n",
    'src/features/search/d.ts': "export type D = typeof import('../articles/article.ts').articleUrl\n",
  })
  assert.deepEqual(broken.map((line) => line.split(':').slice(0, 2).join(':')),
    ['src/features/search/a.ts:1', 'src/features/search/b.ts:1', 'src/features/search/c.test.ts:1', 'src/features/search/d.ts:1'])
})

test('platform importing a feature, a migration importing a feature and src importing bench are each reported', () => {
  assert.deepEqual(brokenRules({
    ...sound,
    'src/platform/views/html.ts': "import { articleUrl } from '../../features/articles/index.ts'\nexport const link = articleUrl\n",
    'src/migrations/0002.ts': "import { articleUrl } from '../features/articles/index.ts'\nexport const up = articleUrl\n",
    'src/features/search/corpus.ts': "import { run } from '../../../bench/run.ts'\nexport const corpus = run\n",
  }), [
    'src/features/search/corpus.ts:1: src/ never imports bench/ (imports bench/run.ts)',
    'src/migrations/0002.ts:1: a migration never imports feature code (imports src/features/articles/index.ts)',
    'src/platform/views/html.ts:1: platform/ never imports features/ (imports src/features/articles/index.ts)',
  ])
})

test('an import cycle is reported once, as the loop it makes; a cycle through type imports only is not', () => {
  assert.deepEqual(brokenRules({
    ...sound,
    'src/features/search/search.repository.ts': "import { Sqlite } from './sqlite.repository.ts'\nexport const TITLE_CANDIDATES = 100\nexport const open = () => new Sqlite()\n",
    'src/features/search/sqlite.repository.ts': "import { TITLE_CANDIDATES } from './search.repository.ts'\nexport class Sqlite { limit = TITLE_CANDIDATES }\n",
    'src/features/search/editorial.ts': "import { review } from './review.ts'\nexport interface Actor { id: number }\nexport const edit = review\n",
    'src/features/search/review.ts': "import type { Actor } from './editorial.ts'\nimport { type Actor as Same } from './editorial.ts'\nexport const review = (a: Actor, _b: Same) => a.id\n",
  }), ['src/features/search/search.repository.ts:1: import cycle: src/features/search/search.repository.ts → src/features/search/sqlite.repository.ts → src/features/search/search.repository.ts'])
})

test('the portal\'s own src/ breaks no import rule', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
  assert.deepEqual(checkImports(root), [])
})
