import { diffWords } from 'diff'
import { bodyText } from '../articles/index.ts'
import type { EditorialArticle } from './draft.ts'
import type { RevisionSnapshot } from './revision.repository.ts'

export interface DiffPart {
  text: string
  change: 'added' | 'removed' | 'same'
}

export interface FieldDiff {
  label: string
  parts: DiffPart[]
}

const FIELDS: [label: string, read: (s: Comparable) => string][] = [
  ['Tiêu đề', (s) => s.title],
  ['Sapo', (s) => s.lead],
  ['Nội dung', (s) => bodyText(s.bodyHtml)],
  ['Tác giả', (s) => [s.bylineKind, s.bylineName].filter(Boolean).join(': ')],
  ['Nguồn', (s) => s.source],
  ['Từ khóa', (s) => s.tags.join(', ')],
  ['Ảnh trong nội dung', (s) => imagesOf(s.bodyHtml)],
  ['Ảnh đại diện', (s) => (s.leadImageId === undefined || s.leadImageId === null ? '' : `ảnh #${s.leadImageId}`)],
  ['Đường dẫn', (s) => s.slug ?? ''],
  ['Tiêu đề SEO', (s) => s.seoTitle],
  ['Mô tả SEO', (s) => s.seoDescription],
]

/** Images have no words: list them by address and description so that a change shows. */
function imagesOf(bodyHtml: string): string {
  return [...bodyHtml.matchAll(/<img\b[^>]*>/gi)].map(([tag]) => {
    const src = /\bsrc="([^"]*)"/.exec(tag)?.[1] ?? ''
    const alt = /\balt="([^"]*)"/.exec(tag)?.[1] ?? ''
    return `${src}${alt ? ` (${alt})` : ''}`
  }).join(' ')
}

export type Comparable = Pick<RevisionSnapshot, 'title' | 'lead' | 'bodyHtml' | 'bylineKind' | 'bylineName' | 'source' | 'tags' | 'seoTitle' | 'seoDescription'>
  & { slug?: string; leadImageId?: number | null }

/** What restoring the revision would change in the article as it is now, word by word, readable text only. */
export function diffRevision(current: EditorialArticle, revision: RevisionSnapshot): FieldDiff[] {
  return diffSnapshots({ ...current, tags: current.tags.map((t) => t.name) }, revision)
}

/** From one saved form to another (a pending change, a refused save), the same way. */
export function diffSnapshots(now: Comparable, saved: Comparable): FieldDiff[] {
  return diffTexts(FIELDS.map(([label, read]) => [label, read(now), read(saved)]))
}

/** Labelled texts from one version to another, word by word; unchanged ones left out (other modules' revisions use it too). */
export function diffTexts(fields: readonly (readonly [label: string, before: string, after: string])[]): FieldDiff[] {
  return fields.flatMap(([label, before, after]) => {
    if (before === after) return []
    return [{ label, parts: diffWords(before, after).map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' } as DiffPart)) }]
  })
}
