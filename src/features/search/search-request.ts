import { BadRequestError } from '../../platform/http/errors.ts'
import { createLocale, phrase, say, type Phrase } from '../../platform/i18n/index.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { searchMessages } from './messages.ts'
import type { CategoryTree } from '../categories/index.ts'
import { parseQuery, type SearchQuery } from './query-parser.ts'
import type { SearchOrder } from './ranking.ts'
import type { SearchFilters } from './search.repository.ts'
import { CANDIDATES, PAGE_SIZE } from './search.service.ts'

/** What the page's and the API's parameters mean, checked: bad ones are a 400, never a 500. */
export interface ParsedSearch {
  q: string
  query: SearchQuery
  filters: SearchFilters
  order: SearchOrder
  page: number
}

export interface RawSearch {
  q?: string | undefined
  category?: string | undefined
  from?: string | undefined
  to?: string | undefined
  /** A kind of content ('document'), already known to be one (see kindOfSlug). */
  kind?: string | undefined
  order?: SearchOrder | undefined
  page?: number | undefined
}

export const MAX_PAGE = Math.ceil(CANDIDATES / PAGE_SIZE) * 2
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

export function parseSearch(raw: RawSearch, tree: CategoryTree): ParsedSearch {
  const q = raw.q ?? ''
  const filters: SearchFilters = {}
  if (raw.category) {
    const category = tree.findBySlug(raw.category)
    if (!category) throw new BadRequestError(`unknown category ${raw.category}`, phrase(searchMessages, 'unknownCategory'), 'unknown_category')
    filters.categoryIds = tree.subtreeIds(category.id)
  }
  if (raw.kind) filters.kinds = [raw.kind]
  if (raw.from) filters.from = localDayStart(raw.from, 'from')
  if (raw.to) filters.until = new Date(localDayStart(raw.to, 'to').getTime() + DAY_MS)
  if (filters.from && filters.until && filters.from >= filters.until) {
    throw new BadRequestError('"from" is after "to"', phrase(searchMessages, 'invalidDateRange'), 'invalid_date_range')
  }
  const page = raw.page ?? 1
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) {
    throw new BadRequestError(`page must be an integer from 1 to ${MAX_PAGE}`, phrase(searchMessages, 'invalidPage'), 'invalid_page')
  }
  return { q, query: parseQuery(q), filters, order: raw.order ?? 'relevance', page }
}

const VIETNAMESE = createLocale('vi')

/** What readers call a kind, in Vietnamese as the catalogue has it (the API's `label`, and the page's address). */
export const kindName = (kind: { label: Phrase }): string => say(VIETNAMESE, kind.label)

/** A kind's value in the search page's address (?loai=van-ban): its Vietnamese name as a slug. */
export const kindSlug = (kind: { label: Phrase }): string => slugify(kindName(kind))

/** The kind a `loai` value names, among the kinds searched; a 400 for one the portal has not. */
export function kindOfSlug(slug: string, kinds: readonly { kind: string; label: Phrase }[]): string {
  const found = kinds.find((k) => kindSlug(k) === slug)
  if (!found) throw new BadRequestError(`unknown kind ${slug}`, phrase(searchMessages, 'unknownKind'), 'unknown_kind')
  return found.kind
}

/** The API's `kind` ('document'), checked against the kinds searched. */
export function knownKind(kind: string, kinds: readonly { kind: string }[]): string {
  if (!kinds.some((k) => k.kind === kind)) throw new BadRequestError(`unknown kind ${kind}`, phrase(searchMessages, 'unknownKind'), 'unknown_kind')
  return kind
}

/** "2021-01-15" as the start of that day in Viet Nam (UTC+7, no daylight saving). */
function localDayStart(text: string, name: string): Date {
  const m = DATE.exec(text)
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN]
  const utc = Date.UTC(year, month - 1, day)
  const date = new Date(utc)
  if (!m || Number.isNaN(utc) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2999) {
    throw new BadRequestError(`${name} must be a date YYYY-MM-DD`, phrase(searchMessages, 'invalidDate'), 'invalid_date')
  }
  return new Date(utc - VIETNAM_OFFSET_MS)
}
