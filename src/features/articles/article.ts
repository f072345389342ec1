export const ARTICLE_STATUSES = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'unpublished', 'expired'] as const
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]

/** The byline as data: an attribution kind ("T/h", "Theo", "Bài và ảnh"…) and a free-text name. */
export interface Byline {
  kind: string
  name: string
}

export function bylineText(byline: Byline): string {
  if (!byline.name) return ''
  return byline.kind ? `${byline.kind}: ${byline.name}` : byline.name
}

export interface LeadImage {
  url: string
  alt: string
  caption: string
  /** Responsive sources when the image came from the media library. */
  srcset?: string
  width?: number
  height?: number
  /** The library image it came from. */
  id?: number
  /** Its 3:2 thumbnails (a srcset), cropped around its focal point: what lists show. */
  thumbs?: string
}

export interface Tag {
  slug: string
  name: string
}

/** Where an article's tags lead: every published article carrying the tag, newest first. */
export const tagUrl = (slug: string): string => `/tu-khoa/${slug}`

export interface ArticleSummary {
  id: number
  slug: string
  title: string
  lead: string
  categoryId: number
  publishedAt: Date
  byline: Byline
  leadImage: LeadImage | undefined
}

export interface Article extends ArticleSummary {
  bodyHtml: string
  source: string
  tags: Tag[]
  updatedAt: Date
  seoTitle: string
  seoDescription: string
  /** False only when no reader's comment of it was ever approved: the page need not look for any. */
  mayHaveComments: boolean
  /** What it is written in: an English article is read under /en/, never among the Vietnamese pages. */
  language: 'vi' | 'en'
}

/** Where a newest-first listing goes on from: the last article shown. */
export interface ListingCursor {
  publishedAt: Date
  id: number
}

const CURSOR = /^(\d{1,15})-(\d{1,10})$/

export function encodeCursor(cursor: ListingCursor): string {
  return `${cursor.publishedAt.getTime()}-${cursor.id}`
}

export function decodeCursor(text: string): ListingCursor | undefined {
  const match = CURSOR.exec(text)
  if (!match) return undefined
  const publishedAt = new Date(Number(match[1]))
  const id = Number(match[2])
  if (Number.isNaN(publishedAt.getTime()) || !Number.isSafeInteger(id)) return undefined
  return { publishedAt, id }
}
