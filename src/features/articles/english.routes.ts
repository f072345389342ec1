import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { pathParams } from '../../platform/http/request-schemas.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import type { ContentParts } from '../../platform/content/index.ts'
import { ENGLISH_PREFIX, siteMessages, type PortalChrome } from '../site/index.ts'
import { findPublishedArticleBySlug, listPublishedArticles } from './article.repository.ts'
import { articleDescription } from './article.service.ts'
import type { ArticleAlternates } from './public.routes.ts'
import type { Article, ArticleSummary } from './article.ts'
import { articlePageView } from './views/article-page.view.ts'
import { bodyMediaAssets } from './body-media-assets.ts'

export interface EnglishArticleDeps {
  db: Db
  chrome: PortalChrome
  responder: PublicResponder
  publicUrl: string
  /** The "Download (PDF)" link under the article's date; given by the article-pdf feature. */
  articleDownload?: (article: Article) => SafeHtml
  /** What the modules show under an item's own content (ModuleContext.contentParts). */
  contentParts?: ContentParts
  /** Its Vietnamese original's address and its own, when it translates a published one (given by the translations feature). */
  alternates?: ArticleAlternates
}

/** An English article's address: under /en/, outside the Vietnamese categories' paths. */
export const englishArticleUrl = (article: Pick<ArticleSummary, 'slug'>): string => `${ENGLISH_PREFIX}/${article.slug}`

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const RELATED_COUNT = 5

/** /en/<slug>: an article written in English, with the English interface. A Vietnamese one is not found here. */
export function englishArticleRoutes(deps: EnglishArticleDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get(`${ENGLISH_PREFIX}/:slug`, { schema: { params: pathParams('slug') } }, async (req, reply) => {
      const { slug } = req.params
      if (slug.length > 200 || !SLUG.test(slug)) throw new NotFoundError()
      const article = await findPublishedArticleBySlug(deps.db, slug)
      if (!article || article.language !== 'en') throw new NotFoundError()
      const canonical = englishArticleUrl(article)
      if (req.url !== canonical) return reply.redirect(canonical, 301)
      const locale = deps.chrome.locale('en')
      const [related, slot, below, alternates] = await Promise.all([
        listPublishedArticles(deps.db, { language: 'en', excludeId: article.id, limit: RELATED_COUNT }),
        deps.chrome.afterArticle('en'),
        deps.contentParts?.below({ kind: 'article', id: article.id }, locale),
        deps.alternates?.(article.id),
      ])
      const afterArticle = html`${below}${slot}`
      const body = await deps.chrome.page({
        lang: 'en',
        title: article.seoTitle || article.title,
        description: articleDescription(article),
        canonicalPath: canonical,
        ...(alternates ? { alternates } : {}),
        openGraph: { type: 'article', image: article.leadImage?.url },
        main: html`${articlePageView({
          article,
          crumbs: [{ name: locale.t(siteMessages)('home'), url: `${ENGLISH_PREFIX}/` }, { name: article.title }],
          related: related.map((a) => ({ article: a, url: englishArticleUrl(a) })),
          // Readers' comments belong to the Vietnamese portal for now.
          comments: html``,
          shareUrl: deps.publicUrl + canonical,
          ...(deps.articleDownload ? { download: deps.articleDownload(article) } : {}),
          afterArticle,
          card: deps.chrome.theme.views.articleCard,
        }, locale)}${bodyMediaAssets(article.bodyHtml, locale)}`,
      })
      // 'home' too: the related list is every other English article, which any article change may touch.
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [`article:${article.id}`, 'home', 'layout'] })
    })
  }
}
