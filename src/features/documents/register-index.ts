import type { Db, Dialect } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { compareVietnamese } from '../../platform/text/vietnamese.ts'
import { VALIDITIES, type Validity } from './document.ts'
import { numberTokens } from './number.ts'
import type { DocumentCursor, DocumentFacets, DocumentFilters, FacetValue } from './public.repository.ts'
import { dayNumber, loadRegisterSnapshot, validityIndex, type ListRow, type RegisterSnapshot } from './register-snapshot.ts'
import { WordPostings } from './word-postings.ts'

// What the readers' list of the register finds: the documents a query's words and the chosen
// facets leave, in order, a page of them, and how many each facet value holds under the other
// facets. Worked out over the snapshot in memory (register-snapshot.ts) and the word index
// (word-postings.ts); the snapshot is dropped on every 'documents.changed', from this instance
// or relayed from another, and read again by the next request.

export interface RegisterFind {
  /** The page's documents, in order (their rows are read by id). */
  ids: number[]
  next: DocumentCursor | undefined
  facets: DocumentFacets
}

interface Token { word: string; kindIds: number[] }

/** At most this many words of a query count: a pasted paragraph is not a search. */
const MOST_WORDS = 8

const KIND = 1
const ISSUER = 2
const FIELD = 4
const YEAR = 8
const VALIDITY = 16

export class RegisterIndex {
  readonly #db: Db
  readonly #postings: WordPostings
  #snapshot: Promise<RegisterSnapshot> | undefined

  constructor(db: Db, dialect: Dialect, events?: NewsroomEventBus) {
    this.#db = db
    this.#postings = new WordPostings(db, dialect)
    events?.on('documents.changed', () => this.changed())
  }

  /** The register changed: the next request reads it again. */
  changed(): void {
    this.#snapshot = undefined
    this.#postings.clear()
  }

  async find(filters: DocumentFilters, after: DocumentCursor | undefined, limit: number): Promise<RegisterFind> {
    const snapshot = await this.#current()
    const tokens = tokensOf(filters.q, snapshot)
    const matched = tokens.length ? await this.#match(snapshot, tokens) : undefined
    const counts = new FacetCounts(snapshot)
    const listed = new Int32Array(snapshot.size)
    let listedCount = 0
    const { kind, issuer, issued, validity } = snapshot
    const wantedValidity = filters.validity === undefined ? undefined : validityIndex(filters.validity)
    for (let slot = 0; slot < snapshot.size; slot++) {
      if (matched && matched[slot] !== tokens.length) continue
      let fails = 0
      if (filters.kindId !== undefined && kind[slot] !== filters.kindId) fails |= KIND
      if (filters.issuerId !== undefined && issuer[slot] !== filters.issuerId) fails |= ISSUER
      if (filters.fieldId !== undefined && !hasField(snapshot, slot, filters.fieldId)) fails |= FIELD
      if (filters.year !== undefined && Math.floor(issued[slot]! / 10_000) !== filters.year) fails |= YEAR
      if (wantedValidity !== undefined && validity[slot] !== wantedValidity) fails |= VALIDITY
      // A facet's values are counted under every other chosen facet: a document failing only
      // that facet's own choice still counts towards its other values.
      if (fails === 0) listed[listedCount++] = slot
      if ((fails & (fails - 1)) === 0) counts.add(slot, fails)
    }
    const page = pageOf(snapshot, tokens, listed.subarray(0, listedCount), after, limit + 1)
    const shown = page.slice(0, limit)
    const last = shown.at(-1)
    return {
      ids: shown.map((o) => snapshot.ids[o.slot]!),
      next: page.length > limit && last ? cursorOf(snapshot, last.slot, last.score) : undefined,
      facets: counts.named(),
    }
  }

