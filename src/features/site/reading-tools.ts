import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

// Served as it is under its content hash, like the stylesheet: kept for a year, and a new
// version gets a new address.
const code = readFileSync(new URL('./browser/reading-tools.js', import.meta.url))

export const READING_TOOLS_SCRIPT = {
  url: `/assets/hien-thi-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.js`,
  code,
}
