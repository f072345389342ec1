import type { Lang } from '../../platform/i18n/index.ts'
import { fold } from '../../platform/text/vietnamese.ts'
import type { Person, Post, Unit } from './structure.ts'

/** A text shown in a language, and the language it is really in (English pages fall back to Vietnamese). */
export interface Worded {
  text: string
  lang: Lang
}

export interface ChartPerson {
  id: number
  unitId: number
  name: string
  title: Worded
  unitName: Worded
  phone: string
  email: string
  isLeader: boolean
  isSpokesperson: boolean
  /** The current post's first day: "Phó Trưởng ban từ 03/2024". */
  since: string | undefined
  earlier: readonly Post[]
  photo?: { src: string; alt: string } | undefined
}

export interface ChartUnit {
  id: number
  name: Worded
  functionsHtml: Worded
  address: string
  phone: string
  fax: string
  email: string
  hotline: string
  people: ChartPerson[]
  children: ChartUnit[]
}

export interface OrgChart {
  roots: ChartUnit[]
  /** Units no longer active, with what happened to them, for the history. */
  ended: Unit[]
  /** Every event of every unit, the oldest first. */
  events: { unit: Unit; event: Unit['events'][number] }[]
  spokespeople: ChartPerson[]
  hotlines: { unit: Worded; number: string }[]
  everyone: ChartPerson[]
}

const worded = (vi: string, en: string, lang: Lang): Worded => (lang === 'en' && en ? { text: en, lang: 'en' } : { text: vi, lang: 'vi' })

/** The active units as a tree, each with its people (leaders first, then by order), in one language. */
export function buildChart(units: readonly Unit[], people: readonly Person[], lang: Lang, photos: ReadonlyMap<number, { src: string; alt: string }> = new Map()): OrgChart {
  const active = units.filter((u) => u.status === 'active')
  const activeIds = new Set(active.map((u) => u.id))
  const byId = new Map(units.map((u) => [u.id, u]))
  const chartPerson = (p: Person): ChartPerson => {
    const unit = byId.get(p.unitId)
    const current = p.posts.at(-1)
    return {
      id: p.id, unitId: p.unitId, name: p.name, title: worded(p.title, p.titleEn, lang), unitName: worded(unit?.name ?? '', unit?.nameEn ?? '', lang),
      phone: p.phone, email: p.email, isLeader: p.isLeader, isSpokesperson: p.isSpokesperson,
      since: current?.fromOn, earlier: p.posts.slice(0, -1).reverse(), photo: p.photoMediaId === null ? undefined : photos.get(p.photoMediaId),
    }
  }
  const everyone = people.filter((p) => activeIds.has(p.unitId))
    .sort((a, b) => Number(b.isLeader) - Number(a.isLeader) || a.position - b.position || a.id - b.id).map(chartPerson)
  const node = (u: Unit): ChartUnit => ({
    id: u.id, name: worded(u.name, u.nameEn, lang), functionsHtml: worded(u.functionsHtml, u.functionsEnHtml, lang),
    address: u.address, phone: u.phone, fax: u.fax, email: u.email, hotline: u.hotline,
    people: everyone.filter((p) => p.unitId === u.id),
    children: active.filter((c) => c.parentId === u.id).map(node),
  })
  // A unit whose parent has ended stands at the top rather than vanish.
  const roots = active.filter((u) => u.parentId === null || !activeIds.has(u.parentId)).map(node)
  return {
    roots,
    ended: units.filter((u) => u.status !== 'active'),
    events: units.flatMap((unit) => unit.events.map((event) => ({ unit, event }))).sort((a, b) => a.event.onDate.localeCompare(b.event.onDate)),
    spokespeople: everyone.filter((p) => p.isSpokesperson),
    hotlines: active.filter((u) => u.hotline).map((u) => ({ unit: worded(u.name, u.nameEn, lang), number: u.hotline })),
    everyone,
  }
}

/**
 * The directory's search: every word typed must begin a word, with or without its marks, of the
 * person's name, title, unit, phone or e-mail ("nguyen van" finds "Nguyễn Văn", "dang" "Đặng",
 * "an" finds "An" but not "Lan"). Those where the words come together, as typed, come first.
 */
export function searchPeople(people: readonly ChartPerson[], query: string): ChartPerson[] {
  const words = fold(query).split(/[^\p{L}\p{N}@.+]+/u).filter(Boolean)
  if (words.length === 0) return [...people]
  const phrase = ` ${words.join(' ')}`
  const found = people.flatMap((p) => {
    const tokens = fold([p.name, p.title.text, p.unitName.text, p.phone, p.email].join(' ')).split(/[^\p{L}\p{N}@.+]+/u).filter(Boolean)
    if (!words.every((w) => tokens.some((t) => t.startsWith(w)))) return []
    return [{ p, together: ` ${tokens.join(' ')}`.includes(phrase) }]
  })
  return [...found.filter((f) => f.together), ...found.filter((f) => !f.together)].map((f) => f.p)
}
