import type { ContentItem, ContentRef, ContentSource } from '../../platform/content/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { phrase } from '../../platform/i18n/index.ts'
import { bodyText } from '../articles/index.ts'
import { pagesMessages } from './messages.ts'
import { isShown, pagePath, type Page } from './page.ts'
import { listPages } from './page.repository.ts'
import './pages.table.ts'

/**
 * The published pages as a kind of content: site search and the sitemap read them (tens of
 * pages: read whole). They are not news, so the feeds and "newest" lists get none of them.
 */
export function pageSource({ db, events }: { db: Db; events: NewsroomEventBus }): ContentSource {
  const live = async () => {
    const pages = await listPages(db)
    return { pages, live: pages.filter((p): p is Page & { liveRevisionId: number; publishedAt: Date } => p.liveRevisionId !== null && p.publishedAt !== null && isShown(pages, p.id)) }
  }
  const ref = (pages: Page[], p: Page & { publishedAt: Date }): ContentRef => ({ kind: 'page', id: p.id, address: pagePath(pages, p.id), modifiedAt: p.publishedAt })
  return {
    kind: 'page',
    label: phrase(pagesMessages, 'kindLabel'),
    sitemapName: 'static-pages',
    async read(ids) {
      const { pages, live: shown } = await live()
      const wanted = shown.filter((p) => ids.includes(p.id))
      if (wanted.length === 0) return []
      const revisions = await db.selectFrom('page_revisions').select(['id', 'title', 'body_html']).where('id', 'in', wanted.map((p) => p.liveRevisionId)).execute()
      return wanted.flatMap((p): ContentItem[] => {
        const revision = revisions.find((r) => r.id === p.liveRevisionId)
        if (!revision) return []
        const text = bodyText(revision.body_html)
        return [{ ...ref(pages, p), title: revision.title, lead: text.slice(0, 300), publishedAt: p.publishedAt, text, tags: [] }]
      })
    },
    newest: async () => [],
    count: async () => (await live()).live.length,
    async page({ afterId, upToId, limit }) {
      const { pages, live: shown } = await live()
      return shown.filter((p) => p.id > afterId && (upToId === undefined || p.id <= upToId)).sort((a, b) => a.id - b.id).slice(0, limit).map((p) => ref(pages, p))
    },
    async idRanges(size) {
      const ranges = new Map<number, Date>()
      for (const p of (await live()).live) {
        const number = Math.floor((p.id - 1) / size) + 1
        const seen = ranges.get(number)
        if (!seen || seen < p.publishedAt) ranges.set(number, p.publishedAt)
      }
      return [...ranges].sort(([a], [b]) => a - b).map(([number, lastModified]) => ({ number, lastModified }))
    },
    onChange(listener) {
      // A page's new address moves the pages under it too: every page is read again (there are tens).
      events.onLocal('pages.changed', ({ pageId }) => {
        listPages(db).then((pages) => listener([...new Set([pageId, ...pages.map((p) => p.id)])]), () => listener([pageId]))
      })
    },
  }
}
