import * as register from '../../migrations/20261207-0201-documents.ts'
import type { PortalModule } from '../../platform/module.ts'
import { CONSULTATION_AUDIT_ACTIONS, consultationMessages, consultationParts } from './consultation/index.ts'
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
  migrations: { '20261207-0201-documents': register },
  publicPrefixes: ['van-ban'],
  roles: { clerk: 'Văn thư' },
  rights: {
    'document.edit': { roles: ['clerk', 'editor', 'approver', 'administrator'] },
    'document.publish': { roles: ['clerk', 'approver', 'administrator'] },
  },
  relayed: ['documents.changed'],
  purges: { 'documents.changed': ({ ids }) => [DOCUMENT_LIST_TAG, ...ids.map(documentTag), 'layout'] },
  // Góp ý dự thảo (consultation/): the section of a draft's page, its form and the newsroom's desk.
  messages: [consultationMessages],
  nav: [consultationParts.nav],
  audit: { actions: { ...CONSULTATION_AUDIT_ACTIONS } },
  provide: (ctx) => ({ ...consultationParts.provide(ctx) }),
  jobs: (ctx) => [...consultationParts.jobs(ctx)],
  publicRoutes: (ctx) => consultationParts.publicRoutes(ctx, documentTag),
  newsroomRoutes: (ctx) => consultationParts.newsroomRoutes(ctx),
}
