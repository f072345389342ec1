// The register's page-cache tags, purged on 'documents.changed' (documents.module.ts).

/** Page-cache tag of the register's list pages and the "Văn bản mới" block. */
export const DOCUMENT_LIST_TAG = 'documents'
/** Page-cache tag of one document's page. */
export const documentTag = (id: number) => `document:${id}`
