import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, test } from 'node:test'
import { freePort } from '../support/wait.ts'
import { entryPoint } from '../support/entry-point.ts'

// `npm start` with a broken THEME_DIR: the operator reads which file and why, and the portal
// does not come up serving blank pages.
const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'toasoan-theme-start-'))
after(() => rmSync(dir, { recursive: true, force: true }))

test('a theme whose views throw on import stops the start with exit 1, the file\'s path and the error', async () => {
  const theme = join(dir, 'hong')
  mkdirSync(theme)
  writeFileSync(join(theme, 'theme.css'), ':root{--brand:#0b4a8f}\n')
  writeFileSync(join(theme, 'views.js'), 'throw new Error("thiếu tệp đầu trang")\n')
  const child = spawn(process.execPath, entryPoint('main'), {
    cwd: root,
    env: { ...process.env, THEME_DIR: theme, DATABASE_URL: `sqlite:${join(dir, 'portal.db')}`, REDIS_URL: '', SEED_DEMO: 'false', PORT: String(await freePort()), MEDIA_DIR: join(dir, 'media'), LOG_LEVEL: 'error', WEATHER_URL: 'http://127.0.0.1:9/v1/forecast' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
  const hangGuard = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(hangGuard)
  assert.equal(code, 1, stderr)
  assert.equal(stderr.trim(), `Tòa Soạn failed to start: theme file ${join(theme, 'views.js')}: thiếu tệp đầu trang`)
})
