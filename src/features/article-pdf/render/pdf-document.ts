import PDFDocument from 'pdfkit'
import type { Block, ImageRef } from '../article-blocks.ts'
import type { FaceName, PdfFace } from './faces.ts'
import type { ImageSource, PdfImage } from './images.ts'
import { Typesetter, type BaseStyle, type Span } from './pdf-typesetter.ts'

// An article as an A4 PDF: its title, date, byline and address at the top, its lead, lead image
// and body (paragraphs, headings, lists, quotes, tables, images and galleries with captions,
// videos as their poster and link), and on every page the portal's name, the article's address
// and the page number. The layout runs in slices, giving the event loop back between them.

export interface PdfArticle {
  siteName: string
  category: string
  title: string
  dateText: string
  byline: string
  /** Where the text came from ("Theo Báo Bình Định"), when not the byline itself. */
  sourceNote: string
  lead: string
  leadImage: { ref: ImageRef; caption: string } | undefined
  blocks: Block[]
  /** The article's absolute address (PUBLIC_URL). */
  url: string
  /** The PDF's own dates: the article's, so the same article gives the same file. */
  updatedAt: Date
  keywords: string[]
}

/** The PDF's words, in the portal's language, with {placeholders} (plain data: they cross to the worker). */
export interface PdfWords {
  /** Before the article's address: "Địa chỉ bài viết: ". */
  address: string
  /** "Trang {n}/{total}" */
  page: string
  /** Before a gallery photo's caption: "Ảnh {index}/{all}." */
  photo: string
  /** Before a video's caption. */
  video: string
  /** An image the PDF could not show: "[Ảnh: {alt}]" */
  missingImage: string
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = { top: 56, bottom: 64, left: 62, right: 62 }
const TEXT = '#1a1a1a'
const MUTED = '#555555'
const RULE = '#bbbbbb'
const INDENT = 18

/** Gives the event loop back every few milliseconds of layout. */
export type Pace = () => Promise<void>

export function slicedPace(sliceMs = 8): Pace {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < sliceMs) return
    await new Promise((resume) => setImmediate(resume))
    since = performance.now()
  }
}

export async function renderArticlePdf(article: PdfArticle, faces: Record<FaceName, PdfFace>, images: ImageSource, words: PdfWords, pace: Pace): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margins: MARGIN, bufferPages: true, autoFirstPage: true, lang: 'vi-VN', displayTitle: true,
    info: {
      Title: article.title, Author: article.byline || article.siteName, Subject: article.lead.slice(0, 500), Keywords: article.keywords.join(', '),
      Creator: article.siteName, CreationDate: article.updatedAt, ModDate: article.updatedAt,
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const writer = new PdfWriter(doc, faces, images, words, pace)
  await writer.article(article)
  writer.footers(article)
  doc.end()
  return done
}

class PdfWriter {
  readonly #set: Typesetter
  #y = MARGIN.top
  /** How many quotes the text is inside: each draws its bar beside the lines. */
  #quoteDepth = 0
  /** An image shown twice (a gallery repeating the lead photo) is embedded once. */
  readonly #opened = new Map<PdfImage, OpenedImage>()
  readonly #width = A4.width - MARGIN.left - MARGIN.right
  readonly #bottom = A4.height - MARGIN.bottom

  constructor(private readonly doc: PDFKit.PDFDocument, faces: Record<FaceName, PdfFace>, private readonly images: ImageSource, private readonly words: PdfWords, private readonly pace: Pace) {
    this.#set = new Typesetter(doc, faces)
  }

  async article(a: PdfArticle): Promise<void> {
    await this.text([{ text: [a.siteName, a.category].filter(Boolean).join(' · '), style: {} }], { family: 'sans', size: 9, color: MUTED }, 0, 6)
    await this.text([{ text: a.title, style: {} }], { family: 'sans', size: 20, color: TEXT, bold: true, leading: 1.3 }, 0, 6)
    await this.text([{ text: [a.dateText, a.byline].filter(Boolean).join(' · '), style: {} }], { family: 'sans', size: 10, color: MUTED }, 0, 2)
    await this.text([{ text: this.words.address, style: {} }, { text: a.url, style: { link: a.url } }], { family: 'sans', size: 9, color: MUTED }, 0, 8)
    this.rule()
    if (a.lead) await this.text([{ text: a.lead, style: {} }], { family: 'serif', size: 12, color: TEXT, bold: true }, 0, 10)
    if (a.leadImage) await this.figure(a.leadImage.ref, a.leadImage.caption ? [{ text: a.leadImage.caption, style: {} }] : [], undefined)
    await this.blocks(a.blocks, 0)
    if (a.byline) await this.text([{ text: a.byline, style: {} }], { family: 'serif', size: 11, color: TEXT, bold: true }, 0, 4)
    if (a.sourceNote) await this.text([{ text: a.sourceNote, style: {} }], { family: 'serif', size: 10, color: MUTED, italic: true }, 0, 4)
  }

