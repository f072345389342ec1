import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

// The readers' script is a plain file, served as it is under its content hash, so browsers
// keep it for a year and a new version gets a new address.
const code = readFileSync(new URL('./browser/comment-form.js', import.meta.url))

export const COMMENT_SCRIPT = {
  url: `/assets/y-kien-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.js`,
  code,
}
