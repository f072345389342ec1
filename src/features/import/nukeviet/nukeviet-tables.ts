import { MalformedSourceError } from '../records.ts'

/** The NukeViet 4 tables this reader knows, by their name after `<prefix>_<lang>_`. */
export const SIDE_TABLES = [
  'news_cat', 'news_sources', 'news_tags', 'news_tags_id', 'news_rows',
  'laws_cat', 'laws_subject', 'laws_signer', 'faq_categories', 'modules',
] as const

const SIDE_TABLE = new RegExp(`^(\\w+?)_([a-z]{2})_(${SIDE_TABLES.join('|')})$`)

/** Which table prefix and language a site's tables carry: `nv4` and `vi` for `nv4_vi_news_rows`. */
export interface TableNames {
  prefix: string
  lang: string
}

export function isSideTable(table: string, names: Partial<TableNames>): boolean {
  const match = SIDE_TABLE.exec(table)
  if (!match) return false
  return (names.prefix === undefined || match[1] === names.prefix) && (names.lang === undefined || match[2] === names.lang)
}

/**
 * The prefix and language, from the tables seen: given ones are checked, missing ones found.
 * A database holding two sites (two prefixes) must be told which one with `--prefix`.
 */
export function settleTableNames(label: string, tables: Iterable<string>, given: Partial<TableNames>): TableNames {
  const found: TableNames[] = []
  for (const table of tables) {
    const match = /^(\w+?)_([a-z]{2})_news_rows$/.exec(table)
    if (match && (given.prefix ?? match[1]) === match[1] && (given.lang ?? match[2]) === match[2]) found.push({ prefix: match[1]!, lang: match[2]! })
  }
  const wanted = given.prefix ? `${given.prefix}_${given.lang ?? '<lang>'}_news_rows` : '<prefix>_<lang>_news_rows'
  if (found.length === 0) throw new MalformedSourceError({ file: label }, `no NukeViet news table (${wanted}) found`)
  const prefixes = [...new Set(found.map((f) => f.prefix))]
  if (prefixes.length > 1) throw new MalformedSourceError({ file: label }, `tables of several NukeViet sites (${prefixes.join(', ')}): choose one with --prefix`)
  // A site in several languages: Vietnamese unless told otherwise.
  return found.find((f) => f.lang === 'vi') ?? found[0]!
}

export function tableName(names: TableNames, table: string): string {
  return `${names.prefix}_${names.lang}_${table}`
}

/** NukeViet 4 moved comments from `<prefix>_<lang>_comments` to `<prefix>_<lang>_comment`; some sites keep one table for all languages. */
export function commentTable(names: TableNames, tables: ReadonlySet<string>): string | undefined {
  return [tableName(names, 'comment'), tableName(names, 'comments'), `${names.prefix}_comment`].find((t) => tables.has(t))
}

/**
 * Where each module lives: its name in addresses (the `modules` table's `title`, which a site may
 * rename) and, for the page module, each installed copy (`about`, `siteterms`…) with its own table.
 */
export interface SiteModules {
  news: string
  laws: string
  faq: string
  pages: { name: string; table: string }[]
}

export function siteModules(names: TableNames, modules: { title: string; file: string; data: string }[]): SiteModules {
  // A site whose dump has no modules table: the names NukeViet installs.
  if (modules.length === 0) return { news: 'news', laws: 'laws', faq: 'faq', pages: [{ name: 'page', table: tableName(names, 'page') }] }
  const named = (file: string) => modules.find((m) => m.file === file && m.data === file.replaceAll('-', '_'))?.title ?? file
  return {
    news: named('news'),
    laws: named('laws'),
    faq: named('faq'),
    pages: modules.filter((m) => m.file === 'page').map((m) => ({ name: m.title, table: tableName(names, m.data) })),
  }
}
