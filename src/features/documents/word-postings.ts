import type { Db } from '../../platform/db/connect.ts'

// The documents each word of the register's index holds (document_words), read from the
// database and kept for the common words. A common word ("cong", "tac") is in tens of thousands
// of documents: reading its rows again for every search was most of a search's time, while a
// rare word costs the database a few rows. Kept within a budget of ids, the least recently used
// dropped first; emptied whenever the register changes.

/** Words in fewer documents than this are read each time: cheap, and they would crowd the cache. */
const KEPT_FROM = 500

export class WordPostings {
  readonly #db: Db
  readonly #budget: number
  #kept = new Map<string, Int32Array>()
  #size = 0
  /** Moves on at every clear: a read begun before it is used once but not kept. */
  #generation = 0

  /** budget: how many document ids may be kept in all (4 bytes each). */
  constructor(db: Db, budget = 4_000_000) {
    this.#db = db
    this.#budget = budget
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
    const rows = await this.#db.selectFrom('document_words').select('document_id').where('word', '=', word).execute()
    const ids = Int32Array.from(rows, (r) => r.document_id)
    if (generation === this.#generation && ids.length >= KEPT_FROM && ids.length <= this.#budget) this.#keep(word, ids)
    return ids
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
