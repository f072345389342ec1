import { readFileSync } from 'node:fs'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'

// The readers' script is a plain file, served as it is under its content hash.
export const COMMENT_SCRIPT = hashedAsset('y-kien', readFileSync(new URL('./browser/comment-form.js', import.meta.url)), 'js')
