// The Ghost export reader (`import ghost FILE.json [--images DIR]`), 0.x to 5.x. Two streamed
// passes over the file: the first keeps the small tables (tags, users, the post↔tag and
// post↔author links, posts_meta's image captions, the permalink setting); the second turns posts
// into articles and pages. Tags that lead a post (Ghost's primary tag) become categories.
import { existsSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import type {
  ArticleRecord, AuthorRecord, CategoryRecord, ImportRecord, ImportSource, ImportStatus, MediaRecord, PageRecord,
  SourceProblem, TagRecord,
} from '../records.ts'
import { MalformedSourceError } from '../records.ts'
import { exportItems, type Row } from './export-rows.ts'
import {
  dateOf, featureImageOf, fontFacesIn, idOf, imageAddress, isInternalTag, isPage, permalinkOf, stringOf,
} from './ghost-fields.ts'
import { postBody } from './post-body.ts'

export interface GhostSourceOptions {
  /** Ghost's content/images folder, copied off the old server. */
  images?: string
}

interface Link { postId: string; otherId: string; order: number; seq: number }

/** What the first pass keeps: ids and relations, never bodies. */
interface SideTables {
  version?: string
  tags: Map<string, Row>
  users: Map<string, Row>
  postTags: Map<string, string[]>
  postAuthors: Map<string, string[]>
  featureImageText: Map<string, { alt?: string; caption?: string }>
  permalinks?: string
  /** Tags that lead at least one post: imported as categories. */
  leadingTags: Set<string>
  /** Tags that follow the leading one on at least one post, or lead none. */
  followingTags: Set<string>
}

const byOrder = (links: Link[]): Map<string, string[]> => {
  const map = new Map<string, string[]>()
  for (const link of [...links].sort((a, b) => a.order - b.order || a.seq - b.seq)) {
    const list = map.get(link.postId) ?? []
    if (!list.includes(link.otherId)) list.push(link.otherId)
    map.set(link.postId, list)
  }
  return map
}

/** The old site's own images a body shows ("/content/images/…"; 4.x+ placeholders were made site paths already). */
function siteImagesIn(html: string): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/<img\b[^>]*?\ssrc\s*=\s*["'](\/content\/images\/[^"']+)["']/gi)) found.add(match[1]!)
  return [...found]
}

const STATUSES: Record<string, ImportStatus> = { published: 'published', draft: 'draft', scheduled: 'scheduled' }

class GhostSource implements ImportSource {
  readonly name = 'ghost'
  private side?: SideTables

  constructor(private readonly file: string, private readonly options: GhostSourceOptions) {}

  async validate(problem: (p: SourceProblem) => void): Promise<{ items: number }> {
    this.side = await this.readSideTables()
    let items = 0
    for await (const record of this.generate(this.side, problem)) {
      if (record) items++
    }
    return { items }
  }

  async *records(problem: (p: SourceProblem) => void): AsyncIterable<ImportRecord> {
    this.side ??= await this.readSideTables()
    yield* this.generate(this.side, problem)
  }

