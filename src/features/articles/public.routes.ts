import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Static } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ListingQuery, PagePath } from './article.schemas.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import type { CategoryDirectory, CategoryTree, Category } from '../categories/index.ts'
import { siteMessages, type Alternate, type PortalChrome } from '../site/index.ts'
import type { ArticleListings } from './article-listings.ts'
import { CATEGORY_PAGE_SIZE } from './article-listings.ts'
import { bylineText, type Article } from './article.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import type { ContentParts } from '../../platform/content/index.ts'
import {
  articleDescription, categoryCrumbs, listed, nextPageUrl, pageCursor, readArticlePage,
} from './article.service.ts'
import { articlePageView } from './views/article-page.view.ts'
import { categoryPageView } from './views/category-page.view.ts'
import { articleMessages } from './messages.ts'
import { englishArticleUrl } from './english.routes.ts'
import { bodyMediaAssets, serveBodyMediaAssets } from './body-media-assets.ts'

export interface PublicArticleDeps {
  db: Db
  listings: ArticleListings
  categories: CategoryDirectory
  chrome: PortalChrome
  responder: PublicResponder
  /** Renders the comments section into the cached article page; given by the comments feature. */
  commentsBlock?: CommentsBlock
  /** What an article page carries to have its reading counted ("Đọc nhiều"); given by that feature. */
  viewBeacon?: (articleId: number) => SafeHtml
  /** The portal's configured address (PUBLIC_URL): share links are absolute, never from the request's Host. */
  publicUrl: string
  /** The "Tải về" (PDF) link under the article's date; given by the article-pdf feature. */
  articleDownload?: (article: Article) => SafeHtml
  /** What the modules show under an item's own content (ModuleContext.contentParts), before the after-article blocks. */
  contentParts?: ContentParts
  /** The article's addresses in both languages when it has a published translation (given by the translations feature). */
  alternates?: ArticleAlternates
}

/** Both languages' addresses of an article with a counterpart (hreflang, and the language switch); undefined without one. */
export type ArticleAlternates = (articleId: number) => Promise<Alternate[] | undefined>

export type CommentsBlock = (article: Article, articlePath: string, newestFirst: boolean) => Promise<SafeHtml>

/** The one query string an article page accepts: its comments newest first, cached as its own page. */
const COMMENTS_NEWEST_FIRST = '?y-kien=moi-nhat'

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SEGMENT = 200
const MAX_DEPTH = 8

