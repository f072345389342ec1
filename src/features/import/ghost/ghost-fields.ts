// Reading Ghost's columns across its versions: integer ids (0.x) and ObjectIds (1.x+), dates as
// epoch milliseconds (0.x), "YYYY-MM-DD HH:MM:SS" (UTC, MySQL exports) or ISO strings, the
// `page` flag (≤ 3.x) and `type` column (4.x+), `image` (0.x) and `feature_image` (1.x+).
import { basename } from 'node:path'
import type { Row } from './export-rows.ts'

export const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

export function dateOf(value: unknown): Date | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value)
  if (typeof value !== 'string') return undefined
  // Ghost stores UTC: a date written without a zone is UTC, not the importing machine's time.
  const text = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value.replace(' ', 'T')}Z` : value
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : date
}

export const isPage = (post: Row): boolean =>
  post.type === 'page' || post.page === true || post.page === 1 || post.page === '1'

export const featureImageOf = (post: Row): string | undefined => stringOf(post.feature_image) ?? stringOf(post.image)

/** Internal tags ("#hero", visibility internal) only steered Ghost themes; they are not newsroom tags. */
export const isInternalTag = (tag: Row): boolean =>
  String(tag.name ?? '').startsWith('#') || tag.visibility === 'internal'

const IMAGES = '/content/images/'

export interface ImageAddress {
  /** The path under Ghost's content/images folder ("2021/01/anh.jpg"), when it is one of the site's own. */
  local?: string
  /** Every form bodies may name it by. */
  oldUrls: string[]
  originalName: string
}

/** A Ghost image address: "__GHOST_URL__/content/images/…", "/content/images/…", absolute, or another site's. */
export function imageAddress(address: string): ImageAddress {
  const at = address.indexOf(IMAGES)
  const oldUrls = new Set<string>()
  if (!address.startsWith('__GHOST_URL__')) oldUrls.add(address)
  let local: string | undefined
  if (at >= 0 && (at === 0 || address.startsWith('__GHOST_URL__') || /^https?:\/\/[^/]+(\/[^?#]*)?$/.test(address.slice(0, at)))) {
    const path = address.slice(at + IMAGES.length).replace(/[?#].*$/, '')
    // Resized copies (size/w600/…) are the same image.
    local = decodeURIComponentSafe(path.replace(/^size\/w\d+(h\d+)?\//, ''))
    oldUrls.add(IMAGES + path)
    oldUrls.add(IMAGES + local)
  }
  return { local, oldUrls: [...oldUrls], originalName: basename(local ?? address.replace(/[?#].*$/, '')) || 'image' }
}

const decodeURIComponentSafe = (text: string): string => {
  try { return decodeURIComponent(text) } catch { return text }
}

/**
 * The old address of a post under Ghost 0.x/1.x's `permalinks` setting ("/:year/:month/:day/:slug/");
 * later versions route in routes.yaml, which an export does not carry: "/:slug/" then.
 */
export function permalinkOf(pattern: string | undefined, post: Row, publishedAt: Date | undefined, author?: string, primaryTag?: string): string {
  const slug = String(post.slug ?? '')
  if (!pattern || !pattern.includes(':slug')) return `/${slug}/`
  const date = publishedAt ?? new Date(0)
  const pad = (n: number) => String(n).padStart(2, '0')
  return pattern
    .replace(':year', String(date.getUTCFullYear()))
    .replace(':month', pad(date.getUTCMonth() + 1))
    .replace(':day', pad(date.getUTCDate()))
    .replace(':id', String(post.id ?? ''))
    .replace(':author', author ?? 'author')
    .replace(':primary_tag', primaryTag ?? 'all')
    .replace(':slug', slug)
}

/** Font faces named in the HTML, for the legacy-encoding detector (.VnTime is TCVN3, VNI-Times is VNI). */
export function fontFacesIn(html: string): string[] {
  const faces = new Set<string>()
  for (const match of html.matchAll(/font-family\s*:\s*([^;"}>]+)/gi)) {
    for (const face of match[1]!.split(',')) faces.add(face.trim().replace(/^(['"]|&quot;|&#39;)|(['"]|&quot;|&#39;)$/g, ''))
  }
  for (const match of html.matchAll(/<font\b[^>]*\bface\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    for (const face of (match[1] ?? match[2] ?? match[3] ?? '').split(',')) faces.add(face.trim())
  }
  faces.delete('')
  return [...faces]
}
