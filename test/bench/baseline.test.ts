import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { checkOutBaseline, lockDifferences, startCommandOf } from '../../bench/baseline.ts'
import { parseOptions } from '../../bench/page-options.ts'

// `npm run bench -- --baseline REF` without wrk: the command line, how a version says it starts,
// when the locks let the baseline share node_modules, and the worktree on a tiny repository.
const made: string[] = []
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

describe('the --baseline option', () => {
  test('a plain run has no baseline and keeps its defaults', () => {
    assert.deepEqual(parseOptions([]), { articles: 10000, duration: 5, rounds: 3, stormPages: 1000, baseline: undefined, keep: false })
  })

  test('--baseline takes a git ref', () => {
    const options = parseOptions(['--baseline', 'main~3', '--rounds', '1'])
    assert.ok(options !== 'help')
    assert.equal(options.baseline, 'main~3')
    assert.equal(options.rounds, 1)
  })

  test('a ref that git would read as an option, or no ref, is refused with a clear message', () => {
    assert.throws(() => parseOptions(['--baseline=--force']), /--baseline needs a git ref/)
    assert.throws(() => parseOptions(['--baseline=']), /--baseline needs a git ref/)
    assert.throws(() => parseOptions(['--baseline']), /--baseline/)
  })
})

describe('how a version starts', () => {
  test('old versions ran the TypeScript through tsx, newer ones the launcher of the build', () => {
    assert.deepEqual(startCommandOf({ scripts: { start: 'node --import tsx src/main.ts' } }), { script: 'src/main.ts', nodeOptions: ['--import', 'tsx'] })
    assert.deepEqual(startCommandOf({ scripts: { start: 'node scripts/start.mjs' } }), { script: 'scripts/start.mjs', nodeOptions: [] })
  })

  test('a start the bench cannot run itself is said, not guessed', () => {
    assert.throws(() => startCommandOf({ scripts: {} }), /no "start" script/)
    assert.throws(() => startCommandOf({ scripts: { start: 'tsx src/main.ts' } }), /not of the form/)
    assert.throws(() => startCommandOf({ scripts: { start: 'node src/main.js --workers 2' } }), /not of the form/)
  })
})

describe('the locks', () => {
  const lock = (packages: Record<string, string>) => ({
    packages: { '': { version: '0.1.0' }, ...Object.fromEntries(Object.entries(packages).map(([name, version]) => [`node_modules/${name}`, { version }])) },
  })

  test('the same packages at the same versions: node_modules can be shared, whatever else is installed here', () => {
    assert.deepEqual(lockDifferences(lock({ kysely: '0.28.19' }), lock({ kysely: '0.28.19', esbuild: '0.28.2' })), [])
  })

  test('a package at another version, or missing here, is named', () => {
    assert.deepEqual(lockDifferences(lock({ kysely: '0.27.0', ioredis: '5.0.0' }), lock({ kysely: '0.28.19' })), [
      'kysely@0.27.0 (here: 0.28.19)',
      'ioredis@5.0.0 (here: missing)',
    ])
  })
})

describe('the worktree of the baseline', () => {
  function repository(): { root: string; first: string } {
    const root = mkdtempSync(join(tmpdir(), 'toasoan-baseline-'))
    made.push(root)
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: root, encoding: 'utf8' }).trim()
    git('init', '-q')
    const lockText = JSON.stringify(lockOf({ kysely: '0.28.19' }))
    writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts: { start: 'node --import tsx src/main.ts' } }))
    writeFileSync(join(root, 'package-lock.json'), lockText)
    writeFileSync(join(root, '.gitignore'), 'node_modules\n')
    mkdirSync(join(root, 'src'))
    writeFileSync(join(root, 'src', 'main.ts'), 'the old portal\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'old')
    const first = git('rev-parse', 'HEAD')
    writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts: { start: 'node scripts/start.mjs' } }))
    writeFileSync(join(root, 'src', 'main.ts'), 'the new portal\n')
    git('commit', '-q', '-am', 'new')
    mkdirSync(join(root, 'node_modules', 'kysely'), { recursive: true })
    writeFileSync(join(root, 'node_modules', 'kysely', 'package.json'), '{"version":"0.28.19"}')
    return { root, first }
  }
  function lockOf(packages: Record<string, string>) {
    return { packages: Object.fromEntries(Object.entries(packages).map(([name, version]) => [`node_modules/${name}`, { version }])) }
  }
  const worktrees = (root: string) => execFileSync('git', ['worktree', 'list', '--porcelain'], { cwd: root, encoding: 'utf8' })

  test('holds the ref\'s files, shares node_modules, starts as the ref says, and leaves no trace when removed', () => {
    const { root, first } = repository()
    const dir = join(root, '..', `${root.split('/').pop()}-baseline`)
    made.push(dir)
    const checkout = checkOutBaseline(root, 'HEAD~1', dir)
    assert.equal(checkout.commit, first)
    assert.equal(readFileSync(join(dir, 'src', 'main.ts'), 'utf8'), 'the old portal\n')
    assert.deepEqual(checkout.start, { script: 'src/main.ts', nodeOptions: ['--import', 'tsx'] })
    assert.equal(checkout.dependencies, 'shared')
    assert.ok(lstatSync(join(dir, 'node_modules')).isSymbolicLink())
    assert.equal(realpathSync(join(dir, 'node_modules')), realpathSync(join(root, 'node_modules')))
    assert.ok(worktrees(root).includes(`worktree ${realpathSync(dir)}\n`))

    checkout.remove()
    checkout.remove()
    assert.equal(existsSync(dir), false)
    assert.equal(worktrees(root).includes(dir), false)
    // The link went, not what it pointed to.
    assert.ok(existsSync(join(root, 'node_modules', 'kysely', 'package.json')))
    assert.equal(readFileSync(join(root, 'src', 'main.ts'), 'utf8'), 'the new portal\n')
  })

  test('a ref git does not know is said plainly and no worktree is left', () => {
    const { root } = repository()
    const dir = join(root, '..', `${root.split('/').pop()}-nowhere`)
    assert.throws(() => checkOutBaseline(root, 'no-such-ref', dir), /git knows no commit "no-such-ref"/)
    assert.equal(existsSync(dir), false)
    assert.equal(worktrees(root).includes(dir), false)
  })
})
