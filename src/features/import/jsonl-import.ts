import { createReadStream, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Db } from '../../platform/db/connect.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { insertArticle, sanitizeArticleBody } from '../articles/index.ts'
import { insertCategory, listAllCategories, reservedSlugProblem, type ReservedPrefixes } from '../categories/index.ts'
import { parseJsonlLine, splitByline, type JsonlArticle } from './jsonl-article.ts'

export interface ImportReport {
  imported: number
  rejected: { line: number; problem: string }[]
}

export interface ImportOptions {
  /** The modules' public prefixes (src/modules.ts `reservedPrefixesOf`): no new category may take one. */
  reservedPrefixes: ReservedPrefixes
  onProgress?: (bytesRead: number, totalBytes: number, imported: number) => void
  batchSize?: number
  now?: Date
}

// Loads articles from JSON Lines, one article a line. A bad line is reported with its
// number and skipped; the rest load, in transactions of a batch each.
export async function importJsonl(db: Db, file: string, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? new Date()
  const batchSize = options.batchSize ?? 500
  const totalBytes = statSync(file).size
  const report: ImportReport = { imported: 0, rejected: [] }
  const categoryIds = new Map<string, number>()
  const takenSlugs = new Set<string>()
  await loadExisting(db, categoryIds, takenSlugs)
  // Category slugs are unique site-wide: a path that would reuse one elsewhere is refused.
  const pathBySlug = new Map([...categoryIds.keys()].map((path) => [path.split('/').at(-1)!, path]))

  let batch: { line: number; article: JsonlArticle; publishedAt: Date }[] = []
  let bytesRead = 0
  let lineNumber = 0
  const flush = async () => {
    if (batch.length === 0) return
    const current = batch
    batch = []
    await db.transaction().execute(async (trx) => {
      for (const { article, publishedAt } of current) {
        const categoryId = await ensureCategoryPath(trx, article.category, categoryIds, now)
        await insertArticle(trx, {
          slug: claimSlug(article.title, takenSlugs),
          title: article.title.normalize('NFC'),
          lead: (article.lead ?? '').normalize('NFC'),
          bodyHtml: sanitizeArticleBody(article.body_html),
          byline: splitByline(article.byline),
          source: '',
          categoryId,
          status: 'published',
          publishedAt,
          leadImage: undefined,
          tags: (article.tags ?? []).map((t) => t.normalize('NFC')),
        }, now)
      }
    })
    report.imported += current.length
    options.onProgress?.(bytesRead, totalBytes, report.imported)
  }

  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
  for await (const line of lines) {
    lineNumber++
    bytesRead += Buffer.byteLength(line) + 1
    if (line.trim() === '') continue
    const parsed = parseJsonlLine(line)
    if (!parsed.ok) {
      report.rejected.push({ line: lineNumber, problem: parsed.problem })
      continue
    }
    const clash = reservedClash(parsed.article.category, categoryIds, options.reservedPrefixes) ?? categoryClash(parsed.article.category, pathBySlug)
    if (clash) {
      report.rejected.push({ line: lineNumber, problem: clash })
      continue
    }
    batch.push({ line: lineNumber, article: parsed.article, publishedAt: parsed.publishedAt })
    if (batch.length >= batchSize) await flush()
  }
  await flush()
  return report
}

/**
 * A top-level category the line would create on a module's prefix (one that exists already stays
 * where it is; a sub-category's slug takes no first path segment).
 */
function reservedClash(path: string, existing: Map<string, number>, reserved: ReservedPrefixes): string | undefined {
  const top = path.split('/')[0]!
  if (existing.has(top)) return undefined
  const problem = reservedSlugProblem(top, reserved)
  return problem ? `/category: ${problem}` : undefined
}

function categoryClash(path: string, pathBySlug: Map<string, string>): string | undefined {
  const slugs = path.split('/')
  for (let i = 0; i < slugs.length; i++) {
    const prefix = slugs.slice(0, i + 1).join('/')
    const existing = pathBySlug.get(slugs[i]!)
    if (existing === undefined) pathBySlug.set(slugs[i]!, prefix)
    else if (existing !== prefix) return `/category: "${slugs[i]}" already exists as ${existing}`
  }
  return undefined
}

async function loadExisting(db: Db, categoryIds: Map<string, number>, takenSlugs: Set<string>): Promise<void> {
  const categories = await listAllCategories(db)
  const byId = new Map(categories.map((c) => [c.id, c]))
  const pathOf = (id: number): string => {
    const c = byId.get(id)!
    return c.parentId === null ? c.slug : `${pathOf(c.parentId)}/${c.slug}`
  }
  for (const c of categories) categoryIds.set(pathOf(c.id), c.id)
  for (const { slug } of await db.selectFrom('articles').select('slug').execute()) takenSlugs.add(slug)
}

async function ensureCategoryPath(db: Db, path: string, categoryIds: Map<string, number>, now: Date): Promise<number> {
  const known = categoryIds.get(path)
  if (known !== undefined) return known
  const slugs = path.split('/')
  const parentPath = slugs.slice(0, -1).join('/')
  const parentId = parentPath ? await ensureCategoryPath(db, parentPath, categoryIds, now) : null
  const slug = slugs.at(-1)!
  const name = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
  const id = await insertCategory(db, { parentId, slug, name }, now)
  categoryIds.set(path, id)
  return id
}

function claimSlug(title: string, taken: Set<string>): string {
  const base = slugify(title) || 'bai-viet'
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  taken.add(slug)
  return slug
}
