import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// The shared test data (../shared: the WordPress importer's and Ghost's own export files) is not
// ours to copy into the repository; it sits beside it. Where "beside" is depends on how the
// checkout was made: next to this checkout; next to the main checkout when this is a git
// worktree; next to the repository a CI clone was cloned from; or where SHARED_DIR says. The
// first that holds fixtures wins; none is an error, never a skip.

const here = dirname(fileURLToPath(import.meta.url))
const built = resolve(here, '../..')
/** The checkout, whether the tests run from it or from its compiled copy (.test-build). */
const checkout = basename(built) === '.test-build' ? dirname(built) : built

function mainCheckoutOfWorktree(): string | undefined {
  const git = join(checkout, '.git')
  if (!existsSync(git) || !statSync(git).isFile()) return undefined
  const gitdir = /gitdir:\s*(.+)/.exec(readFileSync(git, 'utf8'))?.[1]?.trim()
  return gitdir ? gitdir.replace(/[/\\]\.git[/\\]worktrees[/\\].*$/, '') : undefined
}

function clonedFrom(): string | undefined {
  try {
    const url = execFileSync('git', ['-C', checkout, 'remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    const path = url.startsWith('file://') ? fileURLToPath(url) : url
    return isAbsolute(path) ? path.replace(/[/\\]\.git$/, '') : undefined
  } catch {
    return undefined
  }
}

let found: string | undefined

/** The shared folder (it holds fixtures/import/wxr and fixtures/import/ghost). */
export function sharedFolder(): string {
  if (found) return found
  const candidates = [process.env.SHARED_DIR, join(checkout, '..', 'shared'), mainCheckoutOfWorktree(), clonedFrom(), '/work/shared']
    .filter((c): c is string => c !== undefined)
    .map((c) => (basename(c) === 'shared' ? c : join(c, '..', 'shared')))
  found = candidates.find((c) => existsSync(join(c, 'fixtures', 'import')))
  if (!found) throw new Error(`the shared test data (fixtures/import) is in none of: ${candidates.join(', ')}; set SHARED_DIR`)
  return found
}
