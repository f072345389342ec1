import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import type { FileTextState } from '../document.ts'
import type { FileKind } from './file-kinds.ts'
import { looksLikeLegacyEncoding } from './legacy-encoding.ts'
import { openZipParts } from './zip-parts.ts'

// The text of an attached file, read when it is uploaded so that readers' search finds words
// inside it. Bounded: past these limits the file is kept but its text is not read ('none').

/** A PDF larger than this is kept without its text (pdf.js holds the whole file in memory). */
export const MAX_PDF_BYTES_TO_READ = 64 * 1024 * 1024
const MAX_PAGES = 500
const MAX_DOCUMENT_XML = 64 * 1024 * 1024
/** What search needs of one file; the rest is dropped. */
export const MAX_TEXT_CHARS = 1_000_000
const PDF_TIMEOUT_MS = 30_000
/** Fewer letters than this in a whole PDF: a scan with no text layer (a page number or two at most). */
const MIN_LETTERS = 16

export interface FileText {
  text: string
  state: FileTextState
}

export async function readFileText(kind: FileKind, path: string): Promise<FileText> {
  let text: string | undefined
  if (kind === 'pdf') text = await pdfText(path)
  else if (kind === 'docx') text = await docxText(path)
  if (text === undefined) return { text: '', state: 'none' }
  // Control characters are never text: some fonts' marks come out as one (with a space before it
  // where the mark was drawn back over its letter: "đị \x04nh" for "định").
  text = text.replace(/ ?[\u0000-\u0008\u000b-\u001f\u007f]/g, '').normalize('NFC').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim().slice(0, MAX_TEXT_CHARS)
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return { text, state: kind === 'pdf' ? 'no_text' : 'ok' }
  return { text, state: looksLikeLegacyEncoding(text) ? 'legacy_encoding' : 'ok' }
}

/**
 * The texts of the last PDFs read, by their bytes' hash: the same file attached again (one circular
 * sent with several documents, an import run twice, every new portal's demo PDFs) is not read
 * again. Each reading starts a worker that loads pdf.js, about a third of a second of CPU.
 */
const KEPT_PDF_TEXTS = 32
/** A longer text is not kept (32 of the longest would hold 64 MB). */
const MAX_KEPT_CHARS = 100_000
const keptPdfTexts = new Map<string, string>()

/** The PDF's text from a worker thread, or undefined when pdf.js cannot read it in time (the worker is stopped). */
async function pdfText(path: string): Promise<string | undefined> {
  if ((await stat(path)).size > MAX_PDF_BYTES_TO_READ) return undefined
  const hash = createHash('sha256').update(await readFile(path)).digest('hex')
  const kept = keptPdfTexts.get(hash)
  if (kept !== undefined) return kept
  const text = await readPdfInWorker(path)
  // A PDF not read (timed out on a busy machine) is tried again the next time.
  if (text === undefined || text.length > MAX_KEPT_CHARS) return text
  keptPdfTexts.set(hash, text)
  if (keptPdfTexts.size > KEPT_PDF_TEXTS) keptPdfTexts.delete(keptPdfTexts.keys().next().value!)
  return text
}

async function readPdfInWorker(path: string): Promise<string | undefined> {
  const worker = new Worker(new URL('./pdf-text-worker.mjs', import.meta.url), {
    workerData: { path, maxPages: MAX_PAGES, maxChars: MAX_TEXT_CHARS },
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  })
  try {
    return await new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), PDF_TIMEOUT_MS)
      const finish = (text: string | undefined) => { clearTimeout(timer); resolve(text) }
      worker.once('message', (answer: { text?: string; error?: string }) => finish(answer.text))
      worker.once('error', () => finish(undefined))
      worker.once('exit', () => finish(undefined))
    })
  } finally {
    await worker.terminate()
  }
}

async function docxText(path: string): Promise<string | undefined> {
  const zip = await openZipParts(path)
  if (!zip) return undefined
  try {
    const xml = await zip.read('word/document.xml', MAX_DOCUMENT_XML)
    return xml === undefined ? undefined : wordXmlText(xml.toString('utf8'))
  } finally {
    zip.close()
  }
}

/** The text of WordprocessingML: runs' <w:t>, tabs and breaks as spaces, one line a paragraph. */
export function wordXmlText(xml: string): string {
  const body = xml.replace(/<w:tab\/>|<w:br\/>/g, ' ').replace(/<\/w:p>/g, '\n')
  let text = ''
  for (const [, inner] of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|(\n)/g)) text += inner ?? '\n'
  return decodeEntities(text)
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, code: string) => {
    if (code[0] === '#') {
      const value = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1))
      return value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff) ? String.fromCodePoint(value) : ''
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[code.toLowerCase()]!
  })
}
