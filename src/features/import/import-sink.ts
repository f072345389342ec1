import { access } from 'node:fs/promises'
import type { ControlledTransaction } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import type { Database } from '../../platform/db/schema.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { bodyText, insertArticle, sanitizeArticleBody, tagUrl, type ArticleStatus, type LeadImage } from '../articles/index.ts'
import { insertCategory, listAllCategories, reservedSlugProblem, type ReservedPrefixes } from '../categories/index.ts'
import { EMAIL, insertUser, normaliseEmail } from '../accounts/index.ts'
import { insertComment } from '../comments/index.ts'
import { CENTRE, findMedia, imageSources, thumbSrcset, type MediaItem, type MediaLibrary } from '../media/index.ts'
import { insertPage } from '../pages/index.ts'
import { splitByline } from './jsonl-article.ts'
import { allImported, findImported, keepOldAddresses, logImportChange, rememberImported, type AddressTarget, type ImportedKind } from './import-ledger.ts'
import { readHtml, readPlainText } from './legacy-text.ts'
import { RegisterWriters } from './register-writers.ts'
import { normaliseOldAddress } from './old-address.ts'
import type {
  AddressRecord, ArticleRecord, CategoryRecord, CommentRecord, DocumentRecord, ImportRecord, QuestionRecord, ImportStatus, MediaRecord, PageRecord, SourceProblem, TextHints,
} from './records.ts'

// Writes what an importer reads (records.ts) into the portal: each item with the note of its
// source id, in the same transaction (a batch of items, see #transaction), so an import killed at
// any moment resumes where it stopped and a second run creates nothing twice. An item imported before is left as
// it is (it may have been edited in the newsroom since): skipped, "already imported".
// Links to items not read yet (a child page before its parent, a post before the attachment
// that is its picture) are made when the run ends.

export interface SinkOptions {
  /** "wordpress", "ghost"…: the source ids are kept under it. */
  source: string
  now: Date
  reservedPrefixes: ReservedPrefixes
  /** Absent: pictures are counted and reported, not stored (a dry run). */
  media?: MediaLibrary
  /** Where the documents' files go (the media storage); absent: documents come without their files. */
  storage?: MediaStorage
  /** MEDIA_PUBLIC_URL, when pictures are served from elsewhere. */
  mediaBase?: string
  /** Where items without a category go: created when first needed. */
  defaultCategory?: { name: string; slug: string }
  /**
   * A dry run: the sink is given a transaction that the caller rolls back, and opens none of its
   * own; pictures are checked, not stored.
   */
  dryRun?: boolean
  /**
   * `--create-users`: an author with an e-mail address becomes a newsroom account (a reporter,
   * the least of the roles) with no password, which signs in only once an administrator has
   * invited it; an address already in the newsroom is that account.
   */
  createUsers?: boolean
  /** Told after every `changeEvery` items written, and at the end: running portals poll the change log. */
  changeEvery?: number
}

export interface KindCounts {
  created: number
  skipped: number
}

export interface ImportSummary {
  counts: Partial<Record<ImportedKind, KindCounts>>
  /** Items not imported, or not all of them, and why. */
  skipped: { kind: ImportedKind; sourceId: string; reason: string }[]
  /** What was changed on the way, per item: legacy text converted, shortcodes dropped, a private post made a draft. */
  notes: { kind: ImportedKind; sourceId: string; note: string }[]
  problems: SourceProblem[]
}

const DEFAULT_CATEGORY = { name: 'Nhập khẩu', slug: 'nhap-khau' }
/** The default category's reference, apart from any source's ids (which the ledger keeps). */
const DEFAULT_REF = '(default):'
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
/** How much of the report is kept in memory: a million-item import must not hold a million notes. */
const KEEP_AT_MOST = 5000

const ARTICLE_STATUS: Record<ImportStatus, ArticleStatus> = { published: 'published', draft: 'draft', pending: 'in_review', scheduled: 'scheduled' }

