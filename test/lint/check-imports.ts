import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkImports } from './import-rules.ts'

// `npm run lint`: the import rules on this repository's src/, one line per violation.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const violations = checkImports(root)
for (const { file, line, message } of violations) console.error(`${file}:${line}: ${message}`)
if (violations.length > 0) {
  console.error(`${violations.length} import rule violation(s)`)
  process.exitCode = 1
} else {
  console.log('imports: no rule broken')
}
