import { readFileSync } from 'node:fs'
import { hashedAsset } from '../../../platform/http/hashed-asset.ts'

// The settings screen's live preview of the brand tokens (browser/brand-preview.js).
export const BRAND_PREVIEW_SCRIPT = hashedAsset('xem-truoc-giao-dien', readFileSync(new URL('./browser/brand-preview.js', import.meta.url)), 'js')
