import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, describe, test } from 'node:test'
import { freePort } from '../test/support/wait.ts'
import { entryPoint } from '../test/support/entry-point.ts'

// The operator who mistypes DATABASE_URL must learn which variable is wrong, at once, without
// a stack trace and without the password appearing in the terminal or the journal.
const root = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'toasoan-start-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** Starts the portal; a start that hangs is killed by the guard (the test then fails on the exit code). */
async function start(databaseUrl: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, entryPoint('main'), {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: '', SEED_DEMO: 'false', PORT: String(await freePort()), MEDIA_DIR: join(dir, 'media'), LOG_LEVEL: 'error', WEATHER_URL: 'http://127.0.0.1:9/v1/forecast' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
  const hangGuard = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(hangGuard)
  return { code, stderr }
}

function assertNamesDatabaseUrl(run: { code: number | null; stderr: string }, shown: string): void {
  assert.equal(run.code, 1, run.stderr)
  assert.ok(run.stderr.startsWith(`Tòa Soạn cannot reach the database at DATABASE_URL=${shown}: `), run.stderr)
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace')
}

describe('a database that cannot be reached stops the start, naming DATABASE_URL', { concurrency: 3 }, () => {
  test('PostgreSQL on a port nobody listens on: exit 1, the address without its password', async () => {
    const port = await freePort()
    const run = await start(`postgres://postgres:s3cret-pw@127.0.0.1:${port}/x`)
    assertNamesDatabaseUrl(run, `postgres://postgres@127.0.0.1:${port}/x`)
    assert.match(run.stderr, /ECONNREFUSED/)
    assert.doesNotMatch(run.stderr, /s3cret-pw/)
  })

  test('SQLite at a path that is a directory', async () => {
    assertNamesDatabaseUrl(await start(`sqlite:${dir}`), `sqlite:${dir}`)
  })

  test('SQLite under a parent folder that cannot be created (a file is in the way)', async () => {
    const file = join(dir, 'not-a-folder')
    writeFileSync(file, '')
    assertNamesDatabaseUrl(await start(`sqlite:${file}/portal.db`), `sqlite:${file}/portal.db`)
  })
})
