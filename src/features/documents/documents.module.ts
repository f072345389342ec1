import * as register from '../../migrations/20261207-0201-documents.ts'
import * as kinds from '../../migrations/20261207-0202-documents-kinds.ts'
import * as fileLimit from '../../migrations/20261207-0204-documents-file-limit.ts'
import * as fileTextFolded from '../../migrations/20261207-0205-documents-file-text-folded.ts'
import * as facetIndexes from '../../migrations/20261207-0206-documents-facet-indexes.ts'
import * as documentWords from '../../migrations/20261207-0207-document-words.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import { phrase } from '../../platform/i18n/index.ts'
import type { PortalModule } from '../../platform/module.ts'
import { documentApiRoutes } from './api.routes.ts'
import { CONSULTATION_AUDIT_ACTIONS, consultationMessages, consultationParts } from './consultation/index.ts'
import { DocumentService } from './document.service.ts'
import { FILE_AUDIT_ACTIONS, newsroomFileRoutes, publicFileRoutes } from './files/index.ts'
import { documentImportRoutes, IMPORT_AUDIT_ACTIONS, IMPORT_PATH } from './import/index.ts'
import { documentSource } from './document.source.ts'
import { DOCUMENT_LIST_TAG, documentTag } from './document-tags.ts'
import { seedDocumentsDemo } from './documents-demo.ts'
import { documentListsRoutes, LISTS_PATH } from './lists-admin.ts'
import './document.table.ts'
import { documentsBlock } from './documents.block.ts'
import { documentsOnTimeDuty } from './documents-on-time.duty.ts'
import { DOCUMENT_READER_STYLES } from './documents.styles.ts'
import { documentMessages } from './messages.ts'
import { documentsDashboard } from './newsroom-dashboard.ts'
import { documentNewsroomRoutes } from './newsroom.routes.ts'
import { documentRoutes } from './public.routes.ts'
import { RegisterIndex } from './register-index.ts'

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
  interface PortalServices {
    /** The register's writes (create, save, relations, publication) and its jobs. */
    documents: DocumentService
    /** The readers' list and facet counts, from the published register kept in memory. */
    documentRegister: RegisterIndex
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
  migrations: {
    '20261207-0201-documents': register, '20261207-0202-documents-kinds': kinds, '20261207-0204-documents-file-limit': fileLimit,
    '20261207-0205-documents-file-text-folded': fileTextFolded, '20261207-0206-documents-facet-indexes': facetIndexes,
    '20261207-0207-document-words': documentWords,
  },
  publicPrefixes: ['van-ban'],
  // Readers reach the register from the main menu, after the categories.
  menuLinks: [{ label: phrase(documentMessages, 'heading'), href: { vi: '/van-ban', en: '/en/documents' }, order: 10 }],
  readerStyles: DOCUMENT_READER_STYLES,
  roles: { clerk: 'Văn thư' },
  rights: {
    'document.edit': { roles: ['clerk', 'editor', 'approver', 'administrator'] },
    'document.publish': { roles: ['clerk', 'approver', 'administrator'] },
  },
  relayed: ['documents.changed'],
  purges: { 'documents.changed': ({ ids }) => [DOCUMENT_LIST_TAG, ...ids.map(documentTag), 'layout'] },
  // Góp ý dự thảo lives in consultation/, attached files in files/: each gives its parts here.
  audit: {
    actions: {
      'document.create': 'tạo văn bản', 'document.save': 'lưu văn bản', 'document.override-validity': 'đặt tình trạng hiệu lực của văn bản',
      'document.restore': 'khôi phục phiên bản của văn bản', 'document.relate': 'thêm quan hệ cho văn bản', 'document.unrelate': 'bỏ quan hệ của văn bản',
      'document.publish': 'đăng văn bản', 'document.schedule': 'hẹn giờ đăng văn bản', 'document.unschedule': 'bỏ hẹn giờ đăng văn bản',
      'document.withdraw': 'gỡ văn bản', 'document.publish-scheduled': 'đăng theo lịch văn bản',
      'document-kind.create': 'thêm loại văn bản', 'document-kind.update': 'sửa loại văn bản', 'document-kind.delete': 'xóa loại văn bản', 'document-kind.move': 'đổi thứ tự loại văn bản',
      'document-issuer.create': 'thêm cơ quan ban hành', 'document-issuer.update': 'sửa cơ quan ban hành', 'document-issuer.delete': 'xóa cơ quan ban hành', 'document-issuer.move': 'đổi thứ tự cơ quan ban hành',
      'document-field.create': 'thêm lĩnh vực văn bản', 'document-field.update': 'sửa lĩnh vực văn bản', 'document-field.delete': 'xóa lĩnh vực văn bản', 'document-field.move': 'đổi thứ tự lĩnh vực văn bản',
      ...FILE_AUDIT_ACTIONS, ...CONSULTATION_AUDIT_ACTIONS, ...IMPORT_AUDIT_ACTIONS,
    },
    names: {
      document: namesFrom('documents', 'number'), 'document-kind': namesFrom('document_kinds', 'name'),
      'document-issuer': namesFrom('document_issuers', 'name'), 'document-field': namesFrom('document_fields', 'name'),
    },
  },
  nav: [
    { label: 'Văn bản', href: '/toa-soan/van-ban', right: 'document.edit' },
    { label: 'Danh mục văn bản', href: `${LISTS_PATH}/loai`, right: 'document.edit' },
    { label: 'Nhập văn bản từ bảng tính', href: IMPORT_PATH, right: 'document.edit' },
    consultationParts.nav,
    { label: 'Giới hạn dung lượng tệp đính kèm văn bản', href: '/toa-soan/van-ban/gioi-han-tep', right: 'site.administer' },
  ],
  provide: (ctx) => ({
    documents: new DocumentService({ db: ctx.db, events: ctx.events, clock: ctx.clock }),
    documentRegister: new RegisterIndex(ctx.db, ctx.database.dialect, ctx.events),
    ...consultationParts.provide(ctx),
  }),
  jobs: (ctx) => [...ctx.services.documents.jobs(), ...consultationParts.jobs(ctx)],
  seedDemo: ({ db, now, media }) => seedDocumentsDemo(db, now, media),
  dashboard: ({ db, services }) => documentsDashboard({ db, workingDays: services.workingDays }),
  blocks: ({ db }) => [documentsBlock(db)],
  compliance: ({ db, services }) => [documentsOnTimeDuty(db, services.workingDays)],
  sources: ({ db, events }) => [documentSource({ db, events })],
  publicRoutes: (ctx) => async (app) => {
    const { db, services, responder, config, media } = ctx
    // The files' addresses (/van-ban/tep/…) and the consultation's (/van-ban/<slug>/gop-y) beside the register's own.
    await app.register(publicFileRoutes({ db, media }))
    await app.register(consultationParts.publicRoutes(ctx, documentTag))
    await app.register(documentRoutes({
      db, register: services.documentRegister, chrome: services.chrome, responder, publicUrl: config.publicUrl, contentParts: ctx.contentParts,
      consultation: (id, locale) => services.consultation.sectionOf(id, locale),
    }))
    // /en/documents lives under the prefix the articles module declares for the English pages, and
    // /api/v1/documents under the API module's.
    await app.register(documentApiRoutes({ db, register: services.documentRegister, responder }), { prefix: '/api/v1' })
  },
  newsroomRoutes: (ctx) => async (app) => {
    await app.register(documentListsRoutes({ db: ctx.db, clock: ctx.clock, events: ctx.events }))
    await app.register(documentNewsroomRoutes(ctx))
    await app.register(newsroomFileRoutes({ db: ctx.db, clock: ctx.clock, media: ctx.media, events: ctx.events }))
    await app.register(documentImportRoutes({ db: ctx.db, clock: ctx.clock, media: ctx.media, events: ctx.events, documents: ctx.services.documents }))
    await app.register(consultationParts.newsroomRoutes(ctx))
  },
}
