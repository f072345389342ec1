import { sql } from 'kysely'
import type { Db, Dialect } from '../../platform/db/connect.ts'

// The documents each word of the register's index holds (document_words), read from the
// database and kept for the common words. A common word ("cong", "tac") is in tens of thousands
// of documents: reading its rows again for every search was most of a search's time, while a
// rare word costs the database a few rows. Kept within a budget of ids, the least recently used
// dropped first; emptied whenever the register changes.

/** Words in fewer documents than this are read each time: cheap, and they would crowd the cache. */
const KEPT_FROM = 500
/** 16 MB of ids: every common word of a register of 100,000 documents. */
const BUDGET = 4_000_000

export class WordPostings {
  readonly #db: Db
  readonly #dialect: Dialect
  readonly #budget: number
  readonly #keptFrom: number
  #kept = new Map<string, Int32Array>()
  #size = 0
  /** Moves on at every clear: a read begun before it is used once but not kept. */
  #generation = 0

  /** budget: how many document ids may be kept in all (4 bytes each); keptFrom: the fewest a kept word has. */
  constructor(db: Db, dialect: Dialect, { budget = BUDGET, keptFrom = KEPT_FROM } = {}) {
    this.#db = db
    this.#dialect = dialect
    this.#budget = budget
    this.#keptFrom = keptFrom
  }

  async of(word: string): Promise<Int32Array> {
    const kept = this.#kept.get(word)
    if (kept) {
      // Map keeps insertion order: moved to the end, it is the last to go.
      this.#kept.delete(word)
      this.#kept.set(word, kept)
      return kept
    }
    const generation = this.#generation
    const ids = await this.#read(word)
    if (generation === this.#generation && ids.length >= this.#keptFrom && ids.length <= this.#budget) this.#keep(word, ids)
    return ids
  }

  /**
   * As one text of ids joined by commas: tens of thousands of rows, each made into an object by
   * the driver, took two to three times as long as one string split here.
   */
  async #read(word: string): Promise<Int32Array> {
    const joined = this.#dialect === 'postgres' ? sql`string_agg(document_id::text, ',')` : sql`group_concat(document_id)`
    const { rows } = await sql<{ ids: string | null }>`select ${joined} as ids from document_words where word = ${word}`.execute(this.#db)
    const text = rows[0]?.ids
    return text ? Int32Array.from(text.split(','), Number) : new Int32Array(0)
  }

  clear(): void {
    this.#kept.clear()
    this.#size = 0
    this.#generation++
  }

  #keep(word: string, ids: Int32Array): void {
    for (const [oldest, dropped] of this.#kept) {
      if (this.#size + ids.length <= this.#budget) break
      this.#kept.delete(oldest)
      this.#size -= dropped.length
    }
    this.#kept.set(word, ids)
    this.#size += ids.length
  }
}
