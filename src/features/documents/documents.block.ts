import type { Db } from '../../platform/db/connect.ts'
import type { Block } from '../../platform/layout/index.ts'
import { listNewestDocuments } from './public.repository.ts'
import { documentsBlockView } from './views/documents-block.view.ts'

export const NEWEST_IN_BLOCK = 5

/** "Văn bản mới": the newest documents issued, for the sidebar. */
export const documentsBlock = (db: Db): Block => ({
  id: 'documents-newest',
  title: 'Văn bản mới',
  slots: ['sidebar', 'footer'],
  // Placed by the administrator (Bố cục trang): a portal's sidebar stays as it was until then.
  render: async (locale) => documentsBlockView(await listNewestDocuments(db, NEWEST_IN_BLOCK), locale),
  // The register is kept in Vietnamese: the English pages link to it from their own list.
  languages: ['vi'],
  staleOn: ['documents.changed'],
})