  private async readSideTables(): Promise<SideTables> {
    const side: SideTables = {
      tags: new Map(), users: new Map(), postTags: new Map(), postAuthors: new Map(),
      featureImageText: new Map(), leadingTags: new Set(), followingTags: new Set(),
    }
    const tagLinks: Link[] = []
    const authorLinks: Link[] = []
    const postAuthorColumn = new Map<string, string>()
    let seq = 0
    let metaSeen = false
    for await (const item of exportItems(this.file)) {
      if (item.kind === 'meta') {
        metaSeen = true
        side.version ??= stringOf(item.meta.version) ?? (typeof item.meta.version === 'number' ? String(item.meta.version) : undefined)
        continue
      }
      const { table, row } = item
      if (table === 'tags') {
        const id = idOf(row.id)
        if (id) side.tags.set(id, { id, name: row.name, slug: row.slug, description: row.description, visibility: row.visibility, parent_id: row.parent_id })
      } else if (table === 'users') {
        const id = idOf(row.id)
        if (id) side.users.set(id, { id, name: row.name, slug: row.slug, email: row.email })
      } else if (table === 'posts_tags') {
        const postId = idOf(row.post_id), tagId = idOf(row.tag_id)
        if (postId && tagId) tagLinks.push({ postId, otherId: tagId, order: Number(row.sort_order ?? 0), seq: seq++ })
      } else if (table === 'posts_authors') {
        const postId = idOf(row.post_id), authorId = idOf(row.author_id)
        if (postId && authorId) authorLinks.push({ postId, otherId: authorId, order: Number(row.sort_order ?? 0), seq: seq++ })
      } else if (table === 'posts_meta') {
        const postId = idOf(row.post_id)
        const alt = stringOf(row.feature_image_alt), caption = stringOf(row.feature_image_caption)
        if (postId && (alt || caption)) side.featureImageText.set(postId, { alt, caption })
      } else if (table === 'settings' && row.key === 'permalinks') {
        side.permalinks = stringOf(row.value)
      } else if (table === 'posts') {
        const postId = idOf(row.id), authorId = idOf(row.author_id)
        if (postId && authorId) postAuthorColumn.set(postId, authorId)
      }
    }
    if (!metaSeen) {
      throw new MalformedSourceError({ file: this.file, line: 1 }, 'not a Ghost export: no "meta" (expected {"db":[{"meta":…,"data":…}]} or, from Ghost 0.x, {"meta":…,"data":…})')
    }
    side.postTags = byOrder(tagLinks)
    side.postAuthors = byOrder(authorLinks)
    // Before posts_authors (Ghost < 1.22) a post had one author, in posts.author_id.
    for (const [postId, authorId] of postAuthorColumn) if (!side.postAuthors.has(postId)) side.postAuthors.set(postId, [authorId])
    for (const tagIds of side.postTags.values()) {
      const visible = tagIds.filter(id => side.tags.has(id) && !isInternalTag(side.tags.get(id)!))
      visible.forEach((id, index) => (index === 0 ? side.leadingTags : side.followingTags).add(id))
    }
    for (const id of side.tags.keys()) if (!side.leadingTags.has(id)) side.followingTags.add(id)
    return side
  }

  private async *generate(side: SideTables, problem: (p: SourceProblem) => void): AsyncGenerator<ImportRecord> {
    yield* this.tagRecords(side, problem)
    for (const user of side.users.values()) {
      const record: AuthorRecord = {
        kind: 'author', sourceId: String(user.id), displayName: stringOf(user.name) ?? stringOf(user.slug) ?? String(user.id),
        email: stringOf(user.email), login: stringOf(user.slug),
      }
      yield record
    }
    const mediaGiven = new Set<string>()
    for await (const item of exportItems(this.file)) {
      if (item.kind !== 'row' || item.table !== 'posts') continue
      const post = item.row
      const id = idOf(post.id)
      if (!id) {
        problem({ problem: `a post without an id ("${String(post.title ?? '')}") skipped` })
        continue
      }
      let featuredMediaRef: string | undefined
      const image = featureImageOf(post)
      if (image) {
        const media = this.mediaRecord(image, side.featureImageText.get(id) ?? { alt: stringOf(post.feature_image_alt), caption: stringOf(post.feature_image_caption) }, id, problem)
        featuredMediaRef = media.sourceId
        if (!mediaGiven.has(media.sourceId)) {
          mediaGiven.add(media.sourceId)
          yield media
        }
      }
      const record = isPage(post) ? this.pageRecord(id, post, side) : this.articleRecord(id, post, side, featuredMediaRef)
      // Images in the body that lived on the old site: media too, so the sink can rewrite their addresses.
      for (const address of siteImagesIn(record.bodyHtml)) {
        const media = this.mediaRecord(address, {}, id, problem)
        if (mediaGiven.has(media.sourceId)) continue
        mediaGiven.add(media.sourceId)
        yield media
      }
      yield record
    }
  }

  private *tagRecords(side: SideTables, problem: (p: SourceProblem) => void): Generator<CategoryRecord | TagRecord> {
    for (const [id, tag] of side.tags) {
      const name = stringOf(tag.name)
      if (!name) {
        problem({ sourceId: id, problem: 'tag without a name skipped' })
        continue
      }
      if (isInternalTag(tag)) {
        problem({ sourceId: id, problem: `internal tag "${name}" skipped (it only steered the Ghost theme)` })
        continue
      }
      const slug = stringOf(tag.slug)
      const address = slug ? [`/tag/${slug}/`] : []
      // A tag that leads some posts and follows on others is both: the category keeps the address.
      if (side.leadingTags.has(id)) {
        yield { kind: 'category', sourceId: id, name, slug, description: stringOf(tag.description), oldAddresses: address }
      }
      if (side.followingTags.has(id)) {
        yield { kind: 'tag', sourceId: id, name, slug, oldAddresses: side.leadingTags.has(id) ? [] : address }
      }
    }
  }

