import { stat, readFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import {
  MalformedSourceError, type ArticleRecord, type CategoryRecord, type ImportRecord, type ImportSource,
  type MediaRecord, type PageRecord, type SourceProblem,
} from '../records.ts'
import { decodePage } from './page-text.ts'
import { extractPage, parsePage, type ExtractedPage } from './page-extract.ts'
import { addressesOfSavedPage, isPageLike, listSavedFiles } from './saved-files.ts'
import { loadSiteMap, type SiteMap, type SiteRule } from './site-map.ts'

// `import html DIR --map FILE.json`: a portal saved by `wget --mirror` (Liferay, ASP.NET portals
// with no export), read page by page through the administrator's map. Source ids are the old
// addresses (pages) and the saved paths (images): stable from one run to the next.

/** Pages bigger than this are not articles (a saved archive, a log): reported and left. */
const LARGEST_PAGE = 20 * 1024 * 1024

export interface SavedPage {
  savedPath: string
  rule: SiteRule
}

export class HtmlSiteSource implements ImportSource {
  readonly name = 'html'
  private validated = false

  constructor(readonly dir: string, readonly map: SiteMap) {}

  /** Saved pages by the rule that takes them (the first that matches), and pages no rule takes. */
  async plan(): Promise<{ pages: SavedPage[]; unmatched: string[] }> {
    const pages: SavedPage[] = []
    const unmatched: string[] = []
    for (const savedPath of await listSavedFiles(this.dir)) {
      // A broad glob ("**") takes the pages, never the images and styles saved beside them.
      if (!isPageLike(savedPath)) continue
      const rule = this.map.rules.find(r => r.matches(savedPath))
      if (rule) pages.push({ savedPath, rule })
      else unmatched.push(savedPath)
    }
    return { pages, unmatched }
  }

  async validate(problem: (p: SourceProblem) => void): Promise<{ items: number; skipped: { reason: string; count: number }[] }> {
    let items = 0
    const { pages, unmatched } = await this.plan()
    for await (const record of this.read(problem, pages)) if (record.kind === 'article' || record.kind === 'page') items++
    this.validated = true
    const skipped = unmatched.length ? [{ reason: 'saved page matched no rule of the map', count: unmatched.length }] : []
    return { items, skipped }
  }

  async *records(problem: (p: SourceProblem) => void): AsyncIterable<ImportRecord> {
    // Problems were told once, by the validation pass; the import pass only yields.
    yield* this.read(this.validated ? () => {} : problem, (await this.plan()).pages)
  }

  private async *read(problem: (p: SourceProblem) => void, pages: SavedPage[]): AsyncIterable<ImportRecord> {
    const categories = new Set<string>()
    const media = new Set<string>()
    for (const { savedPath, rule } of pages) {
      const [address] = addressesOfSavedPage(savedPath)
      const sourceId = address!
      const file = join(this.dir, savedPath)
      if ((await stat(file)).size > LARGEST_PAGE) {
        problem({ sourceId, problem: `${savedPath}: larger than ${LARGEST_PAGE / 1024 / 1024} MB, not read` })
        continue
      }
      const text = decodePage(await readFile(file))
      const found = extractPage(parsePage(text.html), rule, this.map, sourceId, this.dir)
      if (!found.ok) {
        problem({ sourceId, problem: `${savedPath} (rule "${rule.label}"): ${found.problem}, skipped` })
        continue
      }
      const page = found.page
      for (const p of page.problems) problem({ sourceId, problem: `${savedPath}: ${p}` })

      const categoryRefs: string[] = []
      for (const record of categoryRecords(page)) {
        if (!categories.has(record.sourceId)) {
          categories.add(record.sourceId)
          yield record
        }
        categoryRefs.push(record.sourceId)
      }
      for (const image of page.images) {
        if (media.has(image.savedPath)) continue
        media.add(image.savedPath)
        yield mediaRecord(this.dir, this.map.origins, image)
      }
      const textHints = {
        ...(page.fontFaces.length ? { fontFaces: page.fontFaces } : {}),
        ...(text.declaredCharset ? { declaredCharset: text.declaredCharset } : {}),
      }
      const common = {
        sourceId,
        title: page.title,
        bodyHtml: page.bodyHtml,
        status: rule.status ?? 'published',
        publishedAt: page.publishedAt,
        oldAddresses: addressesOfSavedPage(savedPath),
        notes: page.notes,
        ...(Object.keys(textHints).length ? { textHints } : {}),
      } as const
      if (rule.kind === 'page') {
        yield { kind: 'page', ...common } satisfies PageRecord
      } else {
        yield {
          kind: 'article',
          ...common,
          lead: page.lead,
          // Only the deepest level: the article belongs to "Thời sự", which sits under "Tin tức".
          categoryRefs: categoryRefs.slice(-1),
          tags: [],
          byline: page.byline,
        } satisfies ArticleRecord
      }
    }
  }
}

function categoryRecords(page: ExtractedPage): CategoryRecord[] {
  const records: CategoryRecord[] = []
  let parentRef: string | undefined
  let path = ''
  for (const level of page.categories) {
    // Named by the way down the hierarchy, so "Tin tức › Y tế" and "Văn bản › Y tế" stay apart.
    path = path ? `${path}/${level.name}` : level.name
    records.push({ kind: 'category', sourceId: path, name: level.name, parentRef, oldAddresses: level.address ? [level.address] : [] })
    parentRef = path
  }
  return records
}

function mediaRecord(dir: string, origins: string[], image: ExtractedPage['images'][number]): MediaRecord {
  // Bodies name it by its address now (see page-extract.ts); other pages of the old site, and
  // fields the sink fills later, may name it in full.
  const oldUrls = [...new Set([image.address, ...origins.map(origin => `${origin}${image.address}`)])]
  if (!oldUrls.includes(image.written) && /^(https?:)?\/\//i.test(image.written)) oldUrls.push(image.written)
  return { kind: 'media', sourceId: image.savedPath, file: join(dir, image.savedPath), oldUrls, originalName: basename(image.savedPath), alt: image.alt }
}

/** Opens a saved site and its map; an unreadable DIR or map, or a map that does not check, throws MalformedSourceError. */
export async function openHtmlSiteSource(dir: string, mapFile: string): Promise<HtmlSiteSource> {
  const root = resolve(dir)
  const map = await loadSiteMap(mapFile)
  let isDir = false
  try {
    isDir = (await stat(root)).isDirectory()
  } catch (error) {
    throw new MalformedSourceError({ file: dir }, `cannot read the saved site: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  if (!isDir) throw new MalformedSourceError({ file: dir }, 'the saved site must be a folder')
  return new HtmlSiteSource(root, map)
}
