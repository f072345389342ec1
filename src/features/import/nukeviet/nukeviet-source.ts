import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import type {
  ArticleRecord, CategoryRecord, CommentRecord, DocumentRecord, ImportRecord, ImportSource,
  MediaRecord, PageRecord, QuestionRecord, SourceProblem, TagRecord,
} from '../records.ts'
import { fontFacesIn } from './font-faces.ts'
import {
  commentTable, isSideTable, settleTableNames, siteModules, tableName, type SiteModules, type TableNames,
} from './nukeviet-tables.ts'
import {
  lawAddresses, newsArticleAddresses, newsCategoryAddresses, newsTagAddresses, pageAddresses, questionAddresses,
} from './old-addresses.ts'
import { articleStatus, isExternal, text, timestamp } from './row-values.ts'
import { ARTICLE_FIELDS, emptySideTables, keepSideRow, pick, type SideTables } from './side-tables.ts'
import type { Row, TableReader } from './table-reader.ts'

export interface NukevietOptions {
  /** The tables' prefix (`nv4`); found from the tables when absent. */
  prefix?: string
  /** The site language whose tables are read (`vi`); Vietnamese when the site has several. */
  lang?: string
  /** The site's `uploads` folder: featured images and law files are taken from it. */
  uploads?: string
  /** What "now" is for articles NukeViet had let expire. */
  now?: Date
}

/** The site being read: its tables' names and its modules' names in addresses. */
interface Site extends TableNames {
  modules: SiteModules
}

/**
 * A NukeViet 4 site (its database or a dump of it) read as import records: news categories,
 * tags, articles with their featured images, static pages, comments, laws and FAQ. Each pass
 * reads the small tables first, then streams the large ones (article bodies, pages, laws,
 * questions, comments) and hands over each record as its row goes by.
 */
export class NukevietSource implements ImportSource {
  readonly name = 'nukeviet'

  constructor(private readonly reader: TableReader, private readonly options: NukevietOptions = {}) {}

  async validate(problem: (p: SourceProblem) => void): Promise<{ items: number }> {
    let items = 0
    for await (const record of this.records(problem)) if (record) items++
    return { items }
  }

  async* records(problem: (p: SourceProblem) => void): AsyncIterable<ImportRecord> {
    const given = { prefix: this.options.prefix, lang: this.options.lang }
    const side = emptySideTables()
    const seenRows: { table: string; row: Row }[] = []
    for await (const { table, row } of this.reader.scan((t) => isSideTable(t, given))) {
      seenRows.push({ table, row: table.endsWith('_news_rows') ? pick(row, ARTICLE_FIELDS) : row })
    }
    const tableNames = settleTableNames(this.reader.label, this.reader.tables(), given)
    for (const { table, row } of seenRows) keepSideRow(side, tableNames, table, row)
    seenRows.length = 0
    const names: Site = { ...tableNames, modules: siteModules(tableNames, side.modules) }

    yield* this.categories(side, names)
    yield* this.tags(side, names)
    yield* this.featuredImages(side, problem)

    const streamed = new Map<string, (row: Row) => ImportRecord | undefined>([
      [tableName(names, 'news_detail'), (row) => this.article(side, names, row, problem)],
      [tableName(names, 'laws_row'), (row) => this.law(side, names, row, problem)],
      [tableName(names, 'faq'), (row) => this.question(side, names, row, problem)],
    ])
    for (const { name, table } of names.modules.pages) streamed.set(table, (row) => this.page(names, name, row))
    const comments = commentTable(names, this.reader.tables())
    if (comments) streamed.set(comments, (row) => this.comment(names, row, problem))
    for await (const { table, row } of this.reader.scan((t) => streamed.has(t))) {
      const record = streamed.get(table)!(row)
      if (record) yield record
    }
    // Articles whose body row is missing still come, empty, so their address keeps working.
    for (const id of [...side.articles.keys()]) {
      yield this.article(side, names, { id, bodyhtml: '' }, problem, 'no body in news_detail: imported empty')!
    }
  }

  async close(): Promise<void> {
    await this.reader.close()
  }

