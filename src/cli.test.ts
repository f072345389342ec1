import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'

// The operator's first try is `npm run toasoan -- --help`; it must answer, and a typo must not
// look like success to a script.
const root = fileURLToPath(new URL('..', import.meta.url))

function toasoan(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, DATABASE_URL: 'sqlite::memory:' } })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const COMMANDS = ['import-jsonl', 'reindex', 'create-admin', 'copy-media', 'help']

function commandLines(help: string): string[] {
  return help.split('\n').slice(help.split('\n').indexOf('commands:') + 1).filter((line) => line.trim() !== '')
}

for (const flag of ['--help', '-h', 'help']) {
  test(`toasoan ${flag} lists the commands, one line each, and exits 0`, () => {
    const { code, stdout } = toasoan(flag)
    assert.equal(code, 0)
    assert.match(stdout, /^usage: npm run toasoan -- <command>/)
    const lines = commandLines(stdout)
    assert.deepEqual(lines.map((line) => line.trim().split(' ')[0]), COMMANDS, 'one line a command, no wrapped continuation lines')
  })
}

test('an unknown command prints the same help to stderr and exits 1', () => {
  const help = toasoan('--help').stdout
  const { code, stdout, stderr } = toasoan('publish-everything')
  assert.equal(code, 1)
  assert.equal(stdout, '')
  assert.equal(stderr, help)
})
