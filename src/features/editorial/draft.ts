import type { ArticleStatus, Tag } from '../articles/index.ts'

/** What a reporter or editor types into the article form. */
export interface DraftInput {
  title: string
  lead: string
  bodyHtml: string
  categoryId: number
  bylineKind: string
  bylineName: string
  source: string
  tags: string[]
  slug: string | undefined
  seoTitle: string
  seoDescription: string
  expiresAt: Date | undefined
  /** From the media library; undefined leaves no lead image. */
  leadImageId: number | undefined
}

/** An article as the newsroom sees it, whatever its state. */
export interface EditorialArticle extends Omit<DraftInput, 'tags' | 'slug'> {
  id: number
  slug: string
  status: ArticleStatus
  authorId: number | null
  returnReason: string
  publishedAt: Date | undefined
  updatedAt: Date
  /** Goes up with every save; a save names the version it was made from. */
  version: number
  /** Who last changed the live text, and who approved it since (none: not approved since). */
  changedBy: number | null
  approvedBy: number | null
  tags: Tag[]
}

export const BYLINE_KINDS = ['', 'T/h', 'Theo', 'Bài và ảnh', 'Bài', 'Ảnh', 'Bài, ảnh'] as const
