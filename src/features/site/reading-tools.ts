import { readFileSync } from 'node:fs'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'

// Text size and contrast kept from page to page, and the print button (browser/reading-tools.js).
export const READING_TOOLS_SCRIPT = hashedAsset('hien-thi', readFileSync(new URL('./browser/reading-tools.js', import.meta.url)), 'js')
