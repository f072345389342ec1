import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { CategoryTree } from '../categories/index.ts'
import { articleUrl, countPublishedArticles } from '../articles/index.ts'
import type { FeedDeps } from './rss.routes.ts'
import { listPublishedArticlesByIdRange, listPublishedIdRanges } from './sitemap.repository.ts'
import { sitemapIndexView, urlsetView, type SitemapEntry } from './sitemap.view.ts'

/** The sitemap protocol's limit of URLs in one file. */
export const SITEMAP_FILE_SIZE = 50_000

export interface SitemapDeps extends Omit<FeedDeps, 'chrome'> {
  /** URLs per file; smaller only in tests, to see the split without 50,000 articles. */
  fileSize?: number
}

const CONTENT_TYPE = 'application/xml; charset=utf-8'
// Every article change purges 'home', every category change 'layout': both reach the sitemaps.
const TAGS = ['home', 'layout']
const ARTICLES_FILE = /^\/sitemap-articles-([1-9]\d{0,8})\.xml$/
// Article ids are 32-bit on PostgreSQL: a range past them holds nothing, and asking would be an error.
const LARGEST_ID = 2 ** 31 - 1

// Small portals get one file. Past the limit, /sitemap.xml becomes an index of the home and
// category pages and of article files by id range: an article keeps its file for good, and
// each file is one range scan on the primary key, never an OFFSET over the whole table.
export function sitemapRoutes(deps: SitemapDeps) {
  const size = deps.fileSize ?? SITEMAP_FILE_SIZE
  const absolute = (path: string) => deps.publicUrl + path

  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/sitemap.xml', async (req, reply) => {
      if (req.url !== '/sitemap.xml') return reply.redirect('/sitemap.xml', 301)
      const tree = await deps.categories.tree()
      const pages = pageEntries(tree)
      if (pages.length + await countPublishedArticles(deps.db) <= size) {
        const articles = await articleEntries(tree, 0, undefined, size - pages.length)
        return send(req, reply, urlsetView([...pages, ...articles]))
      }
      const ranges = await listPublishedIdRanges(deps.db, size)
      return send(req, reply, sitemapIndexView([
        { url: absolute('/sitemap-pages.xml') },
        ...ranges.map((range) => ({ url: absolute(`/sitemap-articles-${range.number}.xml`), lastModified: range.lastModified })),
      ]))
    })

    // Categories are a few hundred at most; the cut only keeps the file within the protocol.
    app.get('/sitemap-pages.xml', async (req, reply) => {
      if (req.url !== '/sitemap-pages.xml') return reply.redirect('/sitemap-pages.xml', 301)
      return send(req, reply, urlsetView(pageEntries(await deps.categories.tree()).slice(0, size)))
    })

    // A static route each would be endless; one pattern, checked here, and nothing else under the prefix.
    app.get('/sitemap-articles-*', async (req, reply) => {
      const match = ARTICLES_FILE.exec(req.url)
      if (!match) throw new NotFoundError()
      const number = Number(match[1])
      if ((number - 1) * size >= LARGEST_ID) throw new NotFoundError()
      const entries = await articleEntries(await deps.categories.tree(), (number - 1) * size, Math.min(number * size, LARGEST_ID), size)
      if (entries.length === 0) throw new NotFoundError()
      return send(req, reply, urlsetView(entries))
    })
  }

  function pageEntries(tree: CategoryTree): SitemapEntry[] {
    return [{ url: absolute('/') }, ...tree.all().map((category) => ({ url: absolute(tree.url(category.id)) }))]
  }

  async function articleEntries(tree: CategoryTree, afterId: number, upToId: number | undefined, limit: number): Promise<SitemapEntry[]> {
    const articles = await listPublishedArticlesByIdRange(deps.db, afterId, upToId, limit)
    return articles.map((article) => ({ url: absolute(articleUrl(tree, article)), lastModified: article.updatedAt }))
  }

  function send(req: FastifyRequest, reply: FastifyReply, body: string) {
    return deps.responder.send(req, reply, { contentType: CONTENT_TYPE, body, tags: TAGS })
  }
}