  private mediaRecord(address: string, text: { alt?: string; caption?: string }, postId: string, problem: (p: SourceProblem) => void): MediaRecord {
    const image = imageAddress(address)
    let file: string | undefined
    if (image.local && this.options.images) {
      const root = resolve(this.options.images)
      const candidate = resolve(join(root, image.local))
      if (!candidate.startsWith(root + sep)) problem({ sourceId: postId, problem: `image path leaves the images folder: ${image.local}` })
      else if (existsSync(candidate)) file = candidate
      else problem({ sourceId: postId, problem: `image not found under --images: ${image.local}` })
    }
    return {
      kind: 'media', sourceId: image.local ?? address, file, oldUrls: image.oldUrls, originalName: image.originalName,
      alt: text.alt, caption: text.caption,
    }
  }

  private status(post: Row, notes: string[]): ImportStatus {
    const status = String(post.status ?? 'draft')
    let mapped = STATUSES[status]
    if (!mapped) {
      notes.push(status === 'sent' ? 'e-mail-only post (sent as a newsletter, never on the site) imported as a draft' : `status "${status}" imported as a draft`)
      mapped = 'draft'
    }
    // The portal has no members: what Ghost showed only to members was still published, so it
    // stays published, and the note lets an editor find it.
    const visibility = stringOf(post.visibility)
    if (visibility && visibility !== 'public') notes.push(`${visibility === 'members' ? 'members' : 'paid-members'}-only post (visibility ${visibility}) imported for every reader`)
    return mapped
  }

  private articleRecord(id: string, post: Row, side: SideTables, featuredMediaRef: string | undefined): ArticleRecord {
    const body = postBody(post)
    const notes = [...body.notes]
    const status = this.status(post, notes)
    const publishedAt = dateOf(post.published_at)
    const visibleTags = (side.postTags.get(id) ?? []).filter(tagId => side.tags.has(tagId) && !isInternalTag(side.tags.get(tagId)!))
    const internal = (side.postTags.get(id) ?? []).filter(tagId => side.tags.has(tagId) && isInternalTag(side.tags.get(tagId)!))
    if (internal.length > 0) notes.push(`internal tag(s) ${internal.map(tagId => String(side.tags.get(tagId)!.name)).join(', ')} not carried over`)
    const [leading, ...following] = visibleTags
    const authorRef = side.postAuthors.get(id)?.[0]
    const others = side.postAuthors.get(id)?.slice(1).map(userId => stringOf(side.users.get(userId)?.name)).filter(Boolean) ?? []
    if (others.length > 0) notes.push(`co-author(s) ${others.join(', ')} not carried over: one author an article`)
    const fontFaces = fontFacesIn(body.html)
    return {
      kind: 'article', sourceId: id, title: stringOf(post.title) ?? '(không tiêu đề)', slug: stringOf(post.slug),
      lead: stringOf(post.custom_excerpt), bodyHtml: body.html, status, publishedAt,
      updatedAt: dateOf(post.updated_at),
      categoryRefs: leading ? [leading] : [],
      tags: following.map(tagId => String(side.tags.get(tagId)!.name)),
      authorRef: authorRef && side.users.has(authorRef) ? authorRef : undefined,
      featuredMediaRef,
      oldAddresses: [permalinkOf(side.permalinks, post, publishedAt, stringOf(side.users.get(authorRef ?? '')?.slug), stringOf(side.tags.get(leading ?? '')?.slug))],
      notes,
      ...(fontFaces.length > 0 ? { textHints: { fontFaces } } : {}),
    }
  }

  private pageRecord(id: string, post: Row, side: SideTables): PageRecord {
    const body = postBody(post)
    const notes = [...body.notes]
    const status = this.status(post, notes)
    if ((side.postTags.get(id) ?? []).length > 0) notes.push('tags on a page not carried over')
    const fontFaces = fontFacesIn(body.html)
    const slug = stringOf(post.slug)
    return {
      kind: 'page', sourceId: id, title: stringOf(post.title) ?? '(không tiêu đề)', bodyHtml: body.html, status,
      slug, publishedAt: dateOf(post.published_at),
      // Ghost answers pages at /slug/ whatever the permalink setting says for posts.
      oldAddresses: slug ? [`/${slug}/`] : [],
      notes,
      ...(fontFaces.length > 0 ? { textHints: { fontFaces } } : {}),
    }
  }
}

/** A Ghost JSON export (Settings → Labs → Export, or GET /ghost/api/admin/db/) as an import source. */
export function openGhostSource(file: string, options: GhostSourceOptions = {}): ImportSource {
  return new GhostSource(file, options)
}
