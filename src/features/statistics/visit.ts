// What a beacon says about one visit, worked out without keeping anything about the reader:
// the device class and whether it is a robot, from the browser's user agent; the referring
// site's domain; the day and hour in Viet Nam (UTC+7 all year).

export type Device = 'mobile' | 'tablet' | 'desktop'
export const DEVICES: readonly Device[] = ['mobile', 'tablet', 'desktop']

/** The dimensions each day's visits are counted by (visit_counts.dimension). */
export const DIMENSIONS = ['kind', 'category', 'article', 'referrer', 'device'] as const
export type Dimension = (typeof DIMENSIONS)[number]

/** One visit as recorded: where it was, from where, on what. */
export interface Visit {
  kind: string
  categoryId: number | null
  articleId: number | null
  /** The referring site's domain; '' when none or the portal itself. */
  referrer: string
  device: Device
}

// Crawlers, link previews, monitors and scripts name themselves; a browser without a user agent is not one.
const ROBOT = /bot|crawl|spider|slurp|fetch|preview|monitor|scan|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|headless|phantom|lighthouse|pingdom|uptime|facebookexternalhit|zalo.*link|embedly|httpclient|libwww|scrapy/i

export function isRobot(userAgent: string | undefined): boolean {
  return !userAgent || userAgent.length < 10 || ROBOT.test(userAgent)
}

export function deviceOf(userAgent: string): Device {
  if (/ipad|tablet|kindle|silk|playbook|(android(?!.*mobile))/i.test(userAgent)) return 'tablet'
  if (/mobi|iphone|ipod|android|windows phone|opera mini|blackberry/i.test(userAgent)) return 'mobile'
  return 'desktop'
}

/** "vnexpress.net" from "https://www.vnexpress.net/…"; '' for none, the portal's own pages, or what is not a web address. */
export function referrerDomain(referrer: string | undefined, ownHosts: readonly string[]): string {
  if (!referrer) return ''
  try {
    const url = new URL(referrer)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return ''
    const host = url.hostname.toLowerCase()
    if (ownHosts.some((own) => host === own.split(':')[0]!.toLowerCase())) return ''
    return host.replace(/^www\./, '').slice(0, 100)
  } catch {
    return ''
  }
}

const OFFSET_MS = 7 * 60 * 60_000

/** The day ("2026-12-12") and hour (0–23) in Viet Nam of an instant in ms. */
export function dayAndHour(ms: number): { day: string; hour: number } {
  const iso = new Date(ms + OFFSET_MS).toISOString()
  return { day: iso.slice(0, 10), hour: Number(iso.slice(11, 13)) }
}

/** Whole minutes since 1970. */
export const minuteOf = (ms: number): number => Math.floor(ms / 60_000)

/** The first minute of a Viet Nam day. */
export function dayStartMinute(day: string): number {
  return minuteOf(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS)
}

/** Days from `from` to `to` inclusive ("2026-12-01"…). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

export const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
