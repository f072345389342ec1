import { readFileSync } from 'node:fs'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'
import { DEFAULT_FONT, fontFaceCss } from './brand/fonts.ts'

// The portal's stylesheet is a real CSS file (site.css); pages and the newsroom link it by its hash.
// The faces of its own font follow it, so that every page (and every control on it) is drawn in a
// font made for Vietnamese without a second stylesheet to wait for.
export const SITE_CSS = readFileSync(new URL('./site.css', import.meta.url), 'utf8') + fontFaceCss(DEFAULT_FONT) + '\n'
export const STYLESHEET = hashedAsset('site', SITE_CSS, 'css')
export const STYLESHEET_URL = STYLESHEET.url
