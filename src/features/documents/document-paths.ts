import type { Lang } from '../../platform/i18n/index.ts'
import { isValidity } from './document.ts'
import type { DocumentCursor, DocumentFilters, Facet } from './public.repository.ts'

// Where readers find the register, in each language, and what its query strings say: the
// Vietnamese pages speak Vietnamese in their addresses too (/van-ban?loai=3&nam=2021).

export interface RegisterPaths {
  lang: Lang
  list: string
  document(slug: string): string
  /** Query-string names of the facets, the query and the cursor. */
  params: Record<Facet | 'q' | 'after', string>
}

export const VIETNAMESE_PATHS: RegisterPaths = {
  lang: 'vi',
  list: '/van-ban',
  document: (slug) => `/van-ban/${slug}`,
  params: { kind: 'loai', issuer: 'co-quan', field: 'linh-vuc', year: 'nam', validity: 'hieu-luc', q: 'q', after: 'sau' },
}

export const ENGLISH_PATHS: RegisterPaths = {
  lang: 'en',
  list: '/en/documents',
  document: (slug) => `/en/documents/${slug}`,
  params: { kind: 'kind', issuer: 'issuer', field: 'field', year: 'year', validity: 'validity', q: 'q', after: 'after' },
}

export const documentUrl = (slug: string) => VIETNAMESE_PATHS.document(slug)
/** An attached file, served by the register's file route under the name it was uploaded with. */
export const documentFileUrl = (file: { id: number; fileName: string }) => `/van-ban/tep/${file.id}/${encodeURIComponent(file.fileName)}`
export const kindFeedUrl = (kindId: number) => `/van-ban/rss/loai/${kindId}`
export const issuerFeedUrl = (issuerId: number) => `/van-ban/rss/co-quan/${issuerId}`

const ID = /^[1-9]\d{0,9}$/
const YEAR = /^\d{4}$/
const CURSOR = /^(\d{1,2})\.(\d{4}-\d{2}-\d{2})\.([1-9]\d{0,9})$/

export const encodeCursor = (c: DocumentCursor) => `${c.score}.${c.issuedOn}.${c.id}`

export function decodeCursor(text: string): DocumentCursor | undefined {
  const m = CURSOR.exec(text)
  return m ? { score: Number(m[1]), issuedOn: m[2]!, id: Number(m[3]) } : undefined
}

export interface RegisterQuery {
  filters: DocumentFilters
  after: DocumentCursor | undefined
}

/** A query-string value that cannot be a filter: which one (its name in the address) and what was sent. */
export interface BadFilter {
  bad: Facet | 'q' | 'after'
  name: string
  value: string
}

/**
 * A query string read by its names (one value each); a BadFilter naming the first thing in it
 * that cannot be a filter (an id that is not a number, a year of three digits, a name sent twice),
 * so the reader is told which.
 */
export function readRegisterQuery(query: Record<string, string | string[] | undefined>, names: RegisterPaths['params']): RegisterQuery | BadFilter {
  let bad: BadFilter | undefined
  const refuse = (key: BadFilter['bad'], name: string): undefined => {
    bad ??= { bad: key, name, value: [query[name] ?? ''].flat().join(', ') }
    return undefined
  }
  const one = (key: BadFilter['bad']): string | undefined => {
    const name = names[key]
    const value = query[name]
    if (Array.isArray(value)) return refuse(key, name)
    return value === undefined || value === '' ? undefined : value
  }
  const id = (key: Facet): number | undefined => {
    const value = one(key)
    if (value === undefined) return undefined
    return ID.test(value) && Number(value) <= 2147483647 ? Number(value) : refuse(key, names[key])
  }
  const kindId = id('kind')
  const issuerId = id('issuer')
  const fieldId = id('field')
  const yearText = one('year')
  const year = yearText === undefined || YEAR.test(yearText) ? yearText : refuse('year', names.year)
  const validityText = one('validity')
  const validity = validityText === undefined || isValidity(validityText) ? validityText : refuse('validity', names.validity)
  const qText = one('q')
  const q = qText === undefined || qText.length <= 200 ? qText : refuse('q', names.q)
  const after = one('after')
  const cursor = after === undefined ? undefined : decodeCursor(after) ?? refuse('after', names.after)
  if (bad) return bad
  return {
    filters: { kindId, issuerId, fieldId, year: year === undefined ? undefined : Number(year), validity: validity as DocumentFilters['validity'], q: q?.trim() || undefined },
    after: cursor,
  }
}

export const isBadFilter = (read: RegisterQuery | BadFilter): read is BadFilter => 'bad' in read

/** The address of the list under these filters (the cursor left out unless given). */
export function listUrl(paths: RegisterPaths, filters: DocumentFilters, after?: DocumentCursor): string {
  const search = new URLSearchParams()
  if (filters.q) search.set(paths.params.q, filters.q)
  if (filters.kindId !== undefined) search.set(paths.params.kind, String(filters.kindId))
  if (filters.issuerId !== undefined) search.set(paths.params.issuer, String(filters.issuerId))
  if (filters.fieldId !== undefined) search.set(paths.params.field, String(filters.fieldId))
  if (filters.year !== undefined) search.set(paths.params.year, String(filters.year))
  if (filters.validity !== undefined) search.set(paths.params.validity, filters.validity)
  if (after) search.set(paths.params.after, encodeCursor(after))
  const text = search.toString()
  return text ? `${paths.list}?${text}` : paths.list
}

/** The filters with one facet set to a value, or cleared (undefined). */
export function withFacet(filters: DocumentFilters, facet: Facet, value: string | undefined): DocumentFilters {
  const key = ({ kind: 'kindId', issuer: 'issuerId', field: 'fieldId', year: 'year', validity: 'validity' } as const)[facet]
  const next: DocumentFilters = { ...filters }
  if (value === undefined) delete next[key]
  else (next as Record<string, unknown>)[key] = facet === 'validity' ? value : Number(value)
  return next
}

export function chosenValue(filters: DocumentFilters, facet: Facet): string | undefined {
  const value = { kind: filters.kindId, issuer: filters.issuerId, field: filters.fieldId, year: filters.year, validity: filters.validity }[facet]
  return value === undefined ? undefined : String(value)
}
