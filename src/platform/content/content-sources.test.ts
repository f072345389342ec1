import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ContentEntry, ContentSource } from './content-source.ts'
import { ContentSources } from './content-sources.ts'
import { defineMessages, phrase } from '../i18n/index.ts'

const WORDS = defineMessages('test-sources', { label: 'Nguồn thử' }, { label: 'Test source' })

/** A source that lists the entries given, and reads nothing else. */
function source(kind: string, sitemapName: string, entries: Omit<ContentEntry, 'kind' | 'address'>[] = []): ContentSource {
  const listed = entries.map((e) => ({ ...e, kind, address: `/${kind}/${e.id}` }))
  return {
    kind, sitemapName, label: phrase(WORDS, 'label'),
    read: async () => [],
    newest: async ({ limit }) => listed.slice(0, limit),
    count: async () => listed.length,
    page: async () => [],
    idRanges: async () => [],
    onChange: () => {},
  }
}

test('two sources of one kind, or naming their sitemap files alike, stop the start', () => {
  assert.throws(() => new ContentSources([source('article', 'articles'), source('article', 'bai-viet')]), /two content sources of kind "article"/)
  assert.throws(() => new ContentSources([source('article', 'articles'), source('notice', 'articles')]), /"article" and "notice" both name their sitemap files "articles"/)
  assert.throws(() => new ContentSources([source('Văn bản', 'van-ban')]), /lower-case/)
})

test('the newest of every kind come together, newest first, as many as asked', async () => {
  const at = (day: number) => new Date(Date.UTC(2026, 11, day))
  const sources = new ContentSources([
    source('article', 'articles', [{ id: 9, title: 'Bài 9', lead: '', publishedAt: at(5) }, { id: 3, title: 'Bài 3', lead: '', publishedAt: at(2) }]),
    source('notice', 'thong-bao', [{ id: 1, title: 'Thông báo 1', lead: '', publishedAt: at(4) }, { id: 2, title: 'Thông báo 2', lead: '', publishedAt: at(1) }]),
  ])
  assert.deepEqual((await sources.newest({ limit: 3 })).map((e) => e.title), ['Bài 9', 'Thông báo 1', 'Bài 3'])
  assert.equal(await sources.count(), 4)
  assert.equal(sources.get('notice')?.sitemapName, 'thong-bao')
  assert.equal(sources.get('poll'), undefined)
})
