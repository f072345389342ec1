import { existsSync } from 'node:fs'
import { join, posix, resolve, sep } from 'node:path'
import { slugify } from '../../../platform/text/vietnamese.ts'
import type {
  ArticleRecord, AuthorRecord, CategoryRecord, CommentRecord, ImportRecord, ImportSource, ImportStatus, MediaRecord, PageRecord,
  SourceProblem, TagRecord,
} from '../records.ts'
import { MalformedSourceError } from '../records.ts'
import { idAddresses, SiteAddresses, unique } from './wxr-addresses.ts'
import { convertBody, decodeEntities, fontFacesOf, type KnownAttachment } from './wxr-body.ts'
import { childOf, childrenOf, textOf, wxrNodes, type WxrNode } from './wxr-stream.ts'

export interface WordpressOptions {
  /** The old site's wp-content/uploads folder, copied here; attachments' files are looked up in it. */
  uploads?: string
}

/**
 * A WordPress export (WXR 1.0–1.2) as import records. Both passes stream the file; what is kept
 * in memory between items is small: the categories until the first item (their paths need the
 * whole tree), the ids of the terms and authors already handed over, and each attachment's
 * address, alt and caption (for galleries in later posts).
 */
export class WordpressSource implements ImportSource {
  readonly name = 'wordpress'

  constructor(readonly file: string, readonly options: WordpressOptions = {}) {}

  async validate(problem: (p: SourceProblem) => void): Promise<{ items: number }> {
    let items = 0
    for await (const _record of this.records(problem)) items++
    return { items }
  }

  records(problem: (p: SourceProblem) => void): AsyncIterable<ImportRecord> {
    return new WxrReading(this.file, this.options, problem).run()
  }
}

interface PendingCategory {
  nicename: string
  name: string
  parent?: string
  description?: string
  termId?: string
}

const STATUSES: Record<string, ImportStatus> = { publish: 'published', draft: 'draft', pending: 'pending', future: 'scheduled', private: 'draft' }
const COMMENT_STATUSES: Record<string, CommentRecord['status']> = { 1: 'approved', 0: 'pending', spam: 'spam' }

class WxrReading {
  private version: string | undefined
  private readonly addresses = new SiteAddresses()
  private pendingCategories: PendingCategory[] | undefined = []
  private readonly categories = new Set<string>()
  private readonly tags = new Set<string>()
  private readonly authors = new Set<string>()
  private readonly attachments = new Map<string, KnownAttachment>()
  private readonly attachedTo = new Map<string, string[]>()

  constructor(
    private readonly file: string,
    private readonly options: WordpressOptions,
    private readonly problem: (p: SourceProblem) => void,
  ) {}

  async *run(): AsyncGenerator<ImportRecord> {
    for await (const node of wxrNodes(this.file)) {
      if (node.ns === 'rss' && node.local === 'item') {
        yield* this.flushCategories()
        yield* this.item(node)
      } else if (node.ns === 'rss' && node.local === 'link') {
        this.addresses.addRoot(node.text)
      } else if (node.ns === 'wp') {
        yield* this.channelEntry(node)
      }
    }
    yield* this.flushCategories()
    if (this.version === undefined) throw new MalformedSourceError({ file: this.file }, 'no <wp:wxr_version>: not a WordPress export (WXR)')
    if (!/^\d+\.\d+$/.test(this.version)) throw new MalformedSourceError({ file: this.file }, `<wp:wxr_version> is "${this.version}", not a WXR version`)
    if (!/^1\.[0-2]$/.test(this.version)) this.problem({ problem: `WXR version ${this.version} is newer than 1.2: read as 1.2` })
  }

