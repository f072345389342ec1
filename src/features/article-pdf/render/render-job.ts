import type { PdfImage } from './images.ts'
import type { PdfArticle, PdfWords } from './pdf-document.ts'

/** What the portal sends the PDF worker: plain data, copied across. */
export interface RenderJob {
  id: number
  article: PdfArticle
  images: [string, PdfImage][]
  words: PdfWords
}

export type RenderResult = { id: number; pdf: Uint8Array } | { id: number; error: string }
