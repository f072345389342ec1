import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { writeWxrExport } from '../../bench/import-wxr-generator.ts'
import { openWordpressSource } from '../../src/features/import/wordpress/index.ts'
import type { ImportRecord } from '../../src/features/import/records.ts'

const folder = mkdtempSync(join(tmpdir(), 'toasoan-wxr-bench-'))
after(() => rmSync(folder, { recursive: true, force: true }))

test('the bench export is a WXR the WordPress reader takes whole: N items of which M images, every image file in uploads/', async () => {
  const made = await writeWxrExport(folder, { items: 300, images: 60 })
  assert.equal(made.images, 60)
  const problems: string[] = []
  const records: ImportRecord[] = []
  const source = openWordpressSource(made.file, { uploads: made.uploads })
  await source.validate((p) => problems.push(p.problem))
  for await (const record of source.records((p) => problems.push(p.problem))) records.push(record)
  assert.deepEqual(problems, [])
  const media = records.filter((r) => r.kind === 'media')
  const articles = records.filter((r) => r.kind === 'article')
  assert.equal(media.length, 60)
  assert.equal(articles.length, 240)
  assert.ok(media.every((m) => m.file && existsSync(m.file) && m.alt))
  // Every post after the first image shows the image before it, as featured image and in a caption.
  const featured = articles.filter((a) => a.featuredMediaRef)
  assert.equal(featured.length, 240)
  assert.ok(featured.every((a) => /<figure><img [^>]+><figcaption>/.test(a.bodyHtml) && !a.bodyHtml.includes('[caption')))
  assert.ok(articles.some((a) => a.status === 'draft') && articles.some((a) => a.status === 'scheduled'))
  assert.ok(records.some((r) => r.kind === 'comment' && r.parentRef))
})