  private *channelEntry(node: WxrNode): Generator<ImportRecord> {
    switch (node.local) {
      case 'wxr_version':
        this.version = node.text.trim()
        break
      case 'base_site_url':
      case 'base_blog_url':
        this.addresses.addRoot(node.text)
        break
      case 'author':
        yield* this.author(node)
        break
      case 'category': {
        const nicename = textOf(node, 'wp', 'category_nicename')
        if (!nicename) return this.problem({ line: node.line, problem: 'a category with no nicename skipped' })
        this.pending({
          nicename, name: decodeEntities(textOf(node, 'wp', 'cat_name')) || nicename, parent: textOf(node, 'wp', 'category_parent') || undefined,
          description: textOf(node, 'wp', 'category_description') || undefined, termId: textOf(node, 'wp', 'term_id') || undefined,
        })
        break
      }
      case 'tag': {
        const slug = textOf(node, 'wp', 'tag_slug')
        if (slug) yield* this.tag(slug, decodeEntities(textOf(node, 'wp', 'tag_name')) || slug)
        break
      }
      case 'term': {
        // Custom taxonomies' terms (WXR 1.1+); category and post_tag written this way are read as such.
        const taxonomy = textOf(node, 'wp', 'term_taxonomy')
        const slug = textOf(node, 'wp', 'term_slug')
        const name = decodeEntities(textOf(node, 'wp', 'term_name')) || slug
        if (!slug) break
        if (taxonomy === 'category') {
          if (!this.categories.has(slug) && !this.pendingCategories?.some((c) => c.nicename === slug)) {
            this.pending({ nicename: slug, name, parent: textOf(node, 'wp', 'term_parent') || undefined, termId: textOf(node, 'wp', 'term_id') || undefined })
          }
        } else if (taxonomy === 'post_tag') {
          yield* this.tag(slug, name)
        } else {
          this.problem({ line: node.line, problem: `term "${name}" of taxonomy ${taxonomy || '(none)'} skipped` })
        }
        break
      }
    }
  }

  private pending(category: PendingCategory): void {
    if (this.pendingCategories) this.pendingCategories.push(category)
    // A category after the first item (rare): its parent is either known or given by slug alone.
    else if (!this.categories.has(category.nicename)) this.late.push(category)
  }

  private late: PendingCategory[] = []

  // Categories are handed over once their whole tree is known, so each names its full path.
  private *flushCategories(): Generator<CategoryRecord> {
    const list = [...(this.pendingCategories ?? []), ...this.late.splice(0)]
    if (this.pendingCategories) this.pendingCategories = undefined
    const byNicename = new Map(list.map((c) => [c.nicename, c]))
    for (const category of list) {
      if (this.categories.has(category.nicename)) continue
      const path: string[] = [category.nicename]
      let parent = category.parent
      while (parent && !path.includes(parent) && path.length < 20) {
        path.unshift(parent)
        parent = byNicename.get(parent)?.parent
      }
      this.categories.add(category.nicename)
      yield {
        kind: 'category', sourceId: category.nicename, name: category.name, slug: slugOf(category.nicename),
        parentRef: category.parent, description: category.description,
        oldAddresses: unique([
          `/category/${path.map(pathSegment).join('/')}/`, `/category/${pathSegment(category.nicename)}/`,
          category.termId ? `/?cat=${category.termId}` : undefined,
        ]),
      }
    }
  }

  private *tag(slug: string, name: string): Generator<TagRecord> {
    if (this.tags.has(slug)) return
    this.tags.add(slug)
    yield { kind: 'tag', sourceId: slug, name, slug: slugOf(slug), oldAddresses: [`/tag/${pathSegment(slug)}/`] }
  }

  private *author(node: WxrNode): Generator<AuthorRecord> {
    const login = textOf(node, 'wp', 'author_login')
    if (!login) return this.problem({ line: node.line, problem: 'an author with no login skipped' })
    if (this.authors.has(login)) return
    this.authors.add(login)
    // WordPress's display name is the login unless someone chose otherwise; then the name is
    // better, written family name first as Vietnamese names are ("Trần" + "Thị Bình").
    const fullName = [textOf(node, 'wp', 'author_last_name'), textOf(node, 'wp', 'author_first_name')].filter(Boolean).join(' ')
    const displayName = textOf(node, 'wp', 'author_display_name')
    yield {
      kind: 'author', sourceId: login, login, displayName: (displayName && displayName !== login ? displayName : fullName) || displayName || login,
      email: textOf(node, 'wp', 'author_email') || undefined,
    }
  }

