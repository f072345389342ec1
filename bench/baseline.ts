import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'

// `npm run bench -- --baseline REF`: another version of the portal, checked out from git into a
// temporary worktree, measured in the same run as this checkout. Each version imports with its
// own CLI into its own database (the schemas differ between versions) and starts the way its
// package.json's `start` script says (tsx for old versions, the compiled build for newer ones).

/** How a version starts its portal: `node <nodeOptions…> <script>`. */
export interface StartCommand {
  script: string
  nodeOptions: string[]
}

/**
 * Reads `scripts.start` ("node --import tsx src/main.ts", "node scripts/start.mjs"). Only a plain
 * `node … script` is understood: anything else would need a shell, and the bench starts node itself.
 */
export function startCommandOf(packageJson: { scripts?: Record<string, string> }): StartCommand {
  const line = packageJson.scripts?.start
  if (!line) throw new Error('package.json has no "start" script: the bench cannot tell how this version starts')
  const words = line.trim().split(/\s+/)
  const scriptAt = words.findLastIndex((word) => /\.(?:ts|mts|js|mjs|cjs)$/.test(word))
  if (words[0] !== 'node' || scriptAt < 1 || scriptAt !== words.length - 1) {
    throw new Error(`the "start" script "${line}" is not of the form "node [options] script": the bench cannot start it`)
  }
  return { script: words[scriptAt]!, nodeOptions: words.slice(1, scriptAt) }
}

interface Lock {
  packages?: Record<string, { version?: string }>
}

/**
 * Whether this checkout's node_modules can serve the baseline: every package its lock names is
 * installed here at the same version. The list says which are missing or at another version.
 */
export function lockDifferences(baselineLock: Lock, currentLock: Lock): string[] {
  const ours = currentLock.packages ?? {}
  return Object.entries(baselineLock.packages ?? {})
    .filter(([path]) => path !== '')
    .filter(([path, entry]) => ours[path]?.version !== entry.version)
    .map(([path, entry]) => `${path.replace(/^node_modules\//, '')}@${entry.version ?? '?'} (here: ${ours[path]?.version ?? 'missing'})`)
}

export interface BaselineCheckout {
  ref: string
  /** The full commit the ref named when it was checked out. */
  commit: string
  dir: string
  start: StartCommand
  /** How its dependencies came: this checkout's node_modules, or its own `npm ci`. */
  dependencies: 'shared' | 'npm ci'
  /** Takes the worktree away again (idempotent: the bench calls it on every way out). */
  remove(): void
}

/** A git ref that cannot be taken for an option (`git worktree add --detach -f`…). */
export function checkRef(ref: string): string {
  if (ref === '' || ref.startsWith('-') || /\s/.test(ref)) throw new Error(`--baseline needs a git ref such as f9f2b21 or main~3 (got "${ref}")`)
  return ref
}

/**
 * Checks out `ref` of the repository at `repoRoot` into `dir` (which must not exist) as a
 * detached worktree, and gives it dependencies: a symlink to repoRoot's node_modules when the
 * locks agree, else its own `npm ci` (said on `log`).
 */
export function checkOutBaseline(repoRoot: string, ref: string, dir: string, log: (line: string) => void = () => {}): BaselineCheckout {
  checkRef(ref)
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  let commit: string
  try {
    commit = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`)
  } catch {
    throw new Error(`--baseline: git knows no commit "${ref}" in ${repoRoot}`)
  }
  git('worktree', 'add', '--detach', dir, commit)
  let removed = false
  const remove = () => {
    if (removed) return
    removed = true
    // The link first, so that nothing can ever reach through it into our node_modules.
    const link = join(dir, 'node_modules')
    try {
      unlinkSync(link)
    } catch {
      // Not a link (npm ci made a folder), or already gone: the worktree removal takes it.
    }
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: repoRoot, stdio: 'ignore' })
    rmSync(dir, { recursive: true, force: true })
    spawnSync('git', ['worktree', 'prune'], { cwd: repoRoot, stdio: 'ignore' })
  }
  try {
    const start = startCommandOf(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')))
    const differences = existsSync(join(dir, 'package-lock.json'))
      ? lockDifferences(readJson(join(dir, 'package-lock.json')), readJson(join(repoRoot, 'package-lock.json')))
      : ['(the baseline has no package-lock.json)']
    let dependencies: BaselineCheckout['dependencies'] = 'shared'
    if (differences.length === 0) {
      symlinkSync(realpathSync(join(repoRoot, 'node_modules')), join(dir, 'node_modules'), 'dir')
    } else {
      log(`the baseline's package-lock.json differs from this checkout's (${differences.slice(0, 5).join(', ')}` +
        `${differences.length > 5 ? `, and ${differences.length - 5} more` : ''}): running npm ci in ${dir}`)
      const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] })
      if (ci.status !== 0) throw new Error(`npm ci failed in the baseline's worktree (${dir})`)
      dependencies = 'npm ci'
    }
    return { ref, commit, dir, start, dependencies, remove }
  } catch (error) {
    remove()
    throw error
  }
}

function readJson(file: string): Lock {
  return JSON.parse(readFileSync(file, 'utf8')) as Lock
}
