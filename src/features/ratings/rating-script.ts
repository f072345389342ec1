import { readFileSync } from 'node:fs'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'

// The readers' script is a plain file, served as it is under its content hash.
export const RATING_SCRIPT = hashedAsset('danh-gia', readFileSync(new URL('./browser/rating-form.js', import.meta.url)), 'js')