  private *item(node: WxrNode): Generator<ImportRecord> {
    const ids = unique(childrenOf(node, 'wp', 'post_id').map((n) => n.text.trim()))
    const title = textOf(node, 'rss', 'title')
    // Two WordPress post ids on one item (namespace-edge-cases.xml binds a second prefix to the
    // WXR namespace): the first is taken, as WordPress's own parser keeps the first it meets.
    if (ids.length > 1) this.problem({ sourceId: ids[0], line: node.line, problem: `item has ${ids.length} post ids (${ids.join(', ')}): ${ids[0]} taken` })
    const postId = ids[0]
    if (!postId) {
      this.problem({ line: node.line, problem: `item "${title}" has no <wp:post_id> in the WordPress namespace: skipped` })
      return
    }
    const type = textOf(node, 'wp', 'post_type') || 'post'
    if (type === 'attachment') {
      yield this.media(node, postId)
      this.dropComments(node, postId, 'an attachment')
      return
    }
    if (type !== 'post' && type !== 'page') {
      this.problem({ sourceId: postId, line: node.line, problem: `${type} skipped` })
      return
    }
    const wpStatus = textOf(node, 'wp', 'status') || 'draft'
    let status = STATUSES[wpStatus]
    if (!status) {
      this.problem({ sourceId: postId, line: node.line, problem: `${type} with status ${wpStatus} skipped` })
      return
    }
    const notes: string[] = []
    if (wpStatus === 'private') notes.push(`private ${type} imported as a draft`)
    if (textOf(node, 'wp', 'post_password') && status === 'published') {
      status = 'draft'
      notes.push(`password-protected ${type} imported as a draft`)
    }
    const content = childOf(node, 'content', 'encoded')?.text ?? ''
    const body = convertBody(content, { attachments: this.attachments, attachedToPost: this.attachedTo.get(postId) ?? [] })
    notes.push(...body.notes)
    if (!title) notes.push(`${type} has no title`)
    const fontFaces = fontFacesOf(content)
    const textHints = fontFaces.length > 0 ? { fontFaces } : undefined
    const publishedAt = status === 'published' || status === 'scheduled' ? postDate(node) : undefined
    const link = textOf(node, 'rss', 'link')
    const guid = textOf(node, 'rss', 'guid')
    const oldAddresses = unique([
      link ? this.addresses.relative(link) : undefined,
      guid && /[?&](?:p|page_id)=\d+$/.test(guid) ? this.addresses.relative(guid) : undefined,
      ...idAddresses(postId, type),
    ])

    if (type === 'page') {
      const parent = textOf(node, 'wp', 'post_parent')
      const slug = textOf(node, 'wp', 'post_name')
      const page: PageRecord = {
        kind: 'page', sourceId: postId, title, bodyHtml: body.html, status, parentRef: parent && parent !== '0' ? parent : undefined,
        slug: slug ? slugOf(slug) : undefined, publishedAt, oldAddresses, notes, textHints,
      }
      yield page
      this.dropComments(node, postId, 'a page')
      return
    }

    const categoryRefs: string[] = []
    const tags: string[] = []
    for (const term of childrenOf(node, 'rss', 'category')) {
      const name = decodeEntities(term.text.trim())
      const domain = term.attrs.domain
      // WXR 1.0 lists each category twice, once with no domain: only the ones with a domain count.
      if (domain === 'category') {
        const nicename = term.attrs.nicename || slugify(name)
        if (!nicename || categoryRefs.includes(nicename)) continue
        if (!this.categories.has(nicename)) {
          this.categories.add(nicename)
          yield { kind: 'category', sourceId: nicename, name: name || nicename, slug: slugOf(nicename), oldAddresses: [`/category/${pathSegment(nicename)}/`] }
        }
        categoryRefs.push(nicename)
      } else if (domain === 'post_tag' || domain === 'tag') {
        const slug = term.attrs.nicename || slugify(name)
        if (!slug || tags.includes(name)) continue
        yield* this.tag(slug, name || slug)
        tags.push(name || slug)
      } else if (domain && domain !== 'post_format') {
        notes.push(`term "${name}" of taxonomy ${domain} not carried over`)
      }
    }
    const login = textOf(node, 'dc', 'creator')
    if (login && !this.authors.has(login)) {
      this.authors.add(login)
      yield { kind: 'author', sourceId: login, login, displayName: login }
    }
    const meta = postMeta(node)
    const slug = textOf(node, 'wp', 'post_name')
    const article: ArticleRecord = {
      kind: 'article', sourceId: postId, title, slug: slug ? slugOf(slug) : undefined, lead: plainText(childOf(node, 'excerpt', 'encoded')?.text ?? '') || undefined,
      bodyHtml: body.html, status, publishedAt, categoryRefs, tags, authorRef: login || undefined,
      featuredMediaRef: meta.get('_thumbnail_id') || undefined, oldAddresses, notes, textHints,
    }
    yield article
    yield* this.comments(node, postId)
  }

