import { readFileSync } from 'node:fs'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'

// The portal's stylesheet is a real CSS file (site.css); pages and the newsroom link it by its hash.
export const SITE_CSS = readFileSync(new URL('./site.css', import.meta.url), 'utf8')
export const STYLESHEET = hashedAsset('site', SITE_CSS, 'css')
export const STYLESHEET_URL = STYLESHEET.url
