// The kinds of file a document may carry, judged from their bytes (sniff.ts), never from the
// name or the browser's word. Each kind says how it is served and whether its text is read.

export const FILE_KINDS = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf', label: 'PDF', inline: true },
  doc: { mediaType: 'application/msword', extension: 'doc', label: 'Word (DOC)', inline: false },
  xls: { mediaType: 'application/vnd.ms-excel', extension: 'xls', label: 'Excel (XLS)', inline: false },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word (DOCX)', inline: false },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', label: 'Excel (XLSX)', inline: false },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt', label: 'OpenDocument (ODT)', inline: false },
  jpg: { mediaType: 'image/jpeg', extension: 'jpg', label: 'Ảnh JPG', inline: true },
  png: { mediaType: 'image/png', extension: 'png', label: 'Ảnh PNG', inline: true },
} as const

export type FileKind = keyof typeof FILE_KINDS

/** The kind a stored media type stands for (document_files.media_type holds one of FILE_KINDS'). */
export function kindOfMediaType(mediaType: string): FileKind | undefined {
  return (Object.keys(FILE_KINDS) as FileKind[]).find((kind) => FILE_KINDS[kind].mediaType === mediaType)
}

/** What the newsroom is told a document may carry. */
export const ACCEPTED_KINDS_VI = 'PDF, DOC, DOCX, XLS, XLSX, ODT, hoặc ảnh chụp JPG, PNG'
