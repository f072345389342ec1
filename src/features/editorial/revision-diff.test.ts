import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bodyText } from '../articles/index.ts'
import type { EditorialArticle } from './draft.ts'
import { diffRevision } from './revision-diff.ts'
import type { RevisionSnapshot } from './revision.repository.ts'

const current: EditorialArticle = {
  id: 1, slug: 'bai', title: 'Tiêu đề', lead: '', bodyHtml: '<p>Một.</p><p>Hai.</p>', categoryId: 1, bylineKind: '', bylineName: '', source: '',
  seoTitle: '', seoDescription: '', expiresAt: undefined, leadImageId: undefined, status: 'draft', authorId: 1, returnReason: '',
  publishedAt: undefined, updatedAt: new Date(), version: 1, changedBy: 1, approvedBy: null, tags: [],
}
const snapshot = (changes: Partial<RevisionSnapshot>): RevisionSnapshot => ({
  title: 'Tiêu đề', lead: '', bodyHtml: '<p>Một.</p><p>Hai.</p>', categoryId: 1, bylineKind: '', bylineName: '', source: '', tags: [],
  slug: 'bai', seoTitle: '', seoDescription: '', expiresAt: null, leadImageId: undefined, ...changes,
})

test('paragraphs stay apart when a body becomes plain text', () => {
  assert.equal(bodyText('<p>Một.</p><p>Hai.</p><ul><li>Ba</li><li>Bốn</li></ul>'), 'Một. Hai. Ba Bốn')
})

test('an identical save shows no difference', () => {
  assert.deepEqual(diffRevision(current, snapshot({})), [])
})

test('an image added or removed shows in the diff, though it has no words', () => {
  const diffs = diffRevision(current, snapshot({ bodyHtml: '<p>Một.</p><img src="/media/a-960.webp" alt="Hội trường"><p>Hai.</p>' }))
  assert.deepEqual(diffs.map((d) => d.label), ['Ảnh trong nội dung'])
  assert.ok(diffs[0]!.parts.some((p) => p.change === 'added' && p.text.includes('Hội trường')))
})

test('slug, SEO fields and the lead image are compared too', () => {
  const diffs = diffRevision(current, snapshot({ slug: 'bai-cu', seoTitle: 'SEO', leadImageId: 4 }))
  assert.deepEqual(diffs.map((d) => d.label), ['Ảnh đại diện', 'Đường dẫn', 'Tiêu đề SEO'])
})
