import { insertArticle, sanitizeArticleBody, uniqueArticleSlug, type ArticleStatus } from '../../src/features/articles/index.ts'
import { insertCategory } from '../../src/features/categories/index.ts'
import type { Db } from '../../src/platform/db/connect.ts'
import type { NewsroomEventBus } from '../../src/platform/events.ts'
import { slugify } from '../../src/platform/text/vietnamese.ts'

let sequence = 0

/** What factories need of a portal: its database, and its event bus to announce the change as the newsroom would. */
export interface Newsroom {
  db: Db
  events: NewsroomEventBus
}

export async function createCategory({ db, events }: Newsroom, name: string, parentId: number | null = null): Promise<number> {
  const id = await insertCategory(db, { parentId, slug: slugify(name), name, position: sequence++ }, new Date())
  events.emit('category.changed', { categoryId: id })
  return id
}

export interface ArticleFields {
  title?: string
  lead?: string
  bodyHtml?: string
  categoryId: number
  publishedAt?: Date
  status?: ArticleStatus
  tags?: string[]
  bylineKind?: string
  bylineName?: string
  language?: 'vi' | 'en'
}

export async function createArticle({ db, events }: Newsroom, fields: ArticleFields): Promise<{ id: number; slug: string }> {
  const n = ++sequence
  const title = fields.title ?? `Bài viết thử số ${n}`
  const slug = await uniqueArticleSlug(db, title)
  const id = await insertArticle(db, {
    slug,
    title,
    lead: fields.lead ?? `Tóm tắt bài ${n}.`,
    bodyHtml: sanitizeArticleBody(fields.bodyHtml ?? `<p>Nội dung bài ${n}.</p>`),
    byline: { kind: fields.bylineKind ?? 'Bài', name: fields.bylineName ?? 'Phóng viên' },
    source: '',
    categoryId: fields.categoryId,
    status: fields.status ?? 'published',
    publishedAt: fields.publishedAt ?? new Date(Date.UTC(2021, 0, 1) + n * 60_000),
    leadImage: undefined,
    tags: fields.tags ?? [],
    ...(fields.language ? { language: fields.language } : {}),
  }, new Date())
  events.emit('article.changed', { articleId: id, categoryIds: [fields.categoryId] })
  return { id, slug }
}
