import type { FaceName, FontFile, PdfFace } from './faces.ts'

// Lines of text set by hand rather than by pdfkit's own wrapping, because one word may need
// two font files (pdf-fonts.ts) and inline bold, italic and links change the face mid-line.
// Words are measured piece by piece, filled greedily into lines, and drawn at their places.

export interface InlineStyle {
  bold?: boolean
  italic?: boolean
  /** An absolute address: the words are underlined and clickable. */
  link?: string
}

export interface Span {
  text: string
  style: InlineStyle
}

export interface BaseStyle {
  family: 'serif' | 'sans'
  size: number
  color: string
  bold?: boolean
  italic?: boolean
  /** Line height as a multiple of the size. */
  leading?: number
}

interface Piece {
  text: string
  file: FontFile
  face: FaceName
  size: number
  color: string
  link: string | undefined
  width: number
}

interface Word {
  pieces: Piece[]
  width: number
  /** The width of the space after it, in its own face. */
  space: Piece
  /** A line break (<br>) follows it. */
  breakAfter: boolean
}

export interface SetLine {
  words: Word[]
  width: number
}

export interface SetText {
  lines: SetLine[]
  lineHeight: number
  height: number
}

const LINK_COLOR = '#0b4f9c'

function faceOf(base: BaseStyle, style: InlineStyle): FaceName {
  const bold = base.bold || style.bold
  const italic = base.italic || style.italic
  if (base.family === 'sans') return bold ? 'sans-bold' : 'sans'
  return bold && italic ? 'serif-bold-italic' : bold ? 'serif-bold' : italic ? 'serif-italic' : 'serif'
}

export class Typesetter {
  readonly #doc: PDFKit.PDFDocument
  readonly #faces: Record<FaceName, PdfFace>
  readonly #widths = new Map<string, number>()

  constructor(doc: PDFKit.PDFDocument, faces: Record<FaceName, PdfFace>) {
    this.#doc = doc
    this.#faces = faces
    for (const face of Object.values(faces)) for (const file of face.files) doc.registerFont(file.name, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength))
  }

  /** The width of `text` in one font file, kept for the document (news text repeats its words). */
  measure(text: string, file: FontFile, size: number): number {
    const key = `${file.name}\u0000${size}\u0000${text}`
    let width = this.#widths.get(key)
    if (width === undefined) {
      width = this.#doc.font(file.name).fontSize(size).widthOfString(text)
      this.#widths.set(key, width)
    }
    return width
  }

  /** Cuts text of one face into pieces, each drawn from one font file. */
  pieces(text: string, face: FaceName, size: number, color: string, link: string | undefined): Piece[] {
    const faces = this.#faces
    const out: Piece[] = []
    let current = ''
    let file: FontFile | undefined
    for (const char of text) {
      const next = faces[face].fileFor(char.codePointAt(0)!)
      if (file && next !== file) {
        out.push({ text: current, file, face, size, color, link, width: this.measure(current, file, size) })
        current = ''
      }
      file = next
      current += char
    }
    if (file && current) out.push({ text: current, file, face, size, color, link, width: this.measure(current, file, size) })
    return out
  }

  /** Fills the spans into lines no wider than `width`. */
  set(spans: readonly Span[], base: BaseStyle, width: number): SetText {
    const words = this.#words(spans, base)
    const lines: SetLine[] = []
    let line: SetLine = { words: [], width: 0 }
    const close = () => {
      lines.push(line)
      line = { words: [], width: 0 }
    }
    for (const word of words.flatMap((w) => this.#fit(w, width))) {
      const before = line.words.length > 0 ? line.words[line.words.length - 1]!.space.width : 0
      if (line.words.length > 0 && line.width + before + word.width > width) close()
      line.width += (line.words.length > 0 ? before : 0) + word.width
      line.words.push(word)
      if (word.breakAfter) close()
    }
    if (line.words.length > 0) close()
    const lineHeight = base.size * (base.leading ?? 1.45)
    return { lines, lineHeight, height: lines.length * lineHeight }
  }

  #words(spans: readonly Span[], base: BaseStyle): Word[] {
    const words: Word[] = []
    let pieces: Piece[] = []
    let lastFace: FaceName = faceOf(base, {})
    const endWord = (breakAfter: boolean) => {
      if (pieces.length === 0) {
        if (breakAfter && words.length > 0) words[words.length - 1]!.breakAfter = true
        return
      }
      const space = this.pieces(' ', lastFace, base.size, base.color, undefined)[0]!
      words.push({ pieces, width: pieces.reduce((sum, p) => sum + p.width, 0), space, breakAfter })
      pieces = []
    }
    for (const span of spans) {
      const face = faceOf(base, span.style)
      const color = span.style.link ? LINK_COLOR : base.color
      for (const token of span.text.split(/(\n|[ \t\r\f\u00a0]+)/)) {
        if (token === '') continue
        if (token === '\n') endWord(true)
        else if (/^[ \t\r\f\u00a0]+$/.test(token)) endWord(false)
        else {
          pieces.push(...this.pieces(token, face, base.size, color, span.style.link))
          lastFace = face
        }
      }
    }
    endWord(false)
    return words
  }

  /** A word wider than the line (a long address) is cut where it must be. */
  #fit(word: Word, width: number): Word[] {
    if (word.width <= width) return [word]
    const parts: Word[] = []
    let pieces: Piece[] = []
    let used = 0
    for (const piece of word.pieces) {
      for (const char of piece.text) {
        const w = this.measure(char, piece.file, piece.size)
        if (used + w > width && pieces.length > 0) {
          parts.push({ pieces, width: used, space: { ...word.space, width: 0, text: '' }, breakAfter: false })
          pieces = []
          used = 0
        }
        const last = pieces[pieces.length - 1]
        if (last && last.file === piece.file && last.link === piece.link && last.face === piece.face) {
          last.text += char
          last.width += w
        } else pieces.push({ ...piece, text: char, width: w })
        used += w
      }
    }
    parts.push({ pieces, width: used, space: word.space, breakAfter: word.breakAfter })
    return parts
  }

  /** Draws one line with its top at `y`; pieces of one file and style in a row go out as one. */
  drawLine(line: SetLine, x: number, y: number): void {
    const runs: Piece[] = []
    line.words.forEach((word, index) => {
      // The space between two words of one link is part of the link (one underline, one target).
      const link = word.pieces.at(-1)?.link
      const space = link && line.words[index + 1]?.pieces[0]?.link === link ? { ...word.space, link, color: word.pieces.at(-1)!.color } : word.space
      const all = index < line.words.length - 1 && word.space.text ? [...word.pieces, space] : word.pieces
      for (const piece of all) {
        const last = runs[runs.length - 1]
        if (last && last.file === piece.file && last.size === piece.size && last.color === piece.color && last.link === piece.link) {
          last.text += piece.text
          last.width += piece.width
        } else runs.push({ ...piece })
      }
    })
    let at = x
    for (const run of runs) {
      this.#doc.font(run.file.name).fontSize(run.size).fillColor(run.color)
        .text(run.text, at, y, { lineBreak: false, ...(run.link ? { link: run.link, underline: true } : {}) })
      at += run.width
    }
  }
}
