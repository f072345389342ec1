import * as leadImageSources from '../../migrations/20261129-0005-lead-image-sources.ts'
import * as contentLanguage from '../../migrations/20261206-0018-content-language.ts'
import * as leadImageThumbnails from '../../migrations/20261207-0132-lead-image-thumbnails.ts'
import type { PortalModule } from '../../platform/module.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import type { CategoryTree } from '../categories/index.ts'
import { ARTICLE_BODY_POLICY } from './article-body.ts'
import { ArticleListings } from './article-listings.ts'
import { BODY_MEDIA_POLICY } from './body-media.ts'
import { publicArticleRoutes, type ArticleAlternates, type CommentsBlock } from './public.routes.ts'
import { articleSource } from './article-source.ts'
import { englishArticleRoutes } from './english.routes.ts'
import { TAG_PAGES, tagRoutes } from './tag.routes.ts'
import { articleMessages } from './messages.ts'
import { bodyMediaMessages } from './body-media-messages.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    'article.changed': { articleId: number; categoryIds: number[] }
  }
}

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** The home page's and categories' lists of published articles, kept in memory. */
    listings: ArticleListings
    /** Renders the comments section into the cached article page (offered by the comments module). */
    commentsBlock?: CommentsBlock
    /** What an article page carries to have its reading counted (offered by "Đọc nhiều"). */
    viewBeacon?: (articleId: number) => SafeHtml
    /** An article's addresses in both languages when it has a published translation (offered by the English edition). */
    articleAlternates?: ArticleAlternates
  }
}

// Category and article pages share the path space (/tin-tuc/dan-van and /tin-tuc/dan-van/<slug>),
// so this module's catch-all takes every first segment no other module claims.
export const articlesModule: PortalModule = {
  name: 'articles',
  title: 'Bài viết',
  messages: [articleMessages, bodyMediaMessages],
  migrations: {
    '20261129-0005-lead-image-sources': leadImageSources, '20261206-0018-content-language': contentLanguage,
    '20261207-0132-lead-image-thumbnails': leadImageThumbnails,
  },
  // /en/: the English pages (its articles here, the home and search pages from their modules).
  publicPrefixes: ['tu-khoa', 'en'],
  // Bodies show images from any https site, in both; readers may start a YouTube video in one, the newsroom frames nothing.
  policy: { readers: { ...ARTICLE_BODY_POLICY, ...BODY_MEDIA_POLICY }, newsroom: ARTICLE_BODY_POLICY },
  relayed: ['article.changed'],
  purges: {
    // An article shows on its own page, on the pages of its category and of every category
    // above it (they list their sub-categories' articles), in the related lists of its
    // category's articles, on the home page and on its tags' pages.
    'article.changed': ({ articleId, categoryIds }, { services }) => {
      const tagsIn = (tree: CategoryTree) => {
        const tags = new Set([`article:${articleId}`, 'home', TAG_PAGES])
        for (const id of categoryIds) for (const c of tree.lineage(id)) tags.add(`category:${c.id}`)
        // A category already gone from the tree has no lineage; its own pages still go.
        for (const id of categoryIds) tags.add(`category:${id}`)
        return tags
      }
      // At once when the tree is in memory (nearly always), so no reader meets the old page.
      const tree = services.categories.loadedTree()
      return tree ? tagsIn(tree) : services.categories.tree().then(tagsIn)
    },
  },
  provide: ({ db, events }) => ({ listings: new ArticleListings(db, events) }),
  sources: ({ db, events, services }) => [articleSource({ db, categories: services.categories, events })],
  publicRoutes: ({ db, sources, services, responder, config, contentParts }) => async (app) => {
    const { categories, chrome, listings } = services
    const alternates = 'articleAlternates' in services ? { alternates: services.articleAlternates } : {}
    await app.register(tagRoutes({ sources, chrome, responder }))
    await app.register(englishArticleRoutes({ db, chrome, responder, publicUrl: config.publicUrl, contentParts, ...alternates, ...('articleDownload' in services ? { articleDownload: services.articleDownload } : {}) }))
    await app.register(publicArticleRoutes({
      db, listings, categories, chrome, responder, publicUrl: config.publicUrl, contentParts, ...alternates,
      ...('viewBeacon' in services ? { viewBeacon: services.viewBeacon } : {}),
      ...('commentsBlock' in services ? { commentsBlock: services.commentsBlock } : {}),
      ...('articleDownload' in services ? { articleDownload: services.articleDownload } : {}),
    }))
  },
}
