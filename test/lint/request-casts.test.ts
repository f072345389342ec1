import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

// Issue 12: every request input is validated by a schema at the edge, so its type comes from the
// schema; a cast (`req.body as …`) would claim a shape nobody checked. Tests may cast freely.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url))
const CAST = /\b(?:req|request)\.(?:body|query|params|headers)\s+as\b|\((?:req|request)\.(?:body|query|params|headers)\s+as\b/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

test('no request input is cast to a type instead of validated by a schema', () => {
  const found = sourceFiles(SRC).flatMap((file) => readFileSync(file, 'utf8').split('\n')
    .flatMap((line, i) => (CAST.test(line) ? [`src/${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [])))
  assert.deepEqual(found, [])
})

test('the check finds a cast written either way', () => {
  assert.ok(CAST.test("const { slug } = req.params as { slug: string }"))
  assert.ok(CAST.test("const raw = (req.query as Record<string, unknown>).q"))
  assert.ok(!CAST.test('const raw = req.query.q'))
})
