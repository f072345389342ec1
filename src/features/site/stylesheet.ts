import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'
import type { PolicyNeed } from '../../platform/http/security-headers.ts'
import { FixedText } from '../../platform/views/page-text.ts'
import { DEFAULT_FONT, fontFaceCss } from './brand/fonts.ts'

// The portal's stylesheet is a real CSS file (site.css); pages and the newsroom link it by its hash.
// The faces of its own font follow it, so that every page (and every control on it) is drawn in a
// font made for Vietnamese without a second stylesheet to wait for.
export const SITE_CSS = readFileSync(new URL('./site.css', import.meta.url), 'utf8') + fontFaceCss(DEFAULT_FONT) + '\n'
export const STYLESHEET = hashedAsset('site', SITE_CSS, 'css')
export const STYLESHEET_URL = STYLESHEET.url

// Readers' pages carry the stylesheet in their head rather than linking it: a linked stylesheet
// holds the first paint for one more round trip (Lighthouse's "render-blocking resources", a
// second on a phone's first visit), and a compressed page carries it for about 4 KB. The
// newsroom still links it (its screens are visited one after another, the file is cached; and
// a hash in its style-src would switch off the inline style attributes its editor keeps).
// The Content Security Policy allows exactly this text by its hash, never inline style at large.
// So it holds readers' rules only: what only the newsroom draws (its forms, the rich editor,
// tables, pickers) is in accounts/newsroom.css, which the newsroom links; each byte here is
// carried, hashed and sent by every uncached page.
if (/<\/style/i.test(SITE_CSS)) throw new Error('site.css must not contain "</style"')
export interface ReaderStyle {
  /** The `<style>` readers' pages carry, encoded once. */
  style: FixedText
  /** Its hash in the readers' `style-src`: exactly this text, never inline style at large. */
  policy: PolicyNeed
}

const made = new Map<string, ReaderStyle>()

/**
 * The portal's stylesheet followed by the modules' own reader styles (a module's `readerStyles`:
 * the register's facets, say), as one `<style>` and its hash. Made once per text.
 */
export function readerStyle(moduleStyles = ''): ReaderStyle {
  let style = made.get(moduleStyles)
  if (!style) {
    const css = moduleStyles ? `${SITE_CSS}${moduleStyles}\n` : SITE_CSS
    if (/<\/style/i.test(css)) throw new Error('a reader stylesheet must not contain "</style"')
    style = { style: new FixedText(`<style>${css}</style>`), policy: { 'style-src': [`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`] } }
    made.set(moduleStyles, style)
  }
  return style
}
