import type { ContentSource } from '../../platform/content/index.ts'
import { phrase } from '../../platform/i18n/index.ts'
import { questionMessages } from './messages.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { bodyText } from '../articles/index.ts'
import { countPublished, listPublished, listPublishedIdRanges } from './question.repository.ts'
import type { PublishedQuestion } from './question.ts'

export const questionUrl = (slug: string) => `/hoi-dap/${slug}`

const entry = (q: PublishedQuestion) => ({
  kind: 'question', id: q.id, address: questionUrl(q.slug), title: q.title, lead: q.body.slice(0, 300), publishedAt: q.publishedAt, author: q.publicName,
})

/** Answered, approved questions as a kind of content: site search, the feed and the sitemap read them. */
export function questionSource({ db, events }: { db: Db; events?: NewsroomEventBus }): ContentSource {
  return {
    kind: 'question',
    label: phrase(questionMessages, 'kindLabel'),
    sitemapName: 'questions',
    async read(ids) {
      return (await listPublished(db, { ids, limit: ids.length || 1 })).map((q) => ({
        ...entry(q), modifiedAt: q.updatedAt, text: [q.body, bodyText(q.answerHtml)].join('\n'), tags: [],
      }))
    },
    async newest({ limit, categoryIds }) {
      // Questions are not filed in categories.
      if (categoryIds) return []
      return (await listPublished(db, { limit })).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()).map(entry)
    },
    count: () => countPublished(db),
    async page({ afterId, upToId, limit }) {
      return (await listPublished(db, { afterId, ...(upToId !== undefined ? { upToId } : {}), limit, byId: true }))
        .map((q) => ({ kind: 'question', id: q.id, address: questionUrl(q.slug), modifiedAt: q.updatedAt }))
    },
    idRanges: (size) => listPublishedIdRanges(db, size),
    onChange(listener) {
      events?.onLocal('questions.changed', ({ ids }) => { if (ids.length) listener(ids) })
    },
  }
}
