// test-run: sources
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, describe, test } from 'node:test'
import { isBuildCurrent } from '../../scripts/build-stamp.mjs'
import { buildIfStale, buildPortal } from '../../scripts/build.mjs'

// The build on a small project of its own (the portal's own build is started in
// compiled-start.test.ts): what it follows, what it copies, when it counts as stale.
const made: string[] = []
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function project(files: Record<string, string>): { root: string; outDir: string; write(path: string, text: string): void } {
  const root = mkdtempSync(join(tmpdir(), 'toasoan-build-'))
  made.push(root)
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  for (const [path, text] of Object.entries({ 'package.json': '{"type":"module"}', 'package-lock.json': '{}', ...files })) write(path, text)
  return { root, outDir: join(root, 'dist'), write }
}

const SOURCES = {
  'src/main.ts': `import { greeting } from './features/greet/index.ts'\nconsole.log(greeting())\n`,
  // Resolving packages from the code's place is allowed: dist/ finds the same node_modules.
  'src/cli.ts': `import { createRequire } from 'node:module'\nconst require = createRequire(import.meta.url)\nconsole.log(require.resolve('node:path') === 'node:path' ? 'cli' : '?')\n`,
  'src/features/greet/index.ts': [
    `import { readFileSync, readdirSync } from 'node:fs'`,
    `// Read beside the code: the build copies these (a comment naming import.meta.url is no use of it).`,
    `const script = readFileSync(new URL('./browser/hello.js', import.meta.url), 'utf8').trim()`,
    `const images = readdirSync(new URL('./images/', import.meta.url)).sort().join(',')`,
    `export const greeting = (): string => script + ' ' + images`,
  ].join('\n'),
  'src/features/greet/browser/hello.js': `xin chào\n`,
  'src/features/greet/images/a.svg': '<svg/>',
  'src/features/greet/images/b.svg': '<svg/>',
}

function run(file: string): string {
  return execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim()
}

describe('npm run build', () => {
  test('bundles the entries with what they import, and copies the files read at run time beside the bundle', async () => {
    const { root, outDir } = project(SOURCES)
    const { assets } = await buildPortal({ root, outDir })
    assert.deepEqual(assets, ['src/features/greet/browser/hello.js', 'src/features/greet/images'])
    rmSync(join(root, 'src'), { recursive: true })
    assert.equal(run(join(outDir, 'main.js')), 'xin chào a.svg,b.svg', 'runs without the sources')
    assert.equal(run(join(outDir, 'cli.js')), 'cli')
  })

  test('stale when an imported file, a file read at run time or the lock file changes; not for a file nothing imports', async () => {
    const { root, outDir, write } = project(SOURCES)
    await buildPortal({ root, outDir })
    assert.equal(isBuildCurrent(root, outDir), true)
    write('src/features/unused/index.ts', 'export const x = 1\n')
    assert.equal(isBuildCurrent(root, outDir), true, 'an unimported file does not count')

    for (const [path, text] of [
      ['src/features/greet/index.ts', SOURCES['src/features/greet/index.ts'] + '\nexport const more = 1\n'],
      ['src/features/greet/browser/hello.js', 'xin chào các bạn\n'],
      ['src/features/greet/images/c.svg', '<svg/>'],
      ['package-lock.json', '{"lockfileVersion":3}'],
    ] as const) {
      assert.equal(await buildIfStale({ root, outDir }), false, `current before ${path} changes`)
      write(path, text)
      assert.equal(isBuildCurrent(root, outDir), false, `${path} changed`)
      assert.equal(await buildIfStale({ root, outDir }), true, `rebuilt after ${path}`)
    }
    assert.equal(run(join(outDir, 'main.js')), 'xin chào các bạn a.svg,b.svg,c.svg')
  })

  test('no build at all is stale', () => {
    const { root, outDir } = project(SOURCES)
    assert.equal(isBuildCurrent(root, outDir), false)
  })

  test('two builds asked for at once: one builds, the other waits and finds it current', async () => {
    const { root, outDir } = project(SOURCES)
    const built = await Promise.all([buildIfStale({ root, outDir }), buildIfStale({ root, outDir })])
    assert.deepEqual(built.sort(), [false, true])
    assert.equal(existsSync(`${outDir}.lock`), false)
  })

  test('a file found from the code\'s place any other way stops the build, naming the line, and the last build stays', async () => {
    const { root, outDir, write } = project(SOURCES)
    await buildPortal({ root, outDir })
    write('src/features/greet/theme.ts', `import { join } from 'node:path'\nexport const css = join(import.meta.dirname, 'theme.css')\n`)
    write('src/main.ts', `import { css } from './features/greet/theme.ts'\nconsole.log(css)\n`)
    await assert.rejects(buildPortal({ root, outDir }), (error: { errors?: { text: string; location?: { file: string; line: number } }[] }) => {
      assert.equal(error.errors?.[0]?.location?.file, 'src/features/greet/theme.ts')
      assert.equal(error.errors?.[0]?.location?.line, 2)
      assert.match(error.errors?.[0]?.text ?? '', /new URL\('\.\/relative\/path', import\.meta\.url\)/)
      return true
    })
    assert.equal(run(join(outDir, 'main.js')), 'xin chào a.svg,b.svg')
  })

  test('a file named for run time that does not exist stops the build', async () => {
    const { root, outDir } = project({ ...SOURCES, 'src/cli.ts': `import { readFileSync } from 'node:fs'\nreadFileSync(new URL('./missing.css', import.meta.url))\n` })
    await assert.rejects(buildPortal({ root, outDir }), (error: { errors?: { text: string; location?: { file: string; line: number } }[] }) => {
      assert.match(error.errors?.[0]?.text ?? '', /\.\/missing\.css .* missing/)
      assert.deepEqual([error.errors?.[0]?.location?.file, error.errors?.[0]?.location?.line], ['src/cli.ts', 2])
      return true
    })
    assert.equal(existsSync(outDir), false)
  })
})