  private media(node: WxrNode, postId: string): MediaRecord {
    const meta = postMeta(node)
    const url = textOf(node, 'wp', 'attachment_url') || textOf(node, 'rss', 'guid')
    const attachedFile = meta.get('_wp_attached_file')
    const relative = uploadsPath(url) ?? (attachedFile && !/^https?:/.test(attachedFile) ? attachedFile : undefined)
    let file: string | undefined
    if (this.options.uploads && relative) {
      const candidate = safeJoin(this.options.uploads, relative)
      if (candidate && existsSync(candidate)) file = candidate
      else this.problem({ sourceId: postId, line: node.line, problem: `file not found under --uploads: ${relative}` })
    } else if (this.options.uploads) {
      this.problem({ sourceId: postId, line: node.line, problem: `attachment has no address under wp-content/uploads: ${url || '(none)'}` })
    }
    const alt = meta.get('_wp_attachment_image_alt')?.trim() || undefined
    const caption = plainText(childOf(node, 'excerpt', 'encoded')?.text ?? '') || undefined
    const guid = textOf(node, 'rss', 'guid')
    const oldUrls = unique([url, /\.[a-z0-9]{2,5}$/i.test(guid) ? guid : undefined, ...sizeUrls(url, meta.get('_wp_attachment_metadata'))])
    const name = relative ? posix.basename(safeDecode(relative)) : textOf(node, 'rss', 'title') || `attachment-${postId}`
    if (url) this.attachments.set(postId, { url, alt, caption })
    const parent = textOf(node, 'wp', 'post_parent')
    if (parent && parent !== '0') this.attachedTo.set(parent, [...(this.attachedTo.get(parent) ?? []), postId])
    return { kind: 'media', sourceId: postId, file, oldUrls, originalName: name, alt, caption }
  }

  private *comments(node: WxrNode, postId: string): Generator<CommentRecord> {
    for (const comment of childrenOf(node, 'wp', 'comment')) {
      const id = textOf(comment, 'wp', 'comment_id')
      if (!id) {
        this.problem({ sourceId: postId, line: comment.line, problem: 'a comment with no id dropped' })
        continue
      }
      const type = textOf(comment, 'wp', 'comment_type')
      if (type === 'pingback' || type === 'trackback') {
        this.problem({ sourceId: id, line: comment.line, problem: `${type} dropped (not a reader's comment)` })
        continue
      }
      const approved = textOf(comment, 'wp', 'comment_approved')
      const status = COMMENT_STATUSES[approved]
      if (!status) {
        this.problem({ sourceId: id, line: comment.line, problem: approved === 'trash' ? 'comment in the trash dropped' : `comment with status "${approved}" dropped` })
        continue
      }
      const parent = textOf(comment, 'wp', 'comment_parent')
      yield {
        kind: 'comment', sourceId: id, articleRef: postId, parentRef: parent && parent !== '0' ? parent : undefined,
        authorName: textOf(comment, 'wp', 'comment_author') || 'Ẩn danh', authorEmail: textOf(comment, 'wp', 'comment_author_email') || undefined,
        body: childOf(comment, 'wp', 'comment_content')?.text.trim() ?? '', status,
        createdAt: wpDate(textOf(comment, 'wp', 'comment_date_gmt')) ?? wpDate(textOf(comment, 'wp', 'comment_date')) ?? new Date(0),
      }
    }
  }

