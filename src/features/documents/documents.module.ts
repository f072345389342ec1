import * as register from '../../migrations/20261207-0201-documents.ts'
import * as fileLimit from '../../migrations/20261207-0204-documents-file-limit.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import { FILE_AUDIT_ACTIONS, newsroomFileRoutes, publicFileRoutes } from './files/index.ts'
import type { PortalModule } from '../../platform/module.ts'
import { documentApiRoutes } from './api.routes.ts'
import { CONSULTATION_AUDIT_ACTIONS, consultationMessages, consultationParts } from './consultation/index.ts'
import { documentSource } from './document.source.ts'
import { DOCUMENT_LIST_TAG, documentTag } from './document-tags.ts'
import './document.table.ts'
import { documentsBlock } from './documents.block.ts'
import { documentMessages } from './messages.ts'
import { documentRoutes } from './public.routes.ts'

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

// The cache tags live in their own file, so the routes that use them import no manifest.
export { DOCUMENT_LIST_TAG, documentTag }

// Văn bản (issue 14): the register of legal and administrative documents Decree 42/2022 asks a
// state portal to publish, at /van-ban (English at /en/documents), with consultation on drafts.
// Everything it adds to the portal is declared here.
export const documentsModule: PortalModule = {
  name: 'documents',
  title: 'Văn bản',
  messages: [documentMessages, consultationMessages],
  migrations: { '20261207-0201-documents': register, '20261207-0204-documents-file-limit': fileLimit },
  publicPrefixes: ['van-ban'],
  roles: { clerk: 'Văn thư' },
  rights: {
    'document.edit': { roles: ['clerk', 'editor', 'approver', 'administrator'] },
    'document.publish': { roles: ['clerk', 'approver', 'administrator'] },
  },
  relayed: ['documents.changed'],
  purges: { 'documents.changed': ({ ids }) => [DOCUMENT_LIST_TAG, ...ids.map(documentTag), 'layout'] },
  // Góp ý dự thảo lives in consultation/, attached files in files/: each gives its parts here.
  audit: { actions: { ...FILE_AUDIT_ACTIONS, ...CONSULTATION_AUDIT_ACTIONS }, names: { document: namesFrom('documents', 'number') } },
  nav: [
    consultationParts.nav,
    { label: 'Giới hạn dung lượng tệp đính kèm văn bản', href: '/toa-soan/van-ban/gioi-han-tep', right: 'site.administer' },
  ],
  provide: (ctx) => ({ ...consultationParts.provide(ctx) }),
  jobs: (ctx) => [...consultationParts.jobs(ctx)],
  blocks: ({ db }) => [documentsBlock(db)],
  sources: ({ db, events }) => [documentSource({ db, events })],
  publicRoutes: (ctx) => async (app) => {
    const { db, database, services, responder, config, media } = ctx
    // The files' addresses (/van-ban/tep/…) and the consultation's (/van-ban/<slug>/gop-y) beside the register's own.
    await app.register(publicFileRoutes({ db, media }))
    await app.register(consultationParts.publicRoutes(ctx, documentTag))
    await app.register(documentRoutes({
      db, dialect: database.dialect, chrome: services.chrome, responder, publicUrl: config.publicUrl,
      consultation: (id, locale) => services.consultation.sectionOf(id, locale),
    }))
    // /en/documents lives under the prefix the articles module declares for the English pages, and
    // /api/v1/documents under the API module's.
    await app.register(documentApiRoutes({ db, dialect: database.dialect, responder }), { prefix: '/api/v1' })
  },
  newsroomRoutes: (ctx) => async (app) => {
    await app.register(newsroomFileRoutes({ db: ctx.db, clock: ctx.clock, media: ctx.media, events: ctx.events }))
    await app.register(consultationParts.newsroomRoutes(ctx))
  },
}
