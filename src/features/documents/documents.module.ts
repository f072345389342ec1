import * as register from '../../migrations/20261207-0201-documents.ts'
import * as kinds from '../../migrations/20261207-0202-documents-kinds.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import type { PortalModule } from '../../platform/module.ts'
import { DocumentService } from './document.service.ts'
import { seedDocumentsDemo } from './documents-demo.ts'
import { documentListsRoutes, LISTS_PATH } from './lists-admin.ts'
import './document.table.ts'
import { documentsDashboard } from './newsroom-dashboard.ts'
import { documentNewsroomRoutes } from './newsroom.routes.ts'

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
  migrations: { '20261207-0201-documents': register, '20261207-0202-documents-kinds': kinds },
  publicPrefixes: ['van-ban'],
  roles: { clerk: 'Văn thư' },
  rights: {
    'document.edit': { roles: ['clerk', 'editor', 'approver', 'administrator'] },
    'document.publish': { roles: ['clerk', 'approver', 'administrator'] },
  },
  relayed: ['documents.changed'],
  purges: { 'documents.changed': ({ ids }) => [DOCUMENT_LIST_TAG, ...ids.map(documentTag), 'layout'] },
  audit: {
    actions: {
      'document.create': 'tạo văn bản', 'document.save': 'lưu văn bản', 'document.override-validity': 'đặt tình trạng hiệu lực của văn bản',
      'document.relate': 'thêm quan hệ cho văn bản', 'document.unrelate': 'bỏ quan hệ của văn bản',
      'document.publish': 'đăng văn bản', 'document.schedule': 'hẹn giờ đăng văn bản', 'document.unschedule': 'bỏ hẹn giờ đăng văn bản',
      'document.withdraw': 'gỡ văn bản', 'document.publish-scheduled': 'đăng theo lịch văn bản',
      'document-kind.create': 'thêm loại văn bản', 'document-kind.update': 'sửa loại văn bản', 'document-kind.delete': 'xóa loại văn bản', 'document-kind.move': 'đổi thứ tự loại văn bản',
      'document-issuer.create': 'thêm cơ quan ban hành', 'document-issuer.update': 'sửa cơ quan ban hành', 'document-issuer.delete': 'xóa cơ quan ban hành', 'document-issuer.move': 'đổi thứ tự cơ quan ban hành',
      'document-field.create': 'thêm lĩnh vực văn bản', 'document-field.update': 'sửa lĩnh vực văn bản', 'document-field.delete': 'xóa lĩnh vực văn bản', 'document-field.move': 'đổi thứ tự lĩnh vực văn bản',
    },
    names: {
      document: namesFrom('documents', 'number'), 'document-kind': namesFrom('document_kinds', 'name'),
      'document-issuer': namesFrom('document_issuers', 'name'), 'document-field': namesFrom('document_fields', 'name'),
    },
  },
  provide: ({ db, events, clock }) => ({ documents: new DocumentService({ db, events, clock }) }),
  jobs: ({ services }) => services.documents.jobs(),
  nav: [
    { label: 'Văn bản', href: '/toa-soan/van-ban', right: 'document.edit' },
    { label: 'Danh mục văn bản', href: `${LISTS_PATH}/loai`, right: 'document.edit' },
  ],
  newsroomRoutes: (ctx) => {
    const lists = documentListsRoutes({ db: ctx.db, clock: ctx.clock, events: ctx.events })
    const documents = documentNewsroomRoutes(ctx)
    return async (app) => {
      await app.register(lists)
      await app.register(documents)
    }
  },
  dashboard: ({ db, services }) => documentsDashboard({ db, workingDays: services.workingDays }),
  seedDemo: ({ db, now }) => seedDocumentsDemo(db, now),
}
