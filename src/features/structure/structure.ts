// Cơ cấu tổ chức: the organisation's units and the people in them, as the pages and the newsroom see them.

export const UNIT_KINDS = ['co-quan', 'lanh-dao', 'ban', 'phong', 'van-phong', 'trung-tam', 'khac'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]
export const UNIT_KIND_NAMES: Record<UnitKind, string> = {
  'co-quan': 'Cơ quan', 'lanh-dao': 'Lãnh đạo', ban: 'Ban', phong: 'Phòng', 'van-phong': 'Văn phòng', 'trung-tam': 'Trung tâm', khac: 'Đơn vị khác',
}
export const isUnitKind = (s: string): s is UnitKind => (UNIT_KINDS as readonly string[]).includes(s)

export type UnitStatus = 'active' | 'merged' | 'dissolved'
export type UnitEventKind = 'renamed' | 'merged' | 'dissolved' | 'received'

export interface UnitEvent {
  kind: UnitEventKind
  /** 'YYYY-MM-DD', the day it took effect. */
  onDate: string
  nameBefore: string
  nameAfter: string
  otherUnitId: number | null
  otherUnitName: string
}

export interface Unit {
  id: number
  parentId: number | null
  kind: UnitKind
  name: string
  functionsHtml: string
  address: string
  phone: string
  fax: string
  email: string
  hotline: string
  position: number
  nameEn: string
  functionsEnHtml: string
  status: UnitStatus
  startedOn: string | null
  endedOn: string | null
  mergedIntoId: number | null
  viChangedAt: Date
  enChangedAt: Date | null
  events: UnitEvent[]
}

export interface Post {
  title: string
  unitId: number
  unitName: string
  /** 'YYYY-MM-DD'. */
  fromOn: string
  untilOn: string | null
}

export interface Person {
  id: number
  unitId: number
  name: string
  title: string
  titleEn: string
  phone: string
  email: string
  photoMediaId: number | null
  position: number
  isLeader: boolean
  isSpokesperson: boolean
  viChangedAt: Date
  enChangedAt: Date | null
  /** Every title held, the oldest first; the last is the current one. */
  posts: Post[]
}

export interface UnitInput {
  parentId: number | null
  kind: UnitKind
  name: string
  functionsHtml: string
  address: string
  phone: string
  fax: string
  email: string
  hotline: string
  position: number | undefined
  nameEn: string
  functionsEnHtml: string
  startedOn: string | null
}

export interface PersonInput {
  unitId: number
  name: string
  title: string
  titleEn: string
  phone: string
  email: string
  photoMediaId: number | null
  position: number | undefined
  isLeader: boolean
  isSpokesperson: boolean
  /** From when the title (and unit) given is held: 'YYYY-MM-DD'. */
  since: string
}

/** Where an item stands in English: none yet, older than its Vietnamese, or current. */
export type Translation = 'missing' | 'outdated' | 'current'

export function translationOf(item: { viChangedAt: Date; enChangedAt: Date | null }, hasEnglish: boolean): Translation {
  if (!hasEnglish || item.enChangedAt === null) return 'missing'
  return item.enChangedAt.getTime() < item.viChangedAt.getTime() ? 'outdated' : 'current'
}

/** A unit is translated when its name is, and its functions too when it has any. */
export const unitTranslation = (u: Unit): Translation => translationOf(u, u.nameEn !== '' && (u.functionsHtml === '' || u.functionsEnHtml !== ''))
export const personTranslation = (p: Person): Translation => translationOf(p, p.titleEn !== '')

/** "03/2024" from '2024-03-01'. */
export const monthText = (day: string): string => `${day.slice(5, 7)}/${day.slice(0, 4)}`
/** "01/07/2025" from '2025-07-01'. */
export const dayText = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

/**
 * A day typed in the newsroom: "01/07/2025", "1/7/2025", "07/2025" (the month's first day) or
 * "2025-07-01" → '2025-07-01'; undefined when it is none of these or not a real day.
 */
export function parseDay(text: string): string | undefined {
  const t = text.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t)
  const full = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t)
  const month = /^(\d{1,2})\/(\d{4})$/.exec(t)
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : full ? [full[3], full[2], full[1]].map(Number) : month ? [month[2], month[1], '1'].map(Number) : []
  if (y === undefined || m === undefined || d === undefined || y < 1945 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCDate() !== d) return undefined
  return date.toISOString().slice(0, 10)
}
