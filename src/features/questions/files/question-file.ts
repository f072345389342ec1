import type { Locale } from '../../../platform/i18n/index.ts'

// A question's attachment, "as with documents": the kinds the register accepts, judged from the
// bytes; a limit small enough for a citizen's phone photo or scan, far under the register's.

/** 10 MB: a scanned page or two, a phone photo; larger is refused before anything is stored. */
export const QUESTION_FILE_MAX_BYTES = 10 * 1024 * 1024

export interface QuestionFile {
  id: number
  questionId: number
  storageKey: string
  fileName: string
  mediaType: string
  bytes: number
  sha256: string
  /** Published with the answer by the answerer's choice; otherwise the newsroom's only. */
  isPublic: boolean
  uploadedAt: Date
}

/** "820 KB", "2,4 MB", in the page's language. */
export function fileSizeText(bytes: number, locale: Locale): string {
  if (bytes < 1024 * 1024) return `${locale.number(Math.max(1, Math.round(bytes / 1024)))} KB`
  return `${locale.number(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`
}