interface Deferred {
  pageParents: { pageId: number; parentRef: string; sourceId: string }[]
  commentParents: { commentId: number; parentRef: string; sourceId: string }[]
  leadImages: { articleId: number; mediaRef: string; sourceId: string }[]
  /** Articles whose bodies name pictures not read yet. */
  bodies: { articleId: number; sourceId: string }[]
}

export class ImportSink {
  readonly summary: ImportSummary = { counts: {}, skipped: [], notes: [], problems: [] }
  readonly #db: Db
  readonly #options: SinkOptions
  readonly #categories = new Map<string, CategoryRecord>()
  readonly #categoryIds = new Map<string, number>()
  readonly #tagNames = new Map<string, string>()
  readonly #authors = new Map<string, string>()
  readonly #authorAccounts = new Map<string, number>()
  readonly #articleIds = new Map<string, number>()
  readonly #pageIds = new Map<string, number>()
  readonly #commentIds = new Map<string, number>()
  readonly #media = new Map<string, MediaItem>()
  /** An old picture address (normalised, and as written) → its new address. */
  readonly #mediaUrls = new Map<string, string>()
  readonly #deferred: Deferred = { pageParents: [], commentParents: [], leadImages: [], bodies: [] }
  #takenCategorySlugs = new Set<string>()
  readonly #takenArticleSlugs = new Set<string>()
  #unlogged = 0
  #started = false
  #batch: ControlledTransaction<Database> | undefined

  constructor(db: Db, options: SinkOptions) {
    this.#db = db
    this.#options = options
  }

  problem(problem: SourceProblem): void {
    if (this.summary.problems.length < KEEP_AT_MOST) this.summary.problems.push(problem)
  }