/** Category and article pages share the path space: /tin-tuc/dan-van and /tin-tuc/dan-van/<slug>. */
export function publicArticleRoutes(deps: PublicArticleDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    serveBodyMediaAssets(app, deps.responder)
    app.withTypeProvider<TypeBoxTypeProvider>().get('/*', { schema: { params: PagePath, querystring: ListingQuery } }, async (req, reply) => {
      const path = req.params['*']
      const trimmed = path.replace(/\/+$/, '')
      const segments = trimmed.split('/')
      if (segments.length > MAX_DEPTH || !segments.every((s) => s.length <= MAX_SEGMENT && SEGMENT.test(s))) throw new NotFoundError()
      // Redirect only to a path rebuilt from checked segments: "//evil.example/" must not become "//evil.example".
      if (trimmed !== path) return reply.redirect('/' + segments.join('/') + queryOf(req), 301)
      const tree = await deps.categories.tree()
      const category = tree.findByPath(segments)
      if (category) return sendCategoryPage(req, req.query, reply, tree, category)
      return sendArticlePage(req, reply, tree, segments)
    })
  }

  async function sendCategoryPage(req: FastifyRequest, query: Static<typeof ListingQuery>, reply: FastifyReply, tree: CategoryTree, category: Category) {
    const base = tree.url(category.id)
    if (Object.keys(query).some((k) => k !== 'sau')) return reply.redirect(base + (typeof query.sau === 'string' ? `?sau=${encodeURIComponent(query.sau)}` : ''), 301)
    const after = pageCursor(query.sau)
    const listing = await deps.listings.list(tree, category.id, after, CATEGORY_PAGE_SIZE)
    const locale = deps.chrome.locale('vi')
    const crumbs = categoryCrumbs(tree, category.id, locale.t(siteMessages)('home'))
    const t = locale.t(articleMessages)
    const main = categoryPageView({
      category,
      crumbs,
      subcategories: tree.childrenOf(category.id).map((c) => ({ name: c.name, url: tree.url(c.id) })),
      articles: listed(tree, listing.articles),
      nextPageUrl: nextPageUrl(base, listing.next),
      isFirstPage: !after,
      card: deps.chrome.theme.views.articleCard,
    }, locale)
    const body = await deps.chrome.page({
      title: after ? t('categoryTitleLater', { name: category.name }) : category.name,
      description: category.description || t('categoryDescription', { name: category.name }),
      canonicalPath: base,
      breadcrumb: crumbs,
      currentCategoryId: category.id,
      feed: { title: category.name, path: `/rss${base}` },
      main,
    })
    return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [`category:${category.id}`, 'layout'] })
  }

  async function sendArticlePage(req: FastifyRequest, reply: FastifyReply, tree: CategoryTree, segments: string[]) {
    const slug = segments.at(-1)!
    const locale = deps.chrome.locale('vi')
    const page = await readArticlePage(deps.db, deps.listings, tree, slug, locale.t(siteMessages)('home'))
    if (!page) return redirectFromFormerPath(req, reply, tree, segments)
    // An English article is read under /en/ with the English interface.
    if (page.article.language === 'en') return reply.redirect(englishArticleUrl(page.article), 301)
    const canonical = `${tree.url(page.article.categoryId)}/${slug}`
    const query = queryOf(req)
    if ('/' + segments.join('/') !== canonical || (query !== '' && query !== COMMENTS_NEWEST_FIRST)) return reply.redirect(canonical, 301)
    const { article } = page
    const [comments, slot, publisher, below, alternates] = await Promise.all([
      deps.commentsBlock ? deps.commentsBlock(article, canonical, query === COMMENTS_NEWEST_FIRST) : undefined, deps.chrome.afterArticle(), deps.chrome.publisher(),
      deps.contentParts?.below({ kind: 'article', id: article.id }, locale),
      deps.alternates?.(article.id),
    ])
    const afterArticle = html`${below}${slot}`
    const body = await deps.chrome.page({
      title: article.seoTitle || article.title,
      description: articleDescription(article),
      canonicalPath: canonical,
      ...(alternates ? { alternates } : {}),
      breadcrumb: page.crumbs,
      currentCategoryId: article.categoryId,
      openGraph: { type: 'article', image: article.leadImage?.url },
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        mainEntityOfPage: deps.publicUrl + canonical,
        headline: article.title,
        description: article.lead,
        datePublished: article.publishedAt.toISOString(),
        // The article's own last change, never before it went out (a scheduled one was saved earlier).
        dateModified: new Date(Math.max(article.updatedAt.getTime(), article.publishedAt.getTime())).toISOString(),
        author: article.byline.name ? { '@type': 'Person', name: article.byline.name } : undefined,
        // Google wants a picture: the lead image, or the organisation's own.
        image: [deps.chrome.absolute(article.leadImage?.url ?? publisher.logo.url)],
        publisher,
        articleSection: tree.find(article.categoryId)?.name,
        creditText: bylineText(article.byline) || undefined,
      },
      main: html`${articlePageView({ ...page, ...(comments ? { comments } : {}), ...(deps.articleDownload ? { download: deps.articleDownload(article) } : {}), afterArticle, shareUrl: deps.publicUrl + canonical, card: deps.chrome.theme.views.articleCard }, locale)}${bodyMediaAssets(article.bodyHtml, locale)}${deps.viewBeacon?.(article.id) ?? ''}`,
    })
    return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [`article:${article.id}`, `category:${article.categoryId}`, 'layout'] })
  }

  // Asked only once the path is neither a category nor an article: the pages readers hit cost nothing more.
  async function redirectFromFormerPath(req: FastifyRequest, reply: FastifyReply, tree: CategoryTree, segments: string[]) {
    const category = await deps.categories.formerlyAt('/' + segments.join('/'))
    if (!category) throw new NotFoundError()
    return reply.redirect(tree.url(category.id) + queryOf(req), 301)
  }
}

function queryOf(req: FastifyRequest): string {
  const i = req.url.indexOf('?')
  return i === -1 ? '' : req.url.slice(i)
}

