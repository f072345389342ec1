import type { ArticleStatus } from '../articles/index.ts'
import type { NewsroomUser } from '../accounts/index.ts'
import { worksAs } from './article.policy.ts'
import type { ListClock, ListCursor } from './article-list.repository.ts'

// The tabs of the newsroom's article list and what its address may ask for. Every tab lists
// only what the user may open (article.policy.ts articleReach); a tab narrows that by state.

type Label = 'tabAll' | 'tabMine' | 'tabInReview' | 'tabApproved' | 'tabScheduled' | 'tabPublished' | 'tabWithdrawn' | 'tabPendingChanges'

export interface ListTab {
  key: string
  label: Label
  /** Only these states; every state when undefined. */
  statuses?: readonly ArticleStatus[]
  mine?: true
  pendingChange?: true
  /** The time the tab is ordered, paged and filtered by. */
  clock: ListClock
  /** Soonest first: what is scheduled is worked through in the order it goes out. */
  ascending?: true
  visible(user: NewsroomUser): boolean
}

const always = () => true

export const LIST_TABS: readonly ListTab[] = [
  { key: 'tat-ca', label: 'tabAll', clock: 'updated_at', visible: always },
  { key: 'cua-toi', label: 'tabMine', mine: true, clock: 'updated_at', visible: (u) => worksAs.writer(u) },
  { key: 'cho-duyet', label: 'tabInReview', statuses: ['in_review'], clock: 'updated_at', visible: always },
  { key: 'da-duyet', label: 'tabApproved', statuses: ['approved'], clock: 'updated_at', visible: always },
  { key: 'hen-gio', label: 'tabScheduled', statuses: ['scheduled'], clock: 'published_at', ascending: true, visible: always },
  { key: 'da-dang', label: 'tabPublished', statuses: ['published'], clock: 'published_at', visible: always },
  { key: 'da-go', label: 'tabWithdrawn', statuses: ['unpublished', 'expired'], clock: 'updated_at', visible: always },
  { key: 'ban-sua', label: 'tabPendingChanges', statuses: ['published', 'unpublished', 'expired'], pendingChange: true, clock: 'updated_at', visible: (u) => worksAs.publisher(u) },
]

/** The states in addresses, in the newsroom's words. */
export const STATUS_KEYS: Readonly<Record<ArticleStatus, string>> = {
  draft: 'nhap', in_review: 'cho-duyet', approved: 'da-duyet', scheduled: 'hen-gio', published: 'da-dang', unpublished: 'da-go', expired: 'het-han',
}

/** Addresses of the queues before the list had tabs for every state (links in notifications, bookmarks). */
const FORMER_TABS: Readonly<Record<string, { tab: string; status?: ArticleStatus }>> = {
  'cho-bien-tap': { tab: 'cho-duyet' },
  'cho-xuat-ban': { tab: 'da-duyet' },
  nhap: { tab: 'cua-toi', status: 'draft' },
}

/** What the list's address asks for, read and checked; what cannot be read is dropped, with a message for the dates. */
export interface ListRequest {
  tab: ListTab
  search: string
  categoryId: number | undefined
  authorId: number | undefined
  status: ArticleStatus | undefined
  from: Date | undefined
  /** The day after "Đến ngày": the list stops before it. */
  before: Date | undefined
  fromText: string
  toText: string
  after: ListCursor | undefined
  errors: { from?: 'badDate' | 'datesReversed'; to?: 'badDate' }
}

export interface ListAddress {
  hang?: string | undefined
  tim?: string | undefined
  'chuyen-muc'?: string | undefined
  'tac-gia'?: string | undefined
  'trang-thai'?: string | undefined
  tu?: string | undefined
  den?: string | undefined
  sau?: string | undefined
}

const ID = /^\d{1,9}$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

export function readListAddress(query: ListAddress, user: NewsroomUser): ListRequest {
  const tabs = LIST_TABS.filter((t) => t.visible(user))
  const former = query.hang !== undefined ? FORMER_TABS[query.hang] : undefined
  const tabKey = former?.tab ?? query.hang
  const tab = tabs.find((t) => t.key === tabKey) ?? tabs[0]!
  const statusKey = query['trang-thai']
  const status = former?.status ?? (Object.entries(STATUS_KEYS) as [ArticleStatus, string][]).find(([, key]) => key === statusKey)?.[0]
  const errors: ListRequest['errors'] = {}
  const fromText = (query.tu ?? '').trim()
  const toText = (query.den ?? '').trim()
  const from = fromText ? startOfNewsroomDay(fromText) : undefined
  const to = toText ? startOfNewsroomDay(toText) : undefined
  if (fromText && !from) errors.from = 'badDate'
  if (toText && !to) errors.to = 'badDate'
  const before = to ? new Date(to.getTime() + 24 * 60 * 60 * 1000) : undefined
  if (from && before && from >= before) errors.from = 'datesReversed'
  return {
    tab, status: status && (!tab.statuses || tab.statuses.includes(status)) ? status : undefined,
    search: (query.tim ?? '').normalize('NFC').trim().slice(0, 200),
    categoryId: query['chuyen-muc'] && ID.test(query['chuyen-muc']) ? Number(query['chuyen-muc']) : undefined,
    authorId: query['tac-gia'] && ID.test(query['tac-gia']) ? Number(query['tac-gia']) : undefined,
    from: errors.from ? undefined : from, before: errors.from === 'datesReversed' ? undefined : before, fromText, toText,
    after: query.sau ? readCursor(query.sau) : undefined,
    errors,
  }
}

/** Midnight in Viet Nam of a "2026-12-07" day, as an instant; undefined when it is no day of the calendar. */
export function startOfNewsroomDay(text: string): Date | undefined {
  const m = DAY.exec(text)
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const utc = Date.UTC(year, month - 1, day)
  const check = new Date(utc)
  if (year < 1900 || year > 9999 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined
  return new Date(utc - VIETNAM_OFFSET_MS)
}

/** "1767225600000-42": the time (ms) and id of the last row shown. */
export function writeCursor(cursor: ListCursor): string {
  return `${cursor.at.getTime()}-${cursor.id}`
}

function readCursor(text: string): ListCursor | undefined {
  const m = /^(\d{1,15})-(\d{1,9})$/.exec(text)
  return m ? { at: new Date(Number(m[1])), id: Number(m[2]) } : undefined
}

/** The address of the list with these filters (the tab's own key, filters kept, no cursor unless given). */
export function listHref(request: Pick<ListRequest, 'search' | 'categoryId' | 'authorId' | 'status' | 'fromText' | 'toText'>, tab: string, cursor?: ListCursor): string {
  const params = new URLSearchParams({ hang: tab })
  if (request.search) params.set('tim', request.search)
  if (request.categoryId !== undefined) params.set('chuyen-muc', String(request.categoryId))
  if (request.authorId !== undefined) params.set('tac-gia', String(request.authorId))
  if (request.status) params.set('trang-thai', STATUS_KEYS[request.status])
  if (request.fromText) params.set('tu', request.fromText)
  if (request.toText) params.set('den', request.toText)
  if (cursor) params.set('sau', writeCursor(cursor))
  return `/toa-soan/bai-viet?${params.toString()}`
}
