import type { ContentEntry, ContentSource } from '../../platform/content/index.ts'
import { phrase } from '../../platform/i18n/index.ts'
import { articleMessages } from './messages.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { CategoryTree } from '../categories/index.ts'
import { countPublishedArticles, findPublicTagBySlug, listPublishedArticles } from './article.repository.ts'
import { listPublishedArticlesByIdRange, listPublishedIdRanges, readPublishedArticles } from './article-source.repository.ts'
import { articleUrl } from './article.service.ts'
import type { ArticleSummary, LeadImage } from './article.ts'
import type { Picture } from '../../platform/views/picture.ts'
import { englishArticleUrl } from './english.routes.ts'

/** Where a reader finds the article: an English one under /en/, any other under its category. */
const addressOf = (tree: CategoryTree, a: { slug: string; categoryId: number; language: 'vi' | 'en' }): string =>
  a.language === 'en' ? englishArticleUrl(a) : articleUrl(tree, a)

export interface ArticleSourceDeps {
  db: Db
  categories: { tree(): Promise<CategoryTree> }
  /** Absent for a one-off task (an import, a reindex) that only reads. */
  events?: NewsroomEventBus
}

/** The lead image as lists show it (its caption belongs to the article page). */
const pictureOf = ({ caption: _caption, id: _id, ...picture }: LeadImage): Picture => picture

/** Articles as the portal's first content source: what search, the feeds, the sitemap and "Đọc nhiều" read. */
export function articleSource({ db, categories, events }: ArticleSourceDeps): ContentSource {
  const entry = (tree: CategoryTree, a: ArticleSummary): ContentEntry => ({
    kind: 'article', id: a.id, address: articleUrl(tree, a),
    title: a.title, lead: a.lead, publishedAt: a.publishedAt, categoryId: a.categoryId, author: a.byline.name,
    ...(a.leadImage ? { image: pictureOf(a.leadImage) } : {}),
  })
  return {
    kind: 'article',
    sitemapName: 'articles',
    label: phrase(articleMessages, 'kindLabel'),
    async read(ids) {
      const [tree, articles] = await Promise.all([categories.tree(), readPublishedArticles(db, ids)])
      return articles.map((a) => ({
        kind: 'article', id: a.id, address: addressOf(tree, a), modifiedAt: a.updatedAt,
        title: a.title, lead: a.lead, publishedAt: a.publishedAt, categoryId: a.categoryId, author: a.bylineName,
        text: a.bodyText, byline: [a.bylineKind, a.bylineName].filter(Boolean).join(' '), tags: a.tags,
        ...(a.leadImage ? { image: pictureOf(a.leadImage) } : {}),
      }))
    },
    async newest({ limit, categoryIds }) {
      const [tree, articles] = await Promise.all([categories.tree(), listPublishedArticles(db, { categoryIds, limit })])
      return articles.map((a) => entry(tree, a))
    },
    count: () => countPublishedArticles(db),
    async page({ afterId, upToId, limit }) {
      const [tree, articles] = await Promise.all([categories.tree(), listPublishedArticlesByIdRange(db, afterId, upToId, limit)])
      return articles.map((a) => ({ kind: 'article', id: a.id, address: addressOf(tree, a), modifiedAt: a.updatedAt }))
    },
    idRanges: (size) => listPublishedIdRanges(db, size),
    async tagged({ tag: slug, after, limit }) {
      const tag = await findPublicTagBySlug(db, slug)
      if (!tag) return undefined
      const [tree, articles] = await Promise.all([categories.tree(), listPublishedArticles(db, { tagId: tag.id, ...(after ? { after } : {}), limit })])
      return { tagName: tag.name, entries: articles.map((a) => entry(tree, a)) }
    },
    onChange(listener) {
      // The search index is in the shared database: the instance where the change happened writes it.
      events?.onLocal('article.changed', ({ articleId }) => listener([articleId]))
    },
  }
}
