// test-run: sources
import assert from 'node:assert/strict'
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, test } from 'node:test'
import { send, signInOverHttp } from '../support/http-client.ts'
import { eventually, freePort } from '../support/wait.ts'

// `npm start` as an operator runs it on a fresh checkout: no build yet, so the launcher builds
// one, then the portal runs from the compiled JavaScript (here in a temp folder, whose
// node_modules is the project's, as a checkout has its own). The rest of the suite runs the
// TypeScript through tsx; this is the one place the compiled portal is started.
const root = fileURLToPath(new URL('../..', import.meta.url))
const SEED_ARTICLE = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
let dir: string
let outDir: string

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'toasoan-compiled-'))
  outDir = join(dir, 'dist')
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
})
after(() => rmSync(dir, { recursive: true, force: true }))

interface Started {
  child: ChildProcess
  base: string
  stdout(): string
  stderr(): string
  exited: Promise<number | null>
}

async function npmStart(args: string[], env: Record<string, string>): Promise<Started> {
  const port = await freePort()
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], {
    cwd: root,
    env: {
      ...process.env, TOASOAN_BUILD_DIR: outDir, DATABASE_URL: `sqlite:${join(dir, 'portal.db')}`, MEDIA_DIR: join(dir, 'media'),
      PORT: String(port), LOG_LEVEL: 'error', WEATHER_URL: 'http://127.0.0.1:9/v1/forecast', REDIS_URL: '', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  child.stdout!.setEncoding('utf8').on('data', (text: string) => { stdout += text })
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (text: string) => { stderr += text })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const base = `http://127.0.0.1:${port}`
  let gone = false
  void exited.then(() => { gone = true })
  await eventually(async () => {
    if (gone) throw new Error(`the portal exited before it answered:\n${stderr}`)
    return (await fetch(`${base}/healthz`).catch(() => undefined))?.status === 200
  }, 'the compiled portal answers /healthz', 120_000)
  return { child, base, stdout: () => stdout, stderr: () => stderr, exited }
}

async function stop(started: Started): Promise<number | null> {
  started.child.kill('SIGTERM')
  const guard = setTimeout(() => started.child.kill('SIGKILL'), 30_000)
  const code = await started.exited
  clearTimeout(guard)
  return code
}

function commandLines(parent: number): string[] {
  let pids: string[] = []
  try {
    pids = execFileSync('pgrep', ['-P', String(parent)], { encoding: 'utf8' }).split('\n').filter(Boolean)
  } catch {
    return []
  }
  return pids.map((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' '))
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

describe('npm start runs the portal from compiled JavaScript', { concurrency: false }, () => {
  test('without a build: it builds one, seeds the demo, serves it from dist/ in every worker, and stops cleanly', async () => {
    assert.equal(existsSync(outDir), false)
    const portal = await npmStart(['--workers', '2'], { SEED_DEMO: 'true' })
    try {
      assert.match(portal.stderr(), /building .*dist\/ from the sources/)
      assert.ok(existsSync(join(outDir, 'main.js')) && existsSync(join(outDir, 'cli.js')))

      // cluster.fork() re-runs the compiled entry (not the launcher, never tsx), with source maps.
      await eventually(() => commandLines(portal.child.pid!).filter((line) => line.includes(join(outDir, 'main.js'))).length === 2, 'two workers run dist/main.js', 30_000)
      for (const line of commandLines(portal.child.pid!)) {
        assert.match(line, /--enable-source-maps/)
        assert.doesNotMatch(line, /tsx|src\/main\.ts|start\.mjs/)
      }

      const home = await get(`${portal.base}/`)
      assert.equal(home.status, 200)
      assert.match(home.body, /Ban Dân vận/)
      const article = await get(portal.base + SEED_ARTICLE)
      assert.equal(article.status, 200)
      assert.match(article.body, /Hội nghị tổng kết công tác Dân vận năm 2020/)

      // Files read beside the code at run time came along: the demo images the seed stored,
      // and the browser scripts the pages link to.
      for (const image of readdirSync(join(root, 'src/features/demo/demo-images'))) {
        assert.equal((await fetch(`${portal.base}/media/demo/${image}`)).status, 200, image)
      }
      const scripts = [...article.body.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
      assert.ok(scripts.length >= 2, article.body.slice(0, 300))
      for (const script of scripts) assert.equal((await fetch(portal.base + script)).status, 200, script)

      // The newsroom's editor scripts are bundled from their TypeScript when first asked for.
      const password = /password \(shown only now\): (\S+)/.exec(portal.stdout())?.[1]
      assert.ok(password, portal.stdout())
      const cookie = await signInOverHttp(portal.base, 'quantri@example.vn', password)
      assert.ok(cookie, 'signed in')
      const form = await send(`${portal.base}/toa-soan/bai-viet/moi`, 'GET', { cookie })
      const editor = /\/assets\/soan-thao-[0-9a-f]+\.js/.exec(form.body)?.[0]
      assert.ok(editor, form.body.slice(0, 500))
      const editorScript = await send(portal.base + editor, 'GET', { cookie })
      assert.equal(editorScript.status, 200)
      assert.match(editorScript.body, /ProseMirror/)
      const pageScript = /\/assets\/bien-tap-[0-9a-f]+\.js/.exec(form.body)?.[0]
      assert.ok(pageScript, form.body.slice(0, 500))
      assert.equal((await send(portal.base + pageScript, 'GET', {})).status, 200)
    } finally {
      assert.equal(await stop(portal), 0, portal.stderr())
    }
  })

  test('a second start finds the build current and starts it without building', async () => {
    const stamp = statSync(join(outDir, 'build-stamp.json')).mtimeMs
    const portal = await npmStart([], { SEED_DEMO: 'false' })
    try {
      assert.doesNotMatch(portal.stderr(), /building/)
      assert.equal(statSync(join(outDir, 'build-stamp.json')).mtimeMs, stamp)
      assert.equal((await get(portal.base + SEED_ARTICLE)).status, 200)
    } finally {
      assert.equal(await stop(portal), 0, portal.stderr())
    }
  })

  test('a build that cannot be made stops the start with exit 1 and says what to run', () => {
    const blocked = join(dir, 'a-file')
    writeFileSync(blocked, '')
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, TOASOAN_BUILD_DIR: join(blocked, 'dist') } })
    assert.equal(run.status, 1, run.stderr)
    assert.match(run.stderr, /Tòa Soạn cannot start: the build failed \(above\)\. `npm run build` retries it/)
  })

  test('the source maps name the TypeScript files, so stack traces point at src/', () => {
    const map = JSON.parse(readFileSync(join(outDir, 'main.js.map'), 'utf8')) as { sources: string[] }
    assert.ok(map.sources.some((source) => source.endsWith('src/main.ts')), map.sources.slice(0, 5).join(', '))
    assert.match(readFileSync(join(outDir, 'main.js'), 'utf8'), /\/\/# sourceMappingURL=main\.js\.map\s*$/)
  })
})
