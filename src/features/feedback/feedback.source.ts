import type { ContentSource } from '../../platform/content/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { phrase } from '../../platform/i18n/index.ts'
import { countRecorded, listRecordedCases, listRecordedIdRanges } from './feedback.repository.ts'
import type { RecordedCase } from './feedback.ts'
import { feedbackMessages } from './messages.ts'
import { recordedCaseUrl } from './views/public-record.view.ts'

const entry = (c: RecordedCase) => ({
  kind: 'feedback', id: c.id, address: recordedCaseUrl(c.code), title: `${c.code}: ${c.title}`, lead: c.body.slice(0, 300), publishedAt: c.closedAt, author: c.publicName,
})

/**
 * Handled feedback as a kind of content, as the public record publishes it (issue 15: Art. 8 asks
 * the exchanges to be published): site search, the sitemap and the feed read it. Only what the
 * record shows goes in — the sender's name as they chose, never their contact; open cases never.
 */
export function feedbackSource({ db, events }: { db: Db; events?: NewsroomEventBus }): ContentSource {
  return {
    kind: 'feedback',
    label: phrase(feedbackMessages, 'kindLabel'),
    sitemapName: 'feedback',
    async read(ids) {
      return (await listRecordedCases(db, { ids, limit: ids.length || 1 })).map((c) => ({
        ...entry(c), modifiedAt: c.updatedAt, tags: [],
        text: [c.body, c.place, c.unit, c.status === 'resolved' ? c.resultText : c.bodyName].join('\n'),
      }))
    },
    async newest({ limit, categoryIds }) {
      // Feedback is not filed in categories.
      if (categoryIds) return []
      return (await listRecordedCases(db, { limit })).map(entry)
    },
    count: () => countRecorded(db),
    async page({ afterId, upToId, limit }) {
      return (await listRecordedCases(db, { afterId, ...(upToId !== undefined ? { upToId } : {}), limit, byId: true }))
        .map((c) => ({ kind: 'feedback', id: c.id, address: recordedCaseUrl(c.code), modifiedAt: c.updatedAt }))
    },
    idRanges: (size) => listRecordedIdRanges(db, size),
    onChange(listener) {
      events?.onLocal('feedback.changed', ({ ids }) => { if (ids.length) listener(ids) })
    },
  }
}
