// test-scope: once
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { PUBLIC_PAGES, startQualityPortal, type QualityPortal } from './portal-pages.ts'

// Issue 13: the Nu HTML checker (vnu.jar, from the vnu-jar package; Java from Debian's
// default-jre-headless) finds no error on any public page or newsroom screen. The pages are the
// same whatever the database, so this runs once (`test-scope: once`).

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')
const dir = mkdtempSync(join(tmpdir(), 'toasoan-vnu-'))
let quality: QualityPortal

before(async () => {
  quality = await startQualityPortal()
})
after(async () => {
  rmSync(dir, { recursive: true, force: true })
  await quality?.portal.close()
})

interface VnuMessage { type: string; url: string; message: string; lastLine?: number; extract?: string }

test('the Nu HTML checker finds no error on any page', { timeout: 600_000 }, async () => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' })
  assert.equal(java.status, 0, 'Java is needed for the Nu HTML checker: apt-get install -y default-jre-headless')
  const files = new Map<string, string>()
  const pages = [
    ...PUBLIC_PAGES.map((p) => ({ ...p, cookie: undefined })),
    { name: 'newsroom-sign-in', path: '/toa-soan/dang-nhap', status: 200, cookie: undefined },
    ...quality.newsroomPages.map((p) => ({ ...p, cookie: quality.adminCookie })),
  ]
  for (const page of pages) {
    const res = await quality.portal.app.inject({ url: page.path, headers: page.cookie ? { cookie: page.cookie } : {} })
    assert.equal(res.statusCode, page.status, page.path)
    const file = join(dir, `${page.name}.html`)
    writeFileSync(file, res.body)
    files.set(`file:${file}`, page.path)
  }
  // One Java start for every page: --exit-zero-always, the messages are read from its JSON.
  const vnu = spawnSync('java', ['-Xss4m', '-jar', VNU, '--format', 'json', '--errors-only', '--exit-zero-always', ...[...files.keys()].map((f) => f.slice(5))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  assert.equal(vnu.status, 0, vnu.stderr)
  const { messages } = JSON.parse(vnu.stderr) as { messages: VnuMessage[] }
  const errors = messages.filter((m) => m.type === 'error').map((m) => `${files.get(m.url) ?? m.url}:${m.lastLine ?? '?'}: ${m.message} ${m.extract ? `«${m.extract.trim()}»` : ''}`)
  assert.ok(files.size >= 20, `${files.size} pages checked`)
  assert.deepEqual(errors, [])
})
