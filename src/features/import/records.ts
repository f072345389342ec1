// What every importer hands over, whatever it reads (a WordPress WXR file, a Ghost export, a
// saved site, a NukeViet database): items in the newsroom's words, each named by its id in the
// source. The importer reads; the import sink (import-sink.ts) writes, matches items already
// imported by that id (so a second run creates nothing twice) and remembers old addresses.
//
// A reference (`…Ref`) is another record's `sourceId` in the same source. Records may come in
// any order: a child page before its parent, a post before the attachment that is its
// featured image. The sink links what it can at once and the rest when the run ends.

/** Where the text came from, so legacy encodings (TCVN3, VNI, VISCII) can be told apart. */
export interface TextHints {
  /** Font faces named around the text: ".VnTime", ".VnTimeH", "VNI-Times". */
  fontFaces?: string[]
  /** A charset the source declares ("windows-1258", "viscii"…), when it declares one. */
  declaredCharset?: string
}

export type ImportStatus = 'published' | 'draft' | 'pending' | 'scheduled'

export interface CategoryRecord {
  kind: 'category'
  sourceId: string
  /** As the source writes it, in Vietnamese: "Tin tức – Sự kiện", never a slug turned back into words. */
  name: string
  /** The source's slug, kept when it is a valid one; else made from the name. */
  slug?: string
  parentRef?: string
  description?: string
  /** Paths (and query forms) the old site answered for it: "/category/tin-tuc/", "/?cat=3". */
  oldAddresses: string[]
}

export interface TagRecord {
  kind: 'tag'
  sourceId: string
  name: string
  slug?: string
  oldAddresses: string[]
}

export interface AuthorRecord {
  kind: 'author'
  sourceId: string
  /** How the byline shows them. */
  displayName: string
  email?: string
  login?: string
}

export interface MediaRecord {
  kind: 'media'
  sourceId: string
  /** The file on this machine (from --uploads, --images, a saved site); absent when not supplied. */
  file?: string
  /** The address the file had on the old site; bodies that name it are rewritten to the new one. */
  oldUrls: string[]
  originalName: string
  alt?: string
  caption?: string
}

export interface ArticleRecord {
  kind: 'article'
  sourceId: string
  title: string
  lead?: string
  /** HTML as the source has it, already free of the source's own markup (shortcodes, block comments); the sink sanitises it. */
  bodyHtml: string
  status: ImportStatus
  /** The source's slug ("dan-van-kheo"), kept when it is a valid one and free; else made from the title. */
  slug?: string
  /** Publication time (scheduled: when it goes out); absent for a draft never published. */
  publishedAt?: Date
  updatedAt?: Date
  categoryRefs: string[]
  /** Tags by name (sources that list tag records may also name them here). */
  tags: string[]
  authorRef?: string
  /** A byline written out ("T/h: Lê Hải"), when the source has one rather than an author. */
  byline?: string
  featuredMediaRef?: string
  /** Where the article said it came from (a newspaper, an agency). */
  source?: string
  oldAddresses: string[]
  /** What was changed or dropped on the way ("shortcode [gallery] dropped", "private post imported as a draft"). */
  notes: string[]
  textHints?: TextHints
}

export interface PageRecord {
  kind: 'page'
  sourceId: string
  title: string
  bodyHtml: string
  status: ImportStatus
  parentRef?: string
  slug?: string
  publishedAt?: Date
  oldAddresses: string[]
  notes: string[]
  textHints?: TextHints
}

export interface CommentRecord {
  kind: 'comment'
  sourceId: string
  /** The article (or page, whose comments are dropped with a note) it was left on. */
  articleRef: string
  parentRef?: string
  authorName: string
  authorEmail?: string
  /** Plain text; HTML in the source is reduced to text by the sink. */
  body: string
  status: 'approved' | 'pending' | 'spam'
  createdAt: Date
}

/** A legal document for the documents register (NukeViet's laws module). */
export interface DocumentRecord {
  kind: 'document'
  sourceId: string
  /** Số, ký hiệu: "12/2021/QĐ-UBND". */
  number: string
  /** Trích yếu. */
  summary: string
  /** Loại văn bản as the source names it ("Quyết định"). */
  documentKind: string
  issuer?: string
  signer?: string
  issuedOn?: Date
  effectiveOn?: Date
  /** Attached files on this machine, when supplied. */
  files: { file: string; originalName: string }[]
  oldAddresses: string[]
}

/** An answered question for Hỏi đáp (NukeViet's FAQ module). */
export interface QuestionRecord {
  kind: 'question'
  sourceId: string
  title: string
  question: string
  answerHtml: string
  askerName?: string
  topic?: string
  askedAt?: Date
  answeredAt?: Date
  oldAddresses: string[]
}

/** An old address that names no item (a feed, a renamed section): answered 301 to `to`. */
export interface AddressRecord {
  kind: 'address'
  sourceId: string
  from: string
  /** A path on this portal. */
  to: string
}

export type ImportRecord =
  | CategoryRecord | TagRecord | AuthorRecord | MediaRecord | ArticleRecord | PageRecord
  | CommentRecord | DocumentRecord | QuestionRecord | AddressRecord

/** A reason the source cannot be imported at all, found by the validation pass: nothing is written. */
export class MalformedSourceError extends Error {
  constructor(readonly where: { file: string; line?: number; column?: number }, problem: string) {
    super(`${where.file}${where.line !== undefined ? `:${where.line}` : ''}${where.column !== undefined ? `:${where.column}` : ''}: ${problem}`)
    this.name = 'MalformedSourceError'
  }
}

/** Something the reader met and did not carry over, or carried over changed: in the summary, per item. */
export interface SourceProblem {
  sourceId?: string
  line?: number
  problem: string
}

/**
 * One source read twice: `validate` reads it all and writes nothing (a malformed source throws
 * MalformedSourceError here, with its line); `records` reads it again and yields what to import,
 * streaming, so a 1 GB file never sits in memory.
 */
export interface ImportSource {
  /** "wordpress", "ghost", "html", "nukeviet", "jsonl": the first half of every source id kept. */
  readonly name: string
  /** `skipped`: what the source holds and will not import, by reason ("saved page matched no rule of the map"), for the summary. */
  validate(problem: (p: SourceProblem) => void): Promise<{ items: number; skipped?: { reason: string; count: number }[] }>
  records(problem: (p: SourceProblem) => void): AsyncIterable<ImportRecord>
  close?(): Promise<void>
}
