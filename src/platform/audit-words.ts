import type { Db } from './db/connect.ts'

// How the audit log reads: "Nguyễn Văn A đã duyệt bài «Hội nghị tổng kết…»", not
// "article.approve article #12". Each module says in its manifest what its actions are in
// words and how to name its objects; the log names a page of entries with one query per kind.

/** What a module's entries read as. */
export interface AuditWords {
  /** An action's verb phrase: 'article.approve' → 'duyệt bài'. */
  actions?: Readonly<Record<string, string>>
  /** The names of an item type's objects by id, read for a page of the log at once. */
  names?: Readonly<Record<string, (db: Db, ids: readonly string[]) => Promise<ReadonlyMap<string, string>>>>
}

export interface AuditFacts {
  action: string
  itemType: string
  itemId: string
}

/** One entry in words: the verb phrase, and the object's name when it still has one. */
export interface AuditSentence {
  phrase: string
  /** «name» of the object; undefined when the type has no names or the object is gone. */
  object: string | undefined
  /** "#12" and the like, when no name can be given. */
  fallback: string
}

export type AuditReader = (entries: readonly AuditFacts[]) => Promise<AuditSentence[]>

export function auditReader(db: Db, words: readonly AuditWords[]): AuditReader {
  const actions = new Map<string, string>()
  const names = new Map<string, (db: Db, ids: readonly string[]) => Promise<ReadonlyMap<string, string>>>()
  for (const w of words) {
    for (const [action, phrase] of Object.entries(w.actions ?? {})) actions.set(action, phrase)
    for (const [type, read] of Object.entries(w.names ?? {})) names.set(type, read)
  }
  return async (entries) => {
    const idsByType = new Map<string, Set<string>>()
    for (const e of entries) if (e.itemId && names.has(e.itemType)) (idsByType.get(e.itemType) ?? idsByType.set(e.itemType, new Set()).get(e.itemType)!).add(e.itemId)
    const named = new Map<string, ReadonlyMap<string, string>>()
    await Promise.all([...idsByType].map(async ([type, ids]) => named.set(type, await names.get(type)!(db, [...ids]))))
    return entries.map((e) => ({
      // An action no module describes (an old entry, a removed module) still shows, as its code.
      phrase: actions.get(e.action) ?? e.action,
      object: named.get(e.itemType)?.get(e.itemId),
      fallback: e.itemId ? `${e.itemType} #${e.itemId}` : e.itemType,
    }))
  }
}

/** Names by id from a table's `id` and one text column: what most modules' `names` need. */
export function namesFrom(table: string, column: string) {
  return async (db: Db, ids: readonly string[]): Promise<ReadonlyMap<string, string>> => {
    const numbers = ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number)
    if (numbers.length === 0) return new Map()
    // Dynamic table and column names: given by modules' manifests, never by a request.
    const rows = await (db as unknown as import('kysely').Kysely<Record<string, { id: number } & Record<string, string>>>)
      .selectFrom(table).select(['id', column]).where('id', 'in', numbers).execute()
    return new Map(rows.map((r) => [String(r.id), String(r[column])]))
  }
}