  #current(): Promise<RegisterSnapshot> {
    if (this.#snapshot) return this.#snapshot
    const loading = loadRegisterSnapshot(this.#db)
    this.#snapshot = loading
    // A failed read is not kept: the next request tries again.
    loading.catch(() => {
      if (this.#snapshot === loading) this.#snapshot = undefined
    })
    return loading
  }

  /**
   * For each slot, how many of the query's words in a row it has: every word is one of the
   * document's (number, summary, files' text) or names its kind. Equal to the number of words
   * for a match.
   */
  async #match(snapshot: RegisterSnapshot, tokens: Token[]): Promise<Uint8Array> {
    const postings = await Promise.all(tokens.map((t) => this.#postings.of(t.word)))
    const hits = new Uint8Array(snapshot.size)
    const { slotOf } = snapshot
    tokens.forEach((token, i) => {
      for (const id of postings[i]!) {
        // Ids past the snapshot's are documents published since: the next snapshot has them.
        const slot = id < slotOf.length ? slotOf[id]! : -1
        if (slot >= 0 && hits[slot] === i) hits[slot] = i + 1
      }
      if (token.kindIds.length === 0) return
      for (let slot = 0; slot < snapshot.size; slot++) {
        if (hits[slot] === i && token.kindIds.includes(snapshot.kind[slot]!)) hits[slot] = i + 1
      }
    })
    return hits
  }
}

/** The query's words (a-z0-9, folded), each with the kinds it names ("quyet", "dinh", "qd" all name Quyết định). */
function tokensOf(q: string | undefined, snapshot: RegisterSnapshot): Token[] {
  const words = [...new Set(numberTokens(q ?? ''))].slice(0, MOST_WORDS)
  if (words.length === 0) return []
  const kindWords = snapshot.kinds.map((k) => ({ id: k.id, words: new Set(numberTokens(`${k.name} ${k.abbreviation}`)) }))
  return words.map((word) => ({ word, kindIds: kindWords.filter((k) => k.words.has(word)).map((k) => k.id) }))
}

function hasField(snapshot: RegisterSnapshot, slot: number, fieldId: number): boolean {
  for (let i = snapshot.fieldStart[slot]!; i < snapshot.fieldStart[slot + 1]!; i++) if (snapshot.fieldIds[i] === fieldId) return true
  return false
}

/**
 * The page after the cursor. With a query, the documents its words name (by number or kind)
 * come first: "quyet dinh 15 2021" puts Quyết định 15/2021/QĐ-UBND on top; within a score, the
 * register's order. Walked score by score, from the highest, until the page is full.
 */
function pageOf(snapshot: RegisterSnapshot, tokens: Token[], listed: Int32Array, after: DocumentCursor | undefined, size: number): { slot: number; score: number }[] {
  const scores = new Uint8Array(listed.length)
  if (tokens.length) {
    listed.forEach((slot, i) => {
      let score = 0
      for (const t of tokens) if (t.kindIds.includes(snapshot.kind[slot]!) || snapshot.numberKey[slot]!.includes(` ${t.word} `)) score++
      scores[i] = score
    })
  }
  const page: { slot: number; score: number }[] = []
  for (let score = tokens.length; score >= 0 && page.length < size; score--) {
    if (after && score > after.score) continue
    for (let i = 0; i < listed.length && page.length < size; i++) {
      if (scores[i] !== score) continue
      if (!after || isAfter(snapshot, listed[i]!, score, after)) page.push({ slot: listed[i]!, score })
    }
  }
  return page
}

function isAfter(snapshot: RegisterSnapshot, slot: number, score: number, after: DocumentCursor): boolean {
  if (score !== after.score) return score < after.score
  const issued = snapshot.issued[slot]!
  const afterIssued = dayNumber(after.issuedOn)
  return issued < afterIssued || (issued === afterIssued && snapshot.ids[slot]! < after.id)
}

function cursorOf(snapshot: RegisterSnapshot, slot: number, score: number): DocumentCursor {
  const day = String(snapshot.issued[slot]!)
  return { score, issuedOn: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`, id: snapshot.ids[slot]! }
}

/** In the order of the words (in force, not yet, partly, suspended, expired); kinds without validity have none. */
const VALIDITY_ORDER: readonly Validity[] = ['in_force', 'not_yet', 'partly_expired', 'suspended', 'expired']

class FacetCounts {
  readonly #snapshot: RegisterSnapshot
  readonly #kind: Int32Array
  readonly #issuer: Int32Array
  readonly #field: Int32Array
  /** By year, from FIRST_YEAR. */
  readonly #year = new Int32Array(YEARS)
  readonly #validity = new Int32Array(VALIDITIES.length)

  constructor(snapshot: RegisterSnapshot) {
    this.#snapshot = snapshot
    this.#kind = new Int32Array(maxId(snapshot.kinds) + 1)
    this.#issuer = new Int32Array(maxId(snapshot.issuers) + 1)
    this.#field = new Int32Array(maxId(snapshot.fields) + 1)
  }

  /** Counts the slot towards every facet (fails 0) or only towards the one facet it fails. */
  add(slot: number, fails: number): void {
    const s = this.#snapshot
    if (fails === 0 || fails === KIND) this.#kind[s.kind[slot]!]!++
    if (fails === 0 || fails === ISSUER) this.#issuer[s.issuer[slot]!]!++
    if (fails === 0 || fails === FIELD) for (let i = s.fieldStart[slot]!; i < s.fieldStart[slot + 1]!; i++) this.#field[s.fieldIds[i]!]!++
    if (fails === 0 || fails === YEAR) this.#year[Math.floor(s.issued[slot]! / 10_000) - FIRST_YEAR]!++
    if ((fails === 0 || fails === VALIDITY) && s.validity[slot]! >= 0) this.#validity[s.validity[slot]!]!++
  }

  named(): DocumentFacets {
    const s = this.#snapshot
    const years: FacetValue[] = []
    for (let i = YEARS - 1; i >= 0; i--) if (this.#year[i]) years.push({ value: String(FIRST_YEAR + i), label: String(FIRST_YEAR + i), count: this.#year[i]! })
    return {
      kind: named(this.#kind, s.kinds),
      issuer: named(this.#issuer, s.issuers),
      field: named(this.#field, s.fields),
      year: years,
      validity: VALIDITY_ORDER.flatMap((v) => {
        const count = this.#validity[VALIDITIES.indexOf(v)]!
        return count ? [{ value: v, label: v, count }] : []
      }),
    }
  }
}

/** Issue years counted: a document's day is four digits of year (typed arrays ignore what falls outside). */
const FIRST_YEAR = 0
const YEARS = 10_000

const maxId = (rows: readonly { id: number }[]) => rows.reduce((max, r) => Math.max(max, r.id), 0)

/** Named from the short lists, in the administrator's order (then by name). */
function named(counts: Int32Array, names: readonly ListRow[]): FacetValue[] {
  return names.filter((v) => counts[v.id]! > 0).sort((a, b) => a.position - b.position || compareVietnamese(a.name, b.name))
    .map((v) => ({ value: String(v.id), label: v.name, count: counts[v.id]! }))
}