  private* categories(side: SideTables, names: Site): Generator<CategoryRecord> {
    for (const [id, row] of side.categories) {
      const parent = text(row.parentid)
      yield {
        kind: 'category',
        sourceId: id,
        name: text(row.title),
        slug: text(row.alias) || undefined,
        parentRef: parent && parent !== '0' ? parent : undefined,
        description: text(row.description) || undefined,
        oldAddresses: newsCategoryAddresses(names, names.modules.news, text(row.alias)),
      }
    }
  }

  private* tags(side: SideTables, names: Site): Generator<TagRecord> {
    for (const [id, row] of side.tags) {
      const alias = text(row.alias)
      yield {
        kind: 'tag',
        sourceId: id,
        name: text(row.title) || side.tagKeywords.get(id) || alias.replaceAll('-', ' '),
        slug: alias || undefined,
        oldAddresses: newsTagAddresses(names, names.modules.news, alias),
      }
    }
  }

  private* featuredImages(side: SideTables, problem: (p: SourceProblem) => void): Generator<MediaRecord> {
    const done = new Set<string>()
    for (const [id, row] of side.articles) {
      const media = this.featuredImage(row)
      if (!media || done.has(media.sourceId)) continue
      done.add(media.sourceId)
      if (this.options.uploads && !media.file && !isExternal(text(row.homeimgfile))) {
        problem({ sourceId: id, problem: `featured image ${text(row.homeimgfile)} not found under --uploads` })
      }
      yield media
    }
  }

  // homeimgthumb: 0 no image, 1 and 2 a file under uploads/news/ (with or without a thumbnail), 3 an address elsewhere.
  private featuredImage(row: Row): MediaRecord | undefined {
    // Files sit in the folder named after the module's data (`news`), whatever the module is called.
    const folder = 'news'
    const file = text(row.homeimgfile)
    if (!file || text(row.homeimgthumb) === '0') return undefined
    if (isExternal(file) || text(row.homeimgthumb) === '3') {
      return { kind: 'media', sourceId: file, oldUrls: [file], originalName: basename(new URL(file, 'http://x/').pathname), alt: text(row.homeimgalt) || undefined }
    }
    const onDisk = this.options.uploads ? join(this.options.uploads, folder, file) : undefined
    return {
      kind: 'media',
      sourceId: `${folder}/${file}`,
      file: onDisk && existsSync(onDisk) ? onDisk : undefined,
      oldUrls: [`/uploads/${folder}/${file}`, `/assets/${folder}/${file}`],
      originalName: basename(file),
      alt: text(row.homeimgalt) || undefined,
    }
  }

  private article(side: SideTables, names: Site, detail: Row, problem: (p: SourceProblem) => void, missing?: string): ArticleRecord | undefined {
    const id = text(detail.id)
    const row = side.articles.get(id)
    if (!row) {
      problem({ sourceId: id, problem: 'a body in news_detail for no article in news_rows: skipped' })
      return undefined
    }
    side.articles.delete(id)
    const notes: string[] = missing ? [missing] : []
    const { status, note } = articleStatus(row, this.options.now ?? new Date())
    if (note) notes.push(note)
    const categoryIds = [...new Set([text(row.catid), ...text(row.listcatid).split(',')].map((c) => c.trim()).filter((c) => side.categories.has(c)))]
    const catAliases = categoryIds.map((c) => text(side.categories.get(c)!.alias))
    const bodyHtml = text(detail.bodyhtml)
    const lead = text(row.hometext)
    const sourceName = side.sources.get(text(row.sourceid)) ?? (text(detail.sourcetext) || undefined)
    const publishedAt = timestamp(row.publtime)
    const fontFaces = fontFacesIn(`${bodyHtml}\n${lead}`)
    return {
      kind: 'article',
      sourceId: id,
      title: text(row.title),
      lead: lead || undefined,
      bodyHtml,
      status,
      publishedAt: status === 'draft' && !publishedAt ? undefined : publishedAt,
      updatedAt: timestamp(row.edittime),
      categoryRefs: categoryIds,
      tags: (side.tagsOfArticle.get(id) ?? []).map((tid) => side.tagKeywords.get(tid) ?? tid),
      byline: text(row.author) || undefined,
      featuredMediaRef: this.featuredImage(row)?.sourceId,
      source: sourceName,
      oldAddresses: newsArticleAddresses(names, names.modules.news, catAliases, text(row.alias), id),
      notes,
      textHints: fontFaces.length > 0 ? { fontFaces } : undefined,
    }
  }

