import type { Row } from './table-reader.ts'
import type { TableNames } from './nukeviet-tables.ts'
import { text } from './row-values.ts'

/** What is read first and kept in memory: the small tables, and the article rows without their bodies. */
export interface SideTables {
  categories: Map<string, Row>
  sources: Map<string, string>
  tags: Map<string, Row>
  tagKeywords: Map<string, string>
  tagsOfArticle: Map<string, string[]>
  articles: Map<string, Row>
  lawKinds: Map<string, string>
  lawIssuers: Map<string, string>
  lawSigners: Map<string, string>
  faqTopics: Map<string, Row>
  modules: { title: string; file: string; data: string }[]
}

// An article row is kept until its body goes by: only what the record is made of, not NukeViet's counters and settings.
export const ARTICLE_FIELDS = [
  'id', 'catid', 'listcatid', 'author', 'sourceid', 'status', 'publtime', 'exptime', 'edittime',
  'title', 'alias', 'hometext', 'homeimgfile', 'homeimgalt', 'homeimgthumb',
] as const

export function pick(row: Row, fields: readonly string[]): Row {
  const kept: Row = {}
  for (const field of fields) if (row[field] !== undefined) kept[field] = row[field]!
  return kept
}

export function emptySideTables(): SideTables {
  return {
    categories: new Map(), sources: new Map(), tags: new Map(), tagKeywords: new Map(), tagsOfArticle: new Map(),
    articles: new Map(), lawKinds: new Map(), lawIssuers: new Map(), lawSigners: new Map(), faqTopics: new Map(),
    modules: [],
  }
}

export function keepSideRow(side: SideTables, names: TableNames, table: string, row: Row): void {
  switch (table.slice(`${names.prefix}_${names.lang}_`.length)) {
    case 'news_cat': side.categories.set(text(row.catid), row); break
    case 'news_sources': side.sources.set(text(row.sourceid), text(row.title)); break
    case 'news_tags': side.tags.set(text(row.tid), row); break
    case 'news_tags_id': {
      const tid = text(row.tid)
      if (!side.tagKeywords.has(tid) && text(row.keyword)) side.tagKeywords.set(tid, text(row.keyword))
      const article = text(row.id)
      side.tagsOfArticle.set(article, [...(side.tagsOfArticle.get(article) ?? []), tid])
      break
    }
    case 'news_rows': side.articles.set(text(row.id), row); break
    case 'laws_cat': side.lawKinds.set(text(row.id), text(row.title)); break
    case 'laws_subject': side.lawIssuers.set(text(row.id), text(row.title)); break
    case 'laws_signer': side.lawSigners.set(text(row.id), text(row.title)); break
    case 'faq_categories': side.faqTopics.set(text(row.id), row); break
    case 'modules': side.modules.push({ title: text(row.title), file: text(row.module_file), data: text(row.module_data) }); break
  }
}