  async write(record: ImportRecord): Promise<void> {
    if (!this.#started) await this.#start()
    switch (record.kind) {
      case 'category': return void this.#categories.set(record.sourceId, record)
      case 'tag':
        this.#tagNames.set(record.sourceId, readPlainText('tag', record.name).text)
        return this.#keepTagAddresses(record.sourceId, record.name, record.oldAddresses)
      case 'author':
        this.#authors.set(record.sourceId, readPlainText('author', record.displayName).text)
        return this.#authorAccount(record.sourceId, record.email)
      case 'media': return this.#writeMedia(record)
      case 'article': return this.#writeArticle(record)
      case 'page': return this.#writePage(record)
      case 'comment': return this.#writeComment(record)
      case 'address': return this.#writeAddress(record)
      case 'document': return this.#writeDocument(record)
      case 'question': return this.#writeQuestion(record)
    }
  }

  /** A run that failed midway: its open batch is rolled back (the resumed run writes it again). */
  async abort(): Promise<void> {
    const batch = this.#batch
    this.#batch = undefined
    await batch?.rollback().execute()
  }

  /** Every category (those no item used too), the links left for later, and the last change-log entry. */
  async finish(): Promise<ImportSummary> {
    if (!this.#started) await this.#start()
    for (const ref of this.#categories.keys()) await this.#ensureCategory(ref)
    await this.#commit()
    await this.#linkDeferred()
    await this.#commit()
    return this.summary
  }

  async #start(): Promise<void> {
    this.#started = true
    const { source } = this.#options
    for (const c of await listAllCategories(this.#db)) this.#takenCategorySlugs.add(c.slug)
    for (const [ref, id] of await allImported(this.#db, source, 'category')) this.#categoryIds.set(ref, id)
    // What this source brought before, and the slugs taken, read once: a resumed run of 100,000
    // items must not ask the database about each one.
    for (const [ref, id] of await allImported(this.#db, source, 'article')) this.#articleIds.set(ref, id)
    for (const [ref, id] of await allImported(this.#db, source, 'page')) this.#pageIds.set(ref, id)
    for (const [ref, id] of await allImported(this.#db, source, 'comment')) this.#commentIds.set(ref, id)
    for (const { slug } of await this.#db.selectFrom('articles').select('slug').execute()) this.#takenArticleSlugs.add(slug)
  }

  // ── categories ──────────────────────────────────────────────────────────────────────────

  async #ensureCategory(ref: string, seen = new Set<string>()): Promise<number | undefined> {
    const known = this.#categoryIds.get(ref)
    if (known !== undefined) {
      if (this.#categories.delete(ref)) this.#count('category', 'skipped')
      return known
    }
    const record = this.#categories.get(ref)
    if (!record) return undefined
    if (seen.has(ref)) {
      this.problem({ sourceId: ref, problem: `category "${record.name}" is its own ancestor: made a top-level category` })
      record.parentRef = undefined
    }
    seen.add(ref)
    const parentId = record.parentRef !== undefined ? await this.#ensureCategory(record.parentRef, seen) : undefined
    if (record.parentRef !== undefined && parentId === undefined) this.#note('category', ref, `its parent "${record.parentRef}" is not in the file: made a top-level category`)
    const name = readPlainText('name', record.name)
    const slug = this.#claimCategorySlug(record.slug && SLUG.test(record.slug) ? record.slug : slugify(name.text) || 'chuyen-muc', parentId === undefined)
    const now = this.#options.now
    const id = await this.#transaction(async (trx) => {
      const id = await insertCategory(trx, { parentId: parentId ?? null, slug, name: name.text.slice(0, 200), description: readPlainText('description', record.description ?? '').text }, now)
      // The default category is found again by its slug, not by a source id it never had.
      if (!ref.startsWith(DEFAULT_REF)) await rememberImported(trx, { source: this.#options.source, kind: 'category', sourceId: ref, targetId: id }, now)
      await this.#keepAddresses(trx, 'category', ref, record.oldAddresses, { kind: 'category', id })
      return id
    })
    this.#categories.delete(ref)
    this.#categoryIds.set(ref, id)
    for (const note of name.notes) this.#note('category', ref, note)
    this.#count('category', 'created')
    return id
  }

  /** Category slugs are unique site-wide, and a top-level one may not take a module's prefix. */
  #claimCategorySlug(base: string, topLevel: boolean): string {
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`
      if (this.#takenCategorySlugs.has(slug)) continue
      if (topLevel && reservedSlugProblem(slug, this.#options.reservedPrefixes)) continue
      this.#takenCategorySlugs.add(slug)
      return slug
    }
  }

  async #defaultCategory(): Promise<number> {
    const wanted = this.#options.defaultCategory ?? DEFAULT_CATEGORY
    const ref = `${DEFAULT_REF}${wanted.slug}`
    if (!this.#categoryIds.has(ref)) {
      const existing = (await listAllCategories(this.#current)).find((c) => c.slug === wanted.slug && c.parentId === null)
      if (existing) this.#categoryIds.set(ref, existing.id)
      else this.#categories.set(ref, { kind: 'category', sourceId: ref, name: wanted.name, slug: wanted.slug, oldAddresses: [] })
    }
    return (await this.#ensureCategory(ref))!
  }

  async #authorAccount(ref: string, emailGiven: string | undefined): Promise<void> {
    if (!this.#options.createUsers) return
    const email = normaliseEmail(emailGiven ?? '')
    if (!EMAIL.test(email)) {
      this.#skip('author', ref, 'no e-mail address: kept as a byline, no account made')
      return
    }
    const existing = await this.#current.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
    if (existing) {
      this.#authorAccounts.set(ref, existing.id)
      this.#count('author', 'skipped')
      return
    }
    // No password at all: no password can match it, so only the invitation's link opens the account.
    const id = await insertUser(this.#current, { email, name: this.#authors.get(ref)!.slice(0, 200) || email, passwordHash: '', role: 'reporter' }, this.#options.now)
    this.#authorAccounts.set(ref, id)
    this.#note('author', ref, `newsroom account ${email} made without a password: invite it from Người dùng`)
    this.#count('author', 'created')
  }

  // ── tags and plain addresses ────────────────────────────────────────────────────────────

  async #keepTagAddresses(ref: string, name: string, addresses: readonly string[]): Promise<void> {
    const slug = slugify(readPlainText('tag', name).text)
    if (!slug || addresses.length === 0) return
    await this.#keepAddresses(this.#current, 'tag', ref, addresses, { kind: 'path', path: tagUrl(slug) })
  }

  async #writeAddress(record: AddressRecord): Promise<void> {
    if (!record.to.startsWith('/') || record.to.startsWith('//')) {
      this.#skip('address', record.sourceId, `"${record.to}" is not a path on this portal`)
      return
    }
    await this.#keepAddresses(this.#current, 'address', record.sourceId, [record.from], { kind: 'path', path: record.to })
    this.#count('address', 'created')
  }

  async #keepAddresses(db: Db, kind: ImportedKind, sourceId: string, addresses: readonly string[], target: AddressTarget): Promise<void> {
    const clashes = await keepOldAddresses(db, this.#options.source, addresses, target, this.#options.now)
    for (const address of clashes) this.#note(kind, sourceId, `old address ${address} already leads elsewhere: kept there`)
  }

  // ── pictures ────────────────────────────────────────────────────────────────────────────

  async #writeMedia(record: MediaRecord): Promise<void> {
    const { source } = this.#options
    await this.#commit()
    const known = await findImported(this.#db, source, 'media', record.sourceId)
    if (known !== undefined) {
      const item = await findMedia(this.#db, known)
      if (item) this.#rememberMedia(record, item)
      this.#count('media', 'skipped')
      return
    }
    if (record.file === undefined) {
      this.#skip('media', record.sourceId, `no file for ${record.oldUrls[0] ?? record.originalName} (give the uploads folder)`)
      return
    }
    if (!(await access(record.file).then(() => true, () => false))) {
      this.#skip('media', record.sourceId, `file not found: ${record.file}`)
      return
    }
    const library = this.#options.media
    if (!library || this.#options.dryRun) {
      this.#count('media', 'created')
      return
    }
    const about = {
      originalName: record.originalName.normalize('NFC').slice(0, 200),
      alt: readPlainText('alt', record.alt ?? '').text.slice(0, 500),
      caption: readPlainText('caption', record.caption ?? '').text.slice(0, 1000),
      uploadedBy: null, focus: CENTRE,
    }
    let id: number
    try {
      id = await library.add(record.file, about, (trx, _media, id, now) => rememberImported(trx, { source, kind: 'media', sourceId: record.sourceId, targetId: id }, now))
    } catch (error) {
      this.#skip('media', record.sourceId, `${record.originalName} is not a picture the library takes (${error instanceof Error ? error.message : String(error)})`)
      return
    }
    const item = await findMedia(this.#db, id)
    if (item) this.#rememberMedia(record, item)
    this.#count('media', 'created')
    await this.#changed()
  }

  #rememberMedia(record: MediaRecord, item: MediaItem): void {
    this.#media.set(record.sourceId, item)
    const src = imageSources(item, undefined, this.#options.mediaBase).src
    for (const url of record.oldUrls) {
      this.#mediaUrls.set(url, src)
      const normalised = normaliseOldAddress(url)
      if (normalised) this.#mediaUrls.set(normalised, src)
    }
  }

  #leadImage(ref: string | undefined): LeadImage | undefined {
    const item = ref === undefined ? undefined : this.#media.get(ref)
    if (!item) return undefined
    const sources = imageSources(item, undefined, this.#options.mediaBase)
    return { id: item.id, url: sources.src, srcset: sources.srcset, width: sources.width, height: sources.height, thumbs: thumbSrcset(item, this.#options.mediaBase), alt: item.alt, caption: item.caption }
  }

  /** Pictures' old addresses in a body replaced by the library's; whether some were left unknown. */
  #rewriteImages(html: string): { html: string; unknown: boolean } {
    let unknown = false
    const out = html.replace(/(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2/gi, (whole, before: string, quote: string, url: string) => {
      const decoded = url.replace(/&amp;/g, '&')
      const found = this.#mediaUrls.get(decoded) ?? this.#mediaUrls.get(normaliseOldAddress(decoded) ?? '') ?? this.#mediaUrls.get(withoutSizeSuffix(decoded))
      if (found === undefined) {
        if (!decoded.startsWith(this.#options.mediaBase ?? '/media/')) unknown = true
        return whole
      }
      return `${before}${quote}${found}${quote}`
    })
    // The old site's responsive sources name files the library does not have.
    return { html: found(out) ? out.replace(/\s(srcset|sizes)\s*=\s*(["']).*?\2/gi, '') : out, unknown }
    function found(text: string): boolean {
      return text !== html
    }
  }

  // ── articles ────────────────────────────────────────────────────────────────────────────

  async #writeArticle(record: ArticleRecord): Promise<void> {
    const { source, now } = this.#options
    const known = this.#articleIds.get(record.sourceId)
    if (known !== undefined) {
      this.#articleIds.set(record.sourceId, known)
      this.#skip('article', record.sourceId, 'already imported', 'skipped')
      return
    }
    const title = readPlainText('title', record.title, record.textHints)
    if (title.text.trim() === '') {
      this.#skip('article', record.sourceId, 'no title')
      return
    }
    const lead = readPlainText('lead', record.lead ?? '', record.textHints)
    const body = readHtml('body', record.bodyHtml, record.textHints)
    const images = this.#rewriteImages(body.text)
    const categoryId = await this.#categoryOf(record)
    const status = ARTICLE_STATUS[record.status]
    let publishedAt = record.publishedAt
    if (status === 'published' && publishedAt === undefined) {
      publishedAt = record.updatedAt ?? now
      this.#note('article', record.sourceId, 'published without a date: dated now')
    }
    const tags = [...new Set(record.tags.map((t) => this.#tagNames.get(t) ?? readPlainText('tag', t).text).map((t) => t.trim()).filter(Boolean))].slice(0, 30)
    const authorName = record.authorRef !== undefined ? this.#authors.get(record.authorRef) : undefined
    const byline = record.byline !== undefined ? splitByline(readPlainText('byline', record.byline).text) : { kind: '', name: authorName ?? '' }
    const slug = this.#articleSlug(record.slug, title.text)
    const id = await this.#transaction(async (trx) => {
      const id = await insertArticle(trx, {
        slug, title: title.text.slice(0, 500), lead: lead.text.slice(0, 5000), bodyHtml: sanitizeArticleBody(images.html),
        byline, source: readPlainText('source', record.source ?? '').text.slice(0, 300), categoryId, status,
        publishedAt: status === 'draft' || status === 'in_review' ? undefined : publishedAt,
        leadImage: this.#leadImage(record.featuredMediaRef), tags, updatedAt: record.updatedAt,
        ...(record.authorRef !== undefined && this.#authorAccounts.has(record.authorRef) ? { authorId: this.#authorAccounts.get(record.authorRef)! } : {}),
      }, now)
      await rememberImported(trx, { source, kind: 'article', sourceId: record.sourceId, targetId: id }, now)
      await this.#keepAddresses(trx, 'article', record.sourceId, record.oldAddresses, { kind: 'article', id })
      return id
    })
    this.#articleIds.set(record.sourceId, id)
    if (record.featuredMediaRef !== undefined && !this.#media.has(record.featuredMediaRef)) this.#deferred.leadImages.push({ articleId: id, mediaRef: record.featuredMediaRef, sourceId: record.sourceId })
    if (images.unknown) this.#deferred.bodies.push({ articleId: id, sourceId: record.sourceId })
    for (const note of [...record.notes, ...title.notes, ...lead.notes, ...body.notes]) this.#note('article', record.sourceId, note)
    this.#count('article', 'created')
    await this.#changed()
  }

  async #categoryOf(record: ArticleRecord): Promise<number> {
    for (const ref of record.categoryRefs) {
      const id = await this.#ensureCategory(ref)
      if (id !== undefined) {
        if (record.categoryRefs.length > 1) this.#note('article', record.sourceId, `filed under its first category only (it had ${record.categoryRefs.length})`)
        return id
      }
      this.#note('article', record.sourceId, `category "${ref}" is not in the file`)
    }
    return this.#defaultCategory()
  }

  /** Claimed when chosen: the article is written next, and a failed write leaves only a gap in the numbering. */
  #articleSlug(wanted: string | undefined, title: string): string {
    const base = wanted && SLUG.test(wanted) ? wanted : slugify(title) || 'bai-viet'
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`
      if (this.#takenArticleSlugs.has(slug)) continue
      this.#takenArticleSlugs.add(slug)
      return slug
    }
  }

  // ── pages ───────────────────────────────────────────────────────────────────────────────

  async #writePage(record: PageRecord): Promise<void> {
    const { source, now } = this.#options
    const known = this.#pageIds.get(record.sourceId)
    if (known !== undefined) {
      this.#pageIds.set(record.sourceId, known)
      this.#skip('page', record.sourceId, 'already imported', 'skipped')
      return
    }
    const title = readPlainText('title', record.title, record.textHints)
    const body = readHtml('body', record.bodyHtml, record.textHints)
    const images = this.#rewriteImages(body.text)
    const parentId = record.parentRef !== undefined ? this.#pageIds.get(record.parentRef) : undefined
    const status = record.status === 'published' ? 'published' : record.status === 'pending' ? 'pending' : 'draft'
    if (record.status === 'scheduled') this.#note('page', record.sourceId, 'scheduled page imported as a draft: pages are published by hand')
    const id = await this.#transaction(async (trx) => {
      const slug = await pageSlug(trx, parentId ?? null, record.slug && SLUG.test(record.slug) ? record.slug : slugify(title.text) || 'trang')
      const id = await insertPage(trx, { parentId: parentId ?? null, slug, slugEn: '', position: 0, title: title.text.slice(0, 300), bodyHtml: sanitizeArticleBody(images.html), titleEn: '', bodyEnHtml: '' }, null, now, status)
      await rememberImported(trx, { source, kind: 'page', sourceId: record.sourceId, targetId: id }, now)
      await this.#keepAddresses(trx, 'page', record.sourceId, record.oldAddresses, { kind: 'page', id })
      return id
    })
    this.#pageIds.set(record.sourceId, id)
    if (record.parentRef !== undefined && parentId === undefined) this.#deferred.pageParents.push({ pageId: id, parentRef: record.parentRef, sourceId: record.sourceId })
    for (const note of [...record.notes, ...title.notes, ...body.notes]) this.#note('page', record.sourceId, note)
    this.#count('page', 'created')
    await this.#changed()
  }

  // ── comments ────────────────────────────────────────────────────────────────────────────

  async #writeComment(record: CommentRecord): Promise<void> {
    const { source } = this.#options
    const known = this.#commentIds.get(record.sourceId)
    if (known !== undefined) {
      this.#commentIds.set(record.sourceId, known)
      this.#skip('comment', record.sourceId, 'already imported', 'skipped')
      return
    }
    const articleId = this.#articleIds.get(record.articleRef)
    if (articleId === undefined) {
      const onPage = this.#pageIds.has(record.articleRef)
      this.#skip('comment', record.sourceId, onPage ? 'a comment on a page: pages take no comments here' : `its article "${record.articleRef}" was not imported`)
      return
    }
    const text = readPlainText('comment', bodyText(record.body.replace(/\r?\n/g, '<br>')))
    if (text.text === '') {
      this.#skip('comment', record.sourceId, 'empty comment')
      return
    }
    const parentId = record.parentRef !== undefined ? this.#commentIds.get(record.parentRef) : undefined
    const id = await this.#transaction(async (trx) => {
      const id = await insertComment(trx, {
        articleId, parentId: parentId ?? null, authorName: readPlainText('name', record.authorName).text.slice(0, 100) || 'Bạn đọc',
        authorEmail: (record.authorEmail ?? '').slice(0, 200), body: text.text.slice(0, 5000), status: record.status,
        spamReason: record.status === 'spam' ? 'imported as spam' : '', ip: '', userAgent: '',
      }, record.createdAt)
      await rememberImported(trx, { source, kind: 'comment', sourceId: record.sourceId, targetId: id }, this.#options.now)
      return id
    })
    this.#commentIds.set(record.sourceId, id)
    if (record.parentRef !== undefined && parentId === undefined) this.#deferred.commentParents.push({ commentId: id, parentRef: record.parentRef, sourceId: record.sourceId })
    this.#count('comment', 'created')
    await this.#changed()
  }

  // ── the documents register and Hỏi đáp ──────────────────────────────────────────────────

  #registers(db: Db): RegisterWriters {
    return new RegisterWriters(db, { now: () => this.#options.now }, this.#options.storage)
  }

  async #writeDocument(record: DocumentRecord): Promise<void> {
    const { source, now } = this.#options
    await this.#commit()
    if ((await findImported(this.#db, source, 'document', record.sourceId)) !== undefined) {
      this.#skip('document', record.sourceId, 'already imported')
      return
    }
    // The register's service keeps its own transactions: a dry run only counts.
    if (this.#options.dryRun) {
      this.#count('document', 'created')
      return
    }
    const number = readPlainText('number', record.number).text
    const summary = readPlainText('summary', record.summary)
    const written = await this.#registers(this.#db).document({ ...record, number, summary: summary.text, documentKind: readPlainText('kind', record.documentKind).text, issuer: record.issuer && readPlainText('issuer', record.issuer).text, signer: record.signer && readPlainText('signer', record.signer).text })
    if ('refused' in written) {
      this.#skip('document', record.sourceId, `${number}: ${written.refused}`)
      return
    }
    // Not one transaction with the register's own: a crash just here leaves the document without
    // its ledger line, and a resumed run would add it again; the window is one document wide.
    await rememberImported(this.#db, { source, kind: 'document', sourceId: record.sourceId, targetId: written.id }, now)
    await this.#keepAddresses(this.#db, 'document', record.sourceId, record.oldAddresses, { kind: 'document', id: written.id })
    for (const note of [...summary.notes, ...written.notes]) this.#note('document', record.sourceId, note)
    this.#count('document', 'created')
    await this.#changed()
  }

  async #writeQuestion(record: QuestionRecord): Promise<void> {
    const { source, now } = this.#options
    if ((await findImported(this.#current, source, 'question', record.sourceId)) !== undefined) {
      this.#skip('question', record.sourceId, 'already imported')
      return
    }
    const title = readPlainText('title', record.title)
    const question = readPlainText('question', record.question)
    const answer = readHtml('answer', record.answerHtml)
    if (title.text.trim() === '' || answer.text.trim() === '') {
      this.#skip('question', record.sourceId, 'no title or no answer: only answered questions are published')
      return
    }
    await this.#transaction(async (trx) => {
      const id = await this.#registers(trx).question({ ...record, title: title.text, question: question.text }, answer.text, now)
      await rememberImported(trx, { source, kind: 'question', sourceId: record.sourceId, targetId: id }, now)
      await this.#keepAddresses(trx, 'question', record.sourceId, record.oldAddresses, { kind: 'question', id })
    })
    for (const note of [...title.notes, ...question.notes, ...answer.notes]) this.#note('question', record.sourceId, note)
    this.#count('question', 'created')
    await this.#changed()
  }

  // ── the end of the run ──────────────────────────────────────────────────────────────────

  async #linkDeferred(): Promise<void> {
    for (const { pageId, parentRef, sourceId } of this.#deferred.pageParents) {
      const parentId = this.#pageIds.get(parentRef)
      if (parentId === undefined || parentId === pageId) this.#note('page', sourceId, `its parent page "${parentRef}" is not in the file: left at the top`)
      else await this.#db.updateTable('pages').set({ parent_id: parentId }).where('id', '=', pageId).execute()
    }
    for (const { commentId, parentRef, sourceId } of this.#deferred.commentParents) {
      const parentId = this.#commentIds.get(parentRef)
      if (parentId === undefined) this.#note('comment', sourceId, `the comment it answers ("${parentRef}") is not in the file: shown on its own`)
      else await this.#db.updateTable('comments').set({ parent_id: parentId }).where('id', '=', commentId).execute()
    }
    for (const { articleId, mediaRef, sourceId } of this.#deferred.leadImages) {
      const lead = this.#leadImage(mediaRef)
      if (!lead) {
        this.#note('article', sourceId, `its picture "${mediaRef}" was not imported`)
        continue
      }
      await this.#db.updateTable('articles').set({
        lead_image_url: lead.url, lead_image_alt: lead.alt, lead_image_caption: lead.caption, lead_image_id: lead.id ?? null,
        lead_image_srcset: lead.srcset ?? '', lead_image_width: lead.width ?? null, lead_image_height: lead.height ?? null, lead_image_thumbs: lead.thumbs ?? '',
      }).where('id', '=', articleId).execute()
    }
    for (const { articleId } of this.#deferred.bodies) {
      const row = await this.#db.selectFrom('articles').select('body_html').where('id', '=', articleId).executeTakeFirst()
      if (!row) continue
      const rewritten = this.#rewriteImages(row.body_html).html
      if (rewritten !== row.body_html) await this.#db.updateTable('articles').set({ body_html: rewritten }).where('id', '=', articleId).execute()
    }
  }

  /**
   * Items are written in batches, one transaction for `changeEvery` of them: a commit costs more
   * than an article's rows (about 1 ms on SQLite), and a batch killed midway is rolled back whole,
   * to be written again by the resumed run. Every read while a batch is open goes through it
   * (`#current`): SQLite has one connection, and PostgreSQL's others would not see the batch.
   */
  #transaction<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    if (this.#options.dryRun) return work(this.#db)
    return this.#inBatch(work)
  }

  async #inBatch<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    this.#batch ??= await this.#db.startTransaction().execute()
    try {
      return await work(this.#batch)
    } catch (error) {
      const failed = this.#batch
      this.#batch = undefined
      await failed.rollback().execute().catch(() => {})
      throw error
    }
  }

  /** The open batch, or the database when none is open. */
  get #current(): Db {
    return this.#batch ?? this.#db
  }

  /** Ends the open batch, with its line in the change log the running portals poll. */
  async #commit(): Promise<void> {
    if (this.#unlogged > 0) await logImportChange(this.#current, this.#options.source, this.#unlogged, new Date())
    this.#unlogged = 0
    const batch = this.#batch
    this.#batch = undefined
    await batch?.commit().execute()
  }

  async #changed(): Promise<void> {
    this.#unlogged++
    if (this.#unlogged >= (this.#options.changeEvery ?? 200)) await this.#commit()
  }

  #count(kind: ImportedKind, what: keyof KindCounts): void {
    const counts = (this.summary.counts[kind] ??= { created: 0, skipped: 0 })
    counts[what]++
  }

  #skip(kind: ImportedKind, sourceId: string, reason: string, count: keyof KindCounts = 'skipped'): void {
    this.#count(kind, count)
    // "Already imported" is the normal case of a second run: counted, not listed item by item.
    if (reason !== 'already imported' && this.summary.skipped.length < KEEP_AT_MOST) this.summary.skipped.push({ kind, sourceId, reason })
  }

  #note(kind: ImportedKind, sourceId: string, note: string): void {
    if (this.summary.notes.length < KEEP_AT_MOST) this.summary.notes.push({ kind, sourceId, note })
  }
}

/** "anh-300x200.jpg" is WordPress's smaller copy of "anh.jpg": the library has only the one. */
function withoutSizeSuffix(url: string): string {
  return normaliseOldAddress(url.replace(/-\d{2,5}x\d{2,5}(\.[a-z0-9]+)$/i, '$1')) ?? url
}

async function pageSlug(db: Db, parentId: number | null, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const q = db.selectFrom('pages').select('id').where('slug', '=', slug)
    const taken = await (parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId)).executeTakeFirst()
    if (!taken) return slug
  }
}

export type { TextHints }
