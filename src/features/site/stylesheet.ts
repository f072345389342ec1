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
export const SITE_STYLE = new FixedText(`<style>${SITE_CSS}</style>`)
export const SITE_STYLE_POLICY: PolicyNeed = { 'style-src': [`'sha256-${createHash('sha256').update(SITE_CSS, 'utf8').digest('base64')}'`] }
