import * as register from '../../migrations/20261207-0201-documents.ts'
import * as fileLimit from '../../migrations/20261207-0204-documents-file-limit.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import { FILE_AUDIT_ACTIONS, newsroomFileRoutes, publicFileRoutes } from './files/index.ts'
import type { PortalModule } from '../../platform/module.ts'
import './document.table.ts'

declare module '../../platform/module.ts' {
  interface NewsroomRoles {
    /** Văn thư: keeps the documents register, with no article rights. */
    clerk: true
  }
  interface NewsroomActions {
    /** Create and change documents (drafts), their files and relations, and the edited lists. */
    'document.edit': true
    /** Publish a document (at once or at a set time), withdraw it, moderate its consultation. */
    'document.publish': true
  }
}

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** Documents were published, changed, withdrawn, or their validity moved (the midnight job). */
    'documents.changed': { ids: number[] }
  }
}

/** Page-cache tag of the register's list pages and the "Văn bản mới" block. */
export const DOCUMENT_LIST_TAG = 'documents'
/** Page-cache tag of one document's page. */
export const documentTag = (id: number) => `document:${id}`

// Văn bản (issue 14): the register of legal and administrative documents Decree 42/2022 asks a
// state portal to publish, at /van-ban (English at /en/documents), with consultation on drafts.
// Everything it adds to the portal is declared here.
export const documentsModule: PortalModule = {
  name: 'documents',
  title: 'Văn bản',
  migrations: { '20261207-0201-documents': register, '20261207-0204-documents-file-limit': fileLimit },
  publicPrefixes: ['van-ban'],
  roles: { clerk: 'Văn thư' },
  rights: {
    'document.edit': { roles: ['clerk', 'editor', 'approver', 'administrator'] },
    'document.publish': { roles: ['clerk', 'approver', 'administrator'] },
  },
  relayed: ['documents.changed'],
  purges: { 'documents.changed': ({ ids }) => [DOCUMENT_LIST_TAG, ...ids.map(documentTag), 'layout'] },
  audit: { actions: { ...FILE_AUDIT_ACTIONS }, names: { document: namesFrom('documents', 'number') } },
  nav: [{ label: 'Giới hạn dung lượng tệp đính kèm văn bản', href: '/toa-soan/van-ban/gioi-han-tep', right: 'site.administer' }],
  publicRoutes: ({ db, media }) => async (app) => {
    await app.register(publicFileRoutes({ db, media }))
  },
  newsroomRoutes: ({ db, clock, media, events }) => async (app) => {
    await app.register(newsroomFileRoutes({ db, clock, media, events }))
  },
}
