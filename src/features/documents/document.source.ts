import { bodyText } from '../articles/index.ts'
import type { ContentSource } from '../../platform/content/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { phrase } from '../../platform/i18n/index.ts'
import { documentMessages } from './messages.ts'
import { documentUrl } from './document-paths.ts'
import {
  countPublishedDocuments, listNewestDocuments, listPublishedDocumentIdRanges, listPublishedDocumentRefs, readPublishedDocuments,
} from './public.repository.ts'

const title = (d: { kind: { name: string }; number: string }) => `${d.kind.name} ${d.number}`

/** Published documents as a kind of content: site search, the portal's feed and the sitemap read them. */
export function documentSource({ db, events }: { db: Db; events?: NewsroomEventBus }): ContentSource {
  return {
    kind: 'document',
    sitemapName: 'documents',
    label: phrase(documentMessages, 'kindLabel'),
    async read(ids) {
      return (await readPublishedDocuments(db, ids)).map((d) => ({
        kind: 'document', id: d.id, address: documentUrl(d.slug), modifiedAt: d.updatedAt,
        title: title(d), lead: d.summary, publishedAt: d.publishedAt, author: d.issuer.name,
        // The title and summary are searched with it; the files' text is what the document says.
        text: [d.title, d.signer, bodyText(d.bodyHtml), d.fileText].filter(Boolean).join('\n'),
        tags: [],
      }))
    },
    async newest({ limit, categoryIds }) {
      // Documents are not filed in categories: a category's feed has none.
      if (categoryIds) return []
      return (await listNewestDocuments(db, limit, { byPublication: true })).map((d) => ({
        kind: 'document', id: d.id, address: documentUrl(d.slug), title: title(d), lead: d.summary, publishedAt: d.publishedAt, author: d.issuer.name,
      }))
    },
    count: () => countPublishedDocuments(db),
    async page({ afterId, upToId, limit }) {
      return (await listPublishedDocumentRefs(db, afterId, upToId, limit)).map((d) => ({ kind: 'document', id: d.id, address: documentUrl(d.slug), modifiedAt: d.updatedAt }))
    },
    idRanges: (size) => listPublishedDocumentIdRanges(db, size),
    onChange(listener) {
      events?.onLocal('documents.changed', ({ ids }) => listener(ids))
    },
  }
}