  private page(names: Site, module: string, row: Row): PageRecord {
    const bodyHtml = text(row.bodytext)
    const fontFaces = fontFacesIn(bodyHtml)
    return {
      kind: 'page',
      sourceId: `${module}/${text(row.id)}`,
      title: text(row.title),
      bodyHtml,
      status: text(row.status) === '1' ? 'published' : 'draft',
      slug: text(row.alias) || undefined,
      publishedAt: timestamp(row.add_time),
      oldAddresses: pageAddresses(names, module, text(row.alias)),
      notes: text(row.status) === '1' ? [] : ['hidden in NukeViet: imported as a draft'],
      textHints: fontFaces.length > 0 ? { fontFaces } : undefined,
    }
  }

  private law(side: SideTables, names: Site, row: Row, problem: (p: SourceProblem) => void): DocumentRecord {
    const id = text(row.id)
    const LAWS = 'laws'
    const files: DocumentRecord['files'] = []
    for (const path of text(row.files).split(',').map((f) => f.trim()).filter(Boolean)) {
      if (isExternal(path)) { problem({ sourceId: `${LAWS}/${id}`, problem: `attached file ${path} is on another site: not copied` }); continue }
      const onDisk = this.options.uploads ? join(this.options.uploads, LAWS, path) : undefined
      if (onDisk && existsSync(onDisk)) files.push({ file: onDisk, originalName: basename(path) })
      else if (this.options.uploads) problem({ sourceId: `${LAWS}/${id}`, problem: `attached file ${path} not found under --uploads` })
    }
    return {
      kind: 'document',
      sourceId: id,
      number: text(row.code),
      summary: text(row.introtext) || text(row.title),
      documentKind: side.lawKinds.get(text(row.cid)) ?? '',
      issuer: side.lawIssuers.get(text(row.sid)),
      signer: side.lawSigners.get(text(row.sgid)),
      issuedOn: timestamp(row.publtime),
      effectiveOn: timestamp(row.startvalid),
      files,
      oldAddresses: lawAddresses(names, names.modules.laws, text(row.alias)),
    }
  }

  private question(side: SideTables, names: Site, row: Row, problem: (p: SourceProblem) => void): QuestionRecord | undefined {
    const id = text(row.id)
    if (text(row.status) !== '1') {
      problem({ sourceId: `${names.modules.faq}/${id}`, problem: 'a question hidden in NukeViet: not imported' })
      return undefined
    }
    const topic = side.faqTopics.get(text(row.catid))
    return {
      kind: 'question',
      sourceId: id,
      title: text(row.title),
      question: text(row.question),
      answerHtml: text(row.answer),
      topic: topic ? text(topic.title) : undefined,
      askedAt: timestamp(row.addtime),
      oldAddresses: questionAddresses(names, names.modules.faq, topic ? text(topic.alias) : undefined, id),
    }
  }

  private comment(names: Site, row: Row, problem: (p: SourceProblem) => void): CommentRecord | undefined {
    const id = text(row.cid)
    const module = text(row.module)
    if (module !== names.modules.news) {
      problem({ sourceId: `comment/${id}`, problem: `a comment on the ${module} module: only comments on news articles are imported` })
      return undefined
    }
    // A site sharing one comment table between languages names the language in each row.
    if (row.lang !== undefined && text(row.lang) !== names.lang) return undefined
    const parent = text(row.pid)
    return {
      kind: 'comment',
      sourceId: id,
      articleRef: text(row.id),
      parentRef: parent && parent !== '0' ? parent : undefined,
      authorName: text(row.post_name),
      authorEmail: text(row.post_email) || undefined,
      body: text(row.content),
      status: text(row.status) === '1' ? 'approved' : 'pending',
      createdAt: timestamp(row.post_time) ?? new Date(0),
    }
  }
}
