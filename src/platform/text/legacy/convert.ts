import { bytesToText } from './bytes.ts'
import { capitaliseTypedCapitals, decodeLegacy, type LegacyEncoding } from './decode.ts'
import { detectParagraph, hintFromCharset, hintFromFont, type Detection, type LegacyHint } from './detect.ts'

export interface ConvertOptions {
  /** Forces one encoding for every paragraph that is not already Unicode; 'auto' (the default) detects. */
  from?: LegacyEncoding | 'auto'
  /** The font face the text was set in (`.VnTime`, `.VnTimeH`, `VNI-Times` …), when the source says. */
  font?: string
  /** The charset the source declared, when it did. */
  charset?: string
}

export interface ParagraphReport {
  /** 1-based line of the paragraph in the input. */
  line: number
  encoding: Detection['encoding']
  /** True when the paragraph was changed (decoded from a legacy encoding). */
  converted: boolean
  /** 0–1; 1 when the encoding was given (option, font or charset). */
  confidence: number
  /** `document`: an ambiguous paragraph read in the one legacy encoding the rest of the document was found in. */
  source: 'option' | 'font' | 'charset' | 'statistics' | 'document'
  /** TCVN3 words set in capitals whose toned letters were made capitals (see decodeTcvn3Capitals). */
  capitalised?: number
  /** For an ambiguous paragraph: the readings weighed, best first. */
  candidates?: Detection['candidates']
}

export interface ConversionResult {
  text: string
  paragraphs: ParagraphReport[]
}

/**
 * Converts a text whose paragraphs (lines) may be in TCVN3, VNI, VISCII or Unicode into Unicode
 * NFC, paragraph by paragraph. The text's characters are bytes for the legacy paragraphs (a latin1
 * or Windows-1252 reading, see bytes.ts). A paragraph that is already Unicode is kept (in NFC); one
 * that no reading makes clearly Vietnamese is kept and reported (`unknown` or `ambiguous`).
 * Every non-blank paragraph gets a line in the report.
 */
export function convertLegacyText(text: string, options: ConvertOptions = {}): ConversionResult {
  const given = givenEncoding(options)
  const parts = text.split(/(\r?\n)/)
  const paragraphs: ParagraphReport[] = []
  let line = 1
  const indexes: number[] = []
  const out = parts.map((part, i) => {
    if (i % 2 === 1) {
      line++
      return part
    }
    if (part.trim() === '') return part
    const { text: converted, report } = convertParagraph(part, given)
    paragraphs.push({ line, ...report })
    indexes.push(i)
    return converted
  })
  // A short paragraph (a title, a caption) is often ambiguous alone. When the statistics found
  // exactly one legacy encoding in the rest of the document, and that encoding reads the
  // paragraph as Vietnamese with nothing wrong, it is used, and reported as from the document.
  const found = new Set(paragraphs.filter((p) => p.converted && p.source === 'statistics').map((p) => p.encoding))
  if (found.size === 1) {
    const encoding = [...found][0] as LegacyEncoding
    paragraphs.forEach((paragraph, k) => {
      if (paragraph.encoding !== 'ambiguous') return
      const reading = paragraph.candidates?.find((c) => c.encoding === encoding)
      if (reading === undefined || reading.good === 0 || reading.bad > 0) return
      const decoded = decodeTcvn3Capitals(parts[indexes[k]!]!, { encoding, capitals: false })
      out[indexes[k]!] = decoded.text
      paragraphs[k] = { line: paragraph.line, encoding, converted: true, confidence: paragraph.confidence, source: 'document', ...capitalised(decoded.capitalised) }
    })
  }
  return { text: out.join(''), paragraphs }
}

/** The same from bytes (a file): lines that are valid UTF-8 are Unicode, the others bytes. */
export function convertLegacyBytes(bytes: Uint8Array, options: ConvertOptions = {}): ConversionResult {
  return convertLegacyText(bytesToText(bytes), options)
}

type Given = (LegacyHint & { source: 'option' | 'font' | 'charset' }) | undefined

function givenEncoding(options: ConvertOptions): Given {
  if (options.from !== undefined && options.from !== 'auto') {
    const font = options.font === undefined ? undefined : hintFromFont(options.font)
    return { encoding: options.from, capitals: font?.encoding === options.from && font.capitals, source: 'option' }
  }
  const font = options.font === undefined ? undefined : hintFromFont(options.font)
  if (font !== undefined) return { ...font, source: 'font' }
  const charset = options.charset === undefined ? undefined : hintFromCharset(options.charset)
  if (charset !== undefined) return { ...charset, source: 'charset' }
  return undefined
}

function convertParagraph(text: string, given: Given): { text: string; report: Omit<ParagraphReport, 'line'> } {
  const detection = detectParagraph(text)
  const kept = (source: ParagraphReport['source']): { text: string; report: Omit<ParagraphReport, 'line'> } => ({
    text: text.normalize('NFC'),
    report: {
      encoding: detection.encoding,
      converted: false,
      confidence: detection.confidence,
      source,
      ...(detection.encoding === 'ambiguous' || detection.encoding === 'unknown' ? { candidates: detection.candidates } : {}),
    },
  })
  // Text that is already Unicode (a character no byte reading makes) or plain ASCII stays, whatever was declared.
  if (detection.encoding === 'unicode' && detection.candidates.length === 0) return kept(given?.source ?? 'statistics')
  if (detection.encoding === 'ascii') return kept(given?.source ?? 'statistics')
  if (given !== undefined) {
    const decoded = decodeTcvn3Capitals(text, given)
    return { text: decoded.text, report: { encoding: given.encoding, converted: decoded.text !== text, confidence: 1, source: given.source, ...capitalised(decoded.capitalised) } }
  }
  const encoding = detection.encoding
  if (encoding === 'tcvn3' || encoding === 'vni' || encoding === 'viscii') {
    const decoded = decodeTcvn3Capitals(text, { encoding, capitals: false })
    return { text: decoded.text, report: { encoding, converted: true, confidence: detection.confidence, source: 'statistics', ...capitalised(decoded.capitalised) } }
  }
  return kept('statistics')
}

const capitalised = (count: number): { capitalised?: number } => (count > 0 ? { capitalised: count } : {})

function decodeTcvn3Capitals(text: string, hint: LegacyHint): { text: string; capitalised: number } {
  const decoded = decodeLegacy(text, hint.encoding, { capitals: hint.capitals })
  if (hint.encoding !== 'tcvn3' || hint.capitals) return { text: decoded, capitalised: 0 }
  return capitaliseTypedCapitals(decoded)
}
