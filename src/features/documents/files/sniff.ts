import { open } from 'node:fs/promises'
import { ACCEPTED_KINDS_VI, type FileKind } from './file-kinds.ts'
import { compoundFileNames, isCompoundFile, readAt } from './ole.ts'
import { firstStoredEntry, openZipParts } from './zip-parts.ts'

// What a file is, judged from its bytes and, for containers, from inside them: a DOC and an MSI
// installer are both OLE compound files, a DOCX and a JAR or APK are all ZIPs. The name and the
// browser's Content-Type are never believed.

export type Judgement = { kind: FileKind } | { refused: string; refusedEn: string }

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
const SHEET_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'
const ODT = 'application/vnd.oasis.opendocument.text'
const HEAD_BYTES = 4096

const refuse = (vi: string, en: string): Judgement => ({ refused: `${vi} Chỉ nhận tệp ${ACCEPTED_KINDS_VI}.`, refusedEn: `${en} Accepted: PDF, DOC, DOCX, XLS, XLSX, ODT, JPG, PNG.` })
const EXECUTABLE = refuse('Tệp này là một chương trình chạy được, không phải văn bản, dù tên tệp có thể ghi khác.', 'The file is an executable program, whatever its name says.')
const UNKNOWN = refuse('Không nhận ra loại tệp này.', 'The file is of a type that is not accepted.')
const EMPTY = refuse('Tệp rỗng.', 'The file is empty.')
const BROKEN = (what: string) => refuse(`Tệp ${what} bị hỏng hoặc không đọc được.`, `The ${what} file is damaged.`)

export async function judgeFile(path: string): Promise<Judgement> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    if (size === 0) return EMPTY
    const head = await readAt(file, 0, HEAD_BYTES)
    if (isExecutable(head)) return EXECUTABLE
    if (head.subarray(0, 5).toString('latin1') === '%PDF-') return { kind: 'pdf' }
    if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { kind: 'jpg' }
    if (head.subarray(0, 8).equals(PNG)) return { kind: 'png' }
    if (isCompoundFile(head)) return judgeCompound(await compoundFileNames(file, size))
    if (head.readUInt32LE(0) === 0x04034b50) return await judgeZip(path, head)
    return UNKNOWN
  } finally {
    await file.close()
  }
}

const PNG = Buffer.from('89504e470d0a1a0a', 'hex')

/** Windows (MZ), Linux (ELF), macOS (Mach-O) programs and scripts (#!), whatever they are named. */
function isExecutable(head: Buffer): boolean {
  if (head.length < 4) return head.subarray(0, 2).toString('latin1') === 'MZ' || head.subarray(0, 2).toString('latin1') === '#!'
  const start = head.subarray(0, 2).toString('latin1')
  const magic = head.readUInt32BE(0)
  return start === 'MZ' || start === '#!' || magic === 0x7f454c46 ||
    [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic)
}

function judgeCompound(names: string[] | undefined): Judgement {
  if (!names) return BROKEN('DOC/XLS')
  if (names.includes('WordDocument')) return { kind: 'doc' }
  if (names.includes('Workbook') || names.includes('Book')) return { kind: 'xls' }
  return refuse('Tệp này là một gói cài đặt hoặc tệp Office không phải văn bản Word hay bảng tính Excel.', 'The compound file is neither a Word document nor an Excel workbook (an installer?).')
}

async function judgeZip(path: string, head: Buffer): Promise<Judgement> {
  const first = firstStoredEntry(head)
  const zip = await openZipParts(path)
  if (!zip) return BROKEN('nén (ZIP)')
  try {
    // Java and Android programs are ZIPs too; one that also claims to be a document is still a program.
    if (zip.names.some((n) => n === 'META-INF/MANIFEST.MF' || n === 'AndroidManifest.xml' || n === 'classes.dex' || n.endsWith('.class'))) {
      return refuse('Tệp này là một chương trình Java hoặc Android (JAR, APK), không phải văn bản.', 'The file is a Java or Android program (JAR, APK).')
    }
    if (first?.name === 'mimetype') {
      return first.content?.toString('latin1') === ODT ? { kind: 'odt' } : refuse('Tệp OpenDocument này không phải văn bản (ODT).', 'The OpenDocument package is not a text document (ODT).')
    }
    const types = (await zip.read('[Content_Types].xml', 1024 * 1024))?.toString('utf8')
    if (types !== undefined) {
      const main = mainPartType(types)
      if (main === WORD_MAIN) return { kind: 'docx' }
      if (main === SHEET_MAIN) return { kind: 'xlsx' }
    }
    return refuse('Tệp nén này không phải văn bản Word (DOCX) hay bảng tính Excel (XLSX).', 'The ZIP file is not a Word document (DOCX) or an Excel workbook (XLSX).')
  } finally {
    zip.close()
  }
}

/** The content type [Content_Types].xml gives the package's main part (the Word document, the workbook). */
function mainPartType(types: string): string | undefined {
  for (const [, attributes] of types.matchAll(/<Override\b([^>]*)>/g)) {
    const contentType = /ContentType\s*=\s*"([^"]*)"/.exec(attributes!)?.[1]
    if (contentType === WORD_MAIN || contentType === SHEET_MAIN) return contentType
  }
  return undefined
}
