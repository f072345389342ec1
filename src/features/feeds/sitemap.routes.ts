import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { ContentSource } from '../../platform/content/index.ts'
import type { CategoryTree } from '../categories/index.ts'
import type { FeedDeps } from './rss.routes.ts'
import { sitemapIndexView, urlsetView, type SitemapEntry } from './sitemap.view.ts'

/** The sitemap protocol's limit of URLs in one file. */
export const SITEMAP_FILE_SIZE = 50_000

export interface SitemapDeps extends Omit<FeedDeps, 'chrome'> {
  /** URLs per file; smaller only in tests, to see the split without 50,000 articles. */
  fileSize?: number
}

const CONTENT_TYPE = 'application/xml; charset=utf-8'
// Every article change purges 'home', every category change 'layout': both reach the sitemaps.
// (Another kind of content purges 'home' when it changes, as articles do.)
const TAGS = ['home', 'layout']
/** /sitemap-articles-3.xml: the third range of article ids; another kind names its own files. */
const ITEMS_FILE = /^\/sitemap-([a-z][a-z0-9-]*)-([1-9]\d{0,8})\.xml$/
// Ids are 32-bit on PostgreSQL: a range past them holds nothing, and asking would be an error.
const LARGEST_ID = 2 ** 31 - 1

// Small portals get one file. Past the limit, /sitemap.xml becomes an index of the home and
// category pages and of each content source's files by id range: an item keeps its file for
// good, and each file is one range scan on the primary key, never an OFFSET over the whole table.
export function sitemapRoutes(deps: SitemapDeps) {
  const size = deps.fileSize ?? SITEMAP_FILE_SIZE
  const absolute = (path: string) => deps.publicUrl + path

  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/sitemap.xml', async (req, reply) => {
      if (req.url !== '/sitemap.xml') return reply.redirect('/sitemap.xml', 301)
      const tree = await deps.categories.tree()
      const pages = pageEntries(tree)
      if (pages.length + await deps.sources.count() <= size) {
        const entries = [...pages]
        for (const source of deps.sources.all()) entries.push(...await itemEntries(source, 0, undefined, size - entries.length))
        return send(req, reply, urlsetView(entries))
      }
      const files: SitemapEntry[] = [{ url: absolute('/sitemap-pages.xml') }]
      for (const source of deps.sources.all()) {
        for (const range of await source.idRanges(size)) files.push({ url: absolute(`/sitemap-${source.sitemapName}-${range.number}.xml`), lastModified: range.lastModified })
      }
      return send(req, reply, sitemapIndexView(files))
    })

    // Categories are a few hundred at most; the cut only keeps the file within the protocol.
    app.get('/sitemap-pages.xml', async (req, reply) => {
      if (req.url !== '/sitemap-pages.xml') return reply.redirect('/sitemap-pages.xml', 301)
      return send(req, reply, urlsetView(pageEntries(await deps.categories.tree()).slice(0, size)))
    })

    // A static route each would be endless; one pattern, checked here, and nothing else under the prefix.
    app.get('/sitemap-*', async (req, reply) => {
      const match = ITEMS_FILE.exec(req.url)
      const source = match && deps.sources.all().find((s) => s.sitemapName === match[1])
      if (!match || !source) throw new NotFoundError()
      const number = Number(match[2])
      if ((number - 1) * size >= LARGEST_ID) throw new NotFoundError()
      const entries = await itemEntries(source, (number - 1) * size, Math.min(number * size, LARGEST_ID), size)
      if (entries.length === 0) throw new NotFoundError()
      return send(req, reply, urlsetView(entries))
    })
  }

  function pageEntries(tree: CategoryTree): SitemapEntry[] {
    return [{ url: absolute('/') }, ...tree.all().map((category) => ({ url: absolute(tree.url(category.id)) }))]
  }

  async function itemEntries(source: ContentSource, afterId: number, upToId: number | undefined, limit: number): Promise<SitemapEntry[]> {
    if (limit <= 0) return []
    const items = await source.page({ afterId, ...(upToId !== undefined ? { upToId } : {}), limit })
    return items.map((item) => ({ url: absolute(item.address), lastModified: item.modifiedAt }))
  }

  function send(req: FastifyRequest, reply: FastifyReply, body: string) {
    return deps.responder.send(req, reply, { contentType: CONTENT_TYPE, body, tags: TAGS })
  }
}
