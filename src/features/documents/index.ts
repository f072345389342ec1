export { documentsModule, DOCUMENT_LIST_TAG, documentTag } from './documents.module.ts'
export * from './document.ts'
export { DocumentService, type DocumentActor, type DocumentInput, type DocumentRelationInput } from './document.service.ts'
export {
  findDocument, findDocumentRecord, listDocuments, relationsOf,
  type DocumentDetail, type DocumentFileView, type DocumentListItem, type DocumentListPage, type DocumentRecord, type DocumentRef,
  type DocumentRelationView, type NewsroomDocumentFilter,
} from './document.repository.ts'
export * from './lists.repository.ts'
export { proposeValidity, type Replacement, type ValidityFacts } from './validity.ts'
// Attached files as other modules' uploads use them: judged from their bytes, served under their name.
export { attachDocumentFile, contentDisposition, FILE_KINDS, fileSize, judgeFile, uploadedName, type FileKind, type Judgement } from './files/index.ts'
