import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import './translation.table.ts'

/** An article as the English edition sees it: its language, where it is, whether it is chosen or linked. */
export interface TranslatableArticle {
  id: number
  title: string
  slug: string
  categoryId: number
  status: string
  language: 'vi' | 'en'
  translationWanted: boolean
  /** On an English article: the Vietnamese original it translates. */
  translationOf: number | null
}

const COLUMNS = ['id', 'title', 'slug', 'category_id', 'status', 'language', 'translation_wanted', 'translation_of'] as const

function toArticle(row: { id: number; title: string; slug: string; category_id: number; status: string; language: string; translation_wanted: number; translation_of: number | null }): TranslatableArticle {
  return {
    id: row.id, title: row.title, slug: row.slug, categoryId: row.category_id, status: row.status,
    language: row.language === 'en' ? 'en' : 'vi', translationWanted: Number(row.translation_wanted) === 1, translationOf: row.translation_of,
  }
}

export async function findTranslatableArticle(db: Db, id: number): Promise<TranslatableArticle | undefined> {
  const row = await db.selectFrom('articles').select(COLUMNS).where('id', '=', id).executeTakeFirst()
  return row && toArticle(row)
}

/** The other language's version: the English translation of a Vietnamese article, the original of an English one. */
export async function findCounterpart(db: Db, article: Pick<TranslatableArticle, 'id' | 'language' | 'translationOf'>): Promise<TranslatableArticle | undefined> {
  if (article.language === 'en') return article.translationOf === null ? undefined : findTranslatableArticle(db, article.translationOf)
  const row = await db.selectFrom('articles').select(COLUMNS).where('translation_of', '=', article.id).executeTakeFirst()
  return row && toArticle(row)
}

/**
 * An article and its counterpart in one read (the uncached article page asks on every render):
 * the row itself, the English article translating it, and the original it translates.
 */
export async function findWithCounterpart(db: Db, id: number): Promise<{ article: TranslatableArticle; counterpart: TranslatableArticle | undefined } | undefined> {
  const rows = (await db.selectFrom('articles').select(COLUMNS)
    .where((eb) => eb.or([
      eb('id', '=', id), eb('translation_of', '=', id),
      eb('id', 'in', eb.selectFrom('articles as self').select('self.translation_of').where('self.id', '=', id)),
    ])).execute()).map(toArticle)
  const article = rows.find((r) => r.id === id)
  if (!article) return undefined
  const counterpart = article.language === 'en' ? rows.find((r) => r.id === article.translationOf) : rows.find((r) => r.translationOf === id && r.language === 'en')
  return { article, counterpart }
}

/** The counterpart of an article known only by id (the purge of its pages). */
export async function findCounterpartId(db: Db, articleId: number): Promise<number | undefined> {
  return (await findWithCounterpart(db, articleId))?.counterpart?.id
}

/** Vietnamese articles chosen for translation or already translated, with their English translation's id. */
export async function listChosenForTranslation(db: Db): Promise<(TranslatableArticle & { englishId: number | null })[]> {
  const rows = await db.selectFrom('articles as vi')
    .leftJoin('articles as en', 'en.translation_of', 'vi.id')
    .select(['vi.id', 'vi.title', 'vi.slug', 'vi.category_id', 'vi.status', 'vi.language', 'vi.translation_wanted', 'vi.translation_of', 'en.id as english_id'])
    .where('vi.language', '=', 'vi')
    .where((eb) => eb.or([eb('vi.translation_wanted', '=', 1), eb('en.id', 'is not', null)]))
    .orderBy('vi.id', 'desc')
    .execute()
  return rows.map((row) => ({ ...toArticle(row), englishId: row.english_id }))
}

/** When each article's text last changed: its newest saved revision, else when it was made (a loaded or imported article). */
export async function textChangedAt(db: Db, ids: readonly number[]): Promise<Map<number, Date>> {
  if (ids.length === 0) return new Map()
  const [revised, made] = await Promise.all([
    db.selectFrom('article_revisions').select(['article_id', (eb) => eb.fn.max('saved_at').as('at')]).where('article_id', 'in', ids).groupBy('article_id').execute(),
    db.selectFrom('articles').select(['id', 'created_at']).where('id', 'in', ids).execute(),
  ])
  const at = new Map(made.map((r) => [r.id, toInstant(r.created_at)]))
  for (const r of revised) if (r.at !== null) at.set(r.article_id, toInstant(r.at as string | Date))
  return at
}

/** Marks a Vietnamese article chosen for translation, or not. */
export async function setTranslationWanted(db: Db, id: number, wanted: boolean): Promise<void> {
  await db.updateTable('articles').set({ translation_wanted: wanted ? 1 : 0 }).where('id', '=', id).execute()
}

/** Links an English article to its Vietnamese original (null: to none); the original is chosen for translation by it. */
export async function linkTranslation(db: Db, englishId: number, originalId: number | null): Promise<void> {
  await db.updateTable('articles').set({ translation_of: originalId }).where('id', '=', englishId).execute()
  if (originalId !== null) await setTranslationWanted(db, originalId, true)
}
