import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, test } from 'node:test'
import { entryPoint } from '../test/support/entry-point.ts'
import { IMPORT_SOURCES } from './features/import/import-sources.ts'

// The operator's first try is `npm run toasoan -- --help`; it must answer, and a typo must not
// look like success to a script.
const root = fileURLToPath(new URL('..', import.meta.url))

function toasoan(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [...entryPoint('cli'), ...args], { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, DATABASE_URL: 'sqlite::memory:' } }, (_error, stdout, stderr) => {
      resolve({ code: child.exitCode, stdout, stderr })
    })
  })
}

const COMMANDS = ['import', 'redirects', 'import-jsonl', 'reindex', 'create-admin', 'copy-media', 'backup', 'restore', 'export', 'convert-legacy', 'help']

function commandLines(help: string): string[] {
  return help.split('\n').slice(help.split('\n').indexOf('commands:') + 1).filter((line) => line.trim() !== '')
}

describe('the operator asks toasoan for help', { concurrency: 4 }, () => {
  for (const flag of ['--help', '-h', 'help']) {
    test(`toasoan ${flag} lists the commands, one line each, and exits 0`, async () => {
      const { code, stdout } = await toasoan(flag)
      assert.equal(code, 0)
      assert.match(stdout, /^usage: npm run toasoan -- <command>/)
      const lines = commandLines(stdout)
      // `import` has a line per source (import html …, import jsonl …), every other command one.
      assert.deepEqual([...new Set(lines.map((line) => line.trim().split(' ')[0]))], COMMANDS, 'one line a command, no wrapped continuation lines')
      assert.ok(lines.every((line) => /^ {2}\S/.test(line)), 'no wrapped continuation lines')
      for (const source of [...Object.keys(IMPORT_SOURCES), 'jsonl']) assert.ok(lines.some((line) => line.trim().startsWith(`import ${source} `)), source)
    })
  }

  test('an unknown command prints the same help to stderr and exits 1', async () => {
    const [help, { code, stdout, stderr }] = await Promise.all([toasoan('--help').then((run) => run.stdout), toasoan('publish-everything')])
    assert.equal(code, 1)
    assert.equal(stdout, '')
    assert.equal(stderr, help)
  })
})