  // The portal's pages and media take no comments.
  private dropComments(node: WxrNode, postId: string, what: string): void {
    const count = childrenOf(node, 'wp', 'comment').length
    if (count > 0) this.problem({ sourceId: postId, line: node.line, problem: `${count} comment(s) on ${what} dropped` })
  }
}

function postMeta(node: WxrNode): Map<string, string> {
  const meta = new Map<string, string>()
  for (const entry of childrenOf(node, 'wp', 'postmeta')) {
    const key = textOf(entry, 'wp', 'meta_key')
    if (key && !meta.has(key)) meta.set(key, childOf(entry, 'wp', 'meta_value')?.text ?? '')
  }
  return meta
}

/** "2021-01-15 02:30:00" (UTC in the _gmt fields); WordPress writes zeros for "never". */
function wpDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text)
  if (!match || match[1] === '0000') return undefined
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`)
  return Number.isNaN(date.getTime()) ? undefined : date
}

// post_date_gmt first; then the RSS pubDate, which names its zone; post_date (the site's own
// clock, zone unknown) last, read as UTC.
function postDate(node: WxrNode): Date | undefined {
  const gmt = wpDate(textOf(node, 'wp', 'post_date_gmt'))
  if (gmt) return gmt
  const pubDate = new Date(textOf(node, 'rss', 'pubDate'))
  if (!Number.isNaN(pubDate.getTime()) && pubDate.getUTCFullYear() > 1970) return pubDate
  return wpDate(textOf(node, 'wp', 'post_date'))
}

/** The path under wp-content/uploads/ of an upload's address ("2021/01/anh.jpg"). */
function uploadsPath(url: string): string | undefined {
  const at = url.indexOf('/wp-content/uploads/')
  if (at < 0) return undefined
  return url.slice(at + '/wp-content/uploads/'.length).replace(/[?#].*$/, '') || undefined
}

// The path from the file, decoded, must stay inside the uploads folder.
function safeJoin(folder: string, relative: string): string | undefined {
  const decoded = safeDecode(relative)
  if (decoded.split('/').some((part) => part === '..') || decoded.includes('\0')) return undefined
  const root = resolve(folder)
  const full = resolve(join(root, ...decoded.split('/')))
  return full.startsWith(root + sep) ? full : undefined
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

// The resized copies WordPress made (anh-300x200.jpg), named in the attachment's serialized
// metadata: bodies often show those, and they too should point at the imported image.
function sizeUrls(url: string, metadata: string | undefined): string[] {
  if (!metadata || !url) return []
  const folder = url.slice(0, url.lastIndexOf('/') + 1)
  const names = [...metadata.matchAll(/s:4:"file";s:\d+:"([^"]+)"/g)].map((m) => m[1]!).filter((name) => !name.includes('/'))
  return names.map((name) => folder + name)
}

/** A slug kept as the source wrote it, decoded ("tin-t%e1%bb%a9c" → "tin-tức"); the sink checks it. */
const slugOf = (nicename: string) => safeDecode(nicename)
/** A nicename as it sat in the old site's paths: percent escapes in capitals, as browsers send them. */
const pathSegment = (nicename: string) => encodeURIComponent(safeDecode(nicename)).replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase())
const plainText = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