  async blocks(blocks: readonly Block[], indent: number): Promise<void> {
    for (const block of blocks) {
      await this.block(block, indent)
      await this.pace()
    }
  }

  async block(block: Block, indent: number): Promise<void> {
    switch (block.kind) {
      case 'paragraph': return this.text(block.spans, body(), indent, 8)
      case 'heading': {
        const size = { 2: 15, 3: 13, 4: 12 }[block.level]
        const base: BaseStyle = { family: 'sans', size, color: TEXT, bold: true, leading: 1.3 }
        this.#y += 6
        // A heading is not left alone at the foot of a page.
        this.ensure(this.#set.set(block.spans, base, this.#width - indent).height + 3 * 11 * 1.45)
        return this.text(block.spans, base, indent, 4)
      }
      case 'list': {
        let n = 0
        for (const item of block.items) {
          n++
          // The marker first, beside where the item's first line goes (a viewer copies them in this order).
          this.ensure(body().size * 1.45)
          this.#set.drawLine(this.#set.set([{ text: block.ordered ? `${n}.` : '•', style: {} }], body(), INDENT).lines[0]!, MARGIN.left + indent, this.#y)
          await this.blocks(item.length > 0 ? item : [{ kind: 'paragraph', spans: [] }], indent + INDENT)
        }
        this.#y += 2
        return
      }
      case 'quote': {
        this.#quoteDepth++
        await this.blocks(block.blocks, indent + INDENT)
        this.#quoteDepth--
        return
      }
      case 'rule': return this.rule()
      case 'figure': {
        const label = block.position ? [{ text: `${fill(this.words.photo, { index: block.position.index, all: block.position.count })} `, style: { bold: true } }] : []
        return this.figure(block.image, [...label, ...block.caption], indent)
      }
      case 'video': {
        if (block.poster) await this.figure(block.poster, [], indent)
        const link = block.watchUrl ?? ''
        return this.text([{ text: `${this.words.video} `, style: { bold: true } }, ...block.caption, ...(link ? [{ text: ` ${link}`, style: { link } }] : [])],
          { family: 'sans', size: 9, color: MUTED }, indent, 10)
      }
      case 'table': return this.table(block, indent)
    }
  }

  /** Sets spans as lines, a new page whenever the next line would not fit. */
  async text(spans: readonly Span[], base: BaseStyle, indent: number, after: number): Promise<void> {
    if (!spans.some((s) => s.text.trim())) return
    const set = this.#set.set(spans, base, this.#width - indent)
    for (const line of set.lines) {
      this.ensure(set.lineHeight)
      this.#set.drawLine(line, MARGIN.left + indent, this.#y)
      for (let depth = 0; depth < this.#quoteDepth; depth++) {
        this.doc.rect(MARGIN.left + depth * INDENT + 2, this.#y, 2.5, set.lineHeight).fill(RULE)
      }
      this.#y += set.lineHeight
      await this.pace()
    }
    this.#y += after
  }

  async figure(ref: ImageRef, caption: readonly Span[], indent: number | undefined): Promise<void> {
    const left = indent ?? 0
    const image = this.images.get(ref)
    if (!image) {
      const missing = ref.alt ? fill(this.words.missingImage, { alt: ref.alt }) : ''
      return this.text([...(missing ? [{ text: missing, style: { italic: true } }] : []), ...(caption.length && missing ? [{ text: ' ', style: {} }] : []), ...caption],
        { family: 'sans', size: 9, color: MUTED }, left, 10)
    }
    const maxWidth = this.#width - left
    const maxHeight = (A4.height - MARGIN.top - MARGIN.bottom) * 0.6
    const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 1.2)
    const width = image.width * scale
    const height = image.height * scale
    const captionSet = this.#set.set(caption, caption_(), maxWidth)
    this.ensure(height + 4 + Math.min(captionSet.height, 40))
    let opened = this.#opened.get(image)
    if (!opened) this.#opened.set(image, (opened = openImage(this.doc, Buffer.from(image.jpeg.buffer, image.jpeg.byteOffset, image.jpeg.byteLength))))
    this.doc.image(opened as unknown as Buffer, MARGIN.left + left + (maxWidth - width) / 2, this.#y, { width, height })
    this.#y += height + 4
    await this.text(caption, caption_(), left, 12)
    if (!caption.some((s) => s.text.trim())) this.#y += 10
  }

  async table(block: Extract<Block, { kind: 'table' }>, indent: number): Promise<void> {
    const columns = Math.max(...block.rows.map((r) => r.cells.length))
    if (!Number.isFinite(columns) || columns === 0) return
    const width = (this.#width - indent) / columns
    const pad = 4
    const cellStyle = (): BaseStyle => ({ family: 'serif', size: 9.5, color: TEXT, leading: 1.35 })
    for (const row of block.rows) {
      const sets = row.cells.map((cell) => this.#set.set(cell.spans, cellStyle(), width - 2 * pad))
      const height = Math.max(...sets.map((s) => s.height), cellStyle().size * 1.35) + 2 * pad
      this.ensure(Math.min(height, this.#bottom - MARGIN.top))
      const top = this.#y
      row.cells.forEach((cell, i) => {
        const x = MARGIN.left + indent + i * width
        if (cell.header) this.doc.rect(x, top, width, height).fill('#eeeeee')
        this.doc.lineWidth(0.5).rect(x, top, width, height).stroke(RULE)
        let y = top + pad
        for (const line of sets[i]!.lines) {
          if (y + sets[i]!.lineHeight > this.#bottom) break
          this.#set.drawLine(line, x + pad, y)
          y += sets[i]!.lineHeight
        }
      })
      this.#y = top + height
      await this.pace()
    }
    this.#y += 10
  }

  rule(): void {
    this.ensure(12)
    this.doc.moveTo(MARGIN.left, this.#y + 2).lineTo(A4.width - MARGIN.right, this.#y + 2).lineWidth(0.5).stroke(RULE)
    this.#y += 12
  }

  ensure(height: number): void {
    if (this.#y + height <= this.#bottom || this.#y <= MARGIN.top) return
    this.doc.addPage()
    this.#y = MARGIN.top
  }

  /** The article's address on the left of every page's foot (smaller if need be, never cut), its number on the right. */
  footers(a: PdfArticle): void {
    const range = this.doc.bufferedPageRange()
    const y = A4.height - MARGIN.bottom + 22
    const numberStyle: BaseStyle = { family: 'sans', size: 8, color: MUTED }
    const address = [{ text: `${a.siteName} · `, style: {} }, { text: a.url, style: { link: a.url } }]
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i)
      this.doc.moveTo(MARGIN.left, y - 6).lineTo(A4.width - MARGIN.right, y - 6).lineWidth(0.5).stroke(RULE)
      const number = this.#set.set([{ text: fill(this.words.page, { n: i - range.start + 1, total: range.count }), style: {} }], numberStyle, 120).lines[0]!
      const room = this.#width - number.width - 16
      const natural = this.#set.set(address, { ...numberStyle, size: 100 }, 1e6).lines[0]!.width / 100
      const size = Math.max(5, Math.min(8, room / natural))
      const left = this.#set.set(address, { ...numberStyle, size }, room).lines[0]
      if (left) this.#set.drawLine(left, MARGIN.left, y + (8 - size))
      this.#set.drawLine(number, A4.width - MARGIN.right - number.width, y)
    }
  }
}

/** pdfkit's own openImage (missing from its type definitions): doc.image() takes what it returns and embeds it once. */
type OpenedImage = { readonly width: number; readonly height: number }
const openImage = (doc: PDFKit.PDFDocument, jpeg: Buffer): OpenedImage => (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(jpeg)

const body = (): BaseStyle => ({ family: 'serif', size: 11, color: TEXT })
const caption_ = (): BaseStyle => ({ family: 'sans', size: 9, color: MUTED, italic: true })
