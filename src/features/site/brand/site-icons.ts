import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { html, type SafeHtml } from '../../../platform/views/html.ts'

// The favicon and the app icons (home screen, browser tabs, shared links) are made from the
// organisation's logo, or drawn in the portal's colour when there is none. They are made
// once, at start and after the settings change, never per page: each page only carries the
// <link> tags kept with them.

/** Square PNG sizes: a tab (32), iOS's home screen (180), Android and the manifest (192, 512). */
export const ICON_SIZES = [32, 180, 192, 512] as const
export type IconSize = (typeof ICON_SIZES)[number]
/** Inside /favicon.ico, for browsers and crawlers that ask for it by that name. */
const ICO_SIZES = [16, 32, 48] as const

export interface SiteIconSet {
  /** Names this set: the logo's address and colour it was made from, so instances agree on it. */
  key: string
  favicon: Buffer
  png: ReadonlyMap<IconSize, Buffer>
  /** Where each PNG is served (immutable: a new logo makes new addresses). */
  url(size: IconSize): string
  /** The <link> tags every page's head carries. */
  head: SafeHtml
  /** The web app manifest (name, colours, icons). */
  manifest: string
  /** Whether it was drawn from the logo (false: the portal's own drawing). */
  fromLogo: boolean
}

export interface IconSource {
  siteName: string
  /** The logo's bytes (any format sharp reads, SVG included), or undefined for the drawn icon. */
  logo: Buffer | undefined
  /** What names the logo (its address): the set's key comes from it, not from the bytes. */
  logoKey: string
  /** The header's colour: the drawn icon's background and the browser's theme colour. */
  colour: string
}

export const ICON_PREFIX = '/assets/bieu-tuong-'
export const MANIFEST_PATH = '/site.webmanifest'

export async function makeSiteIcons(source: IconSource): Promise<SiteIconSet> {
  const key = createHash('sha1').update(`v1\n${source.logo ? source.logoKey : ''}\n${source.colour}`).digest('hex').slice(0, 12)
  const logo = source.logo ? await usableImage(source.logo) : undefined
  const master = logo ?? Buffer.from(drawnIcon(source.colour))
  const png = new Map<IconSize, Buffer>()
  for (const size of ICON_SIZES) {
    // iOS puts a transparent icon on black: the home-screen icon gets a white ground and a margin.
    png.set(size, await squareIcon(master, size, size === 180 && logo ? { background: '#ffffff', margin: 0.1 } : undefined))
  }
  const ico = await Promise.all(ICO_SIZES.map((size) => squareIcon(master, size)))
  const url = (size: IconSize) => `${ICON_PREFIX}${key}-${size}.png`
  return {
    key,
    favicon: icoOf(ICO_SIZES.map((size, i) => ({ size, png: ico[i]! }))),
    png,
    url,
    head: html`<link rel="icon" href="/favicon.ico" sizes="48x48">
<link rel="icon" href="${url(32)}" type="image/png" sizes="32x32">
<link rel="apple-touch-icon" href="${url(180)}">
<link rel="manifest" href="${MANIFEST_PATH}">
<meta name="theme-color" content="${source.colour}">`,
    manifest: JSON.stringify({
      name: source.siteName,
      short_name: source.siteName.length > 24 ? source.siteName.slice(0, 24).trim() : source.siteName,
      start_url: '/',
      display: 'browser',
      background_color: '#ffffff',
      theme_color: source.colour,
      icons: [192, 512].map((size) => ({ src: url(size as IconSize), sizes: `${size}x${size}`, type: 'image/png' })),
    }),
    fromLogo: logo !== undefined,
  }
}

/** A logo sharp cannot read (a broken file) leaves the drawn icon rather than no icon at all. */
async function usableImage(bytes: Buffer): Promise<Buffer | undefined> {
  try {
    await sharp(bytes, { density: 300 }).metadata()
    return bytes
  } catch {
    return undefined
  }
}

async function squareIcon(master: Buffer, size: number, ground?: { background: string; margin: number }): Promise<Buffer> {
  const inner = ground ? Math.round(size * (1 - 2 * ground.margin)) : size
  // Vector logos are drawn at a density that gives the largest icon crisp edges.
  let image = sharp(master, { density: 300 }).resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
  if (ground) {
    const pad = Math.floor((size - inner) / 2)
    image = image.extend({ top: pad, left: pad, bottom: size - inner - pad, right: size - inner - pad, background: ground.background }).flatten({ background: ground.background })
  }
  return image.png({ compressionLevel: 9 }).toBuffer()
}

/**
 * The portal's own icon when it has no logo: a page of news (a headline and lines of text) in
 * white on the header's colour, drawn here so it is the project's own.
 */
export function drawnIcon(colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="12" fill="${colour}"/>
<rect x="14" y="12" width="36" height="40" rx="3" fill="#fff"/>
<rect x="19" y="18" width="26" height="6" rx="1" fill="${colour}"/>
<rect x="19" y="29" width="26" height="3" rx="1.5" fill="${colour}" opacity=".55"/>
<rect x="19" y="36" width="26" height="3" rx="1.5" fill="${colour}" opacity=".55"/>
<rect x="19" y="43" width="16" height="3" rx="1.5" fill="${colour}" opacity=".55"/>
</svg>`
}

/** An .ico file holding PNG images (every browser since 2007 reads them). */
export function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt8(0, entry + 2)
    header.writeUInt8(0, entry + 3)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map((i) => i.png)])
}
