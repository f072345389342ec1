import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync, copyFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { transform } from 'esbuild'

// `npm test` runs the test files compiled to JavaScript, not through tsx. Every test file is its
// own process and loads most of the portal (about a thousand modules): through tsx's loader,
// whose hooks answer each import from another thread, that was 4 s of CPU a file; as plain
// JavaScript it is about 2 (measured on this machine), and with 230 files in three CI stages
// that was a quarter of CI's time.
//
// The copy (`.test-build/`, ignored by git) mirrors the repository: src/, test/ and bench/ with each
// .ts beside its compiled .js (tests that read sources, or start `src/cli.ts` under tsx, find
// them where they were), everything else at the root linked. Relative imports of `.ts` files
// are rewritten to `.js`. esbuild compiles, as tsx does, with the project's tsconfig; a file is
// compiled again only when its source is newer, so a second `npm test` starts at once.

/** Tests import from bench/ too (its generators and report). */
const COMPILED_FOLDERS = ['src', 'test', 'bench']
/** Folders git ignores inside them: benchmark output is no test's. */
const SKIPPED = /^bench\/out(\/|$)/
/** Not linked into the copy: the copy itself, and what git keeps. */
const NOT_LINKED = new Set(['.git', '.test-build', ...COMPILED_FOLDERS])

/** `./x.ts` and `../y/z.ts` in quotes, as import specifiers (and `new URL('./x.ts', import.meta.url)`) write them. */
const RELATIVE_TS = /(["'])(\.{1,2}\/[^"'\n]*?)\.ts\1/g

export async function compileForTests(root: string, outDir = join(root, '.test-build')): Promise<void> {
  mkdirSync(outDir, { recursive: true })
  for (const entry of readdirSync(root)) {
    if (NOT_LINKED.has(entry)) continue
    const link = join(outDir, entry)
    if (!existsSync(link) && !isLink(link)) symlinkSync(relative(outDir, join(root, entry)), link)
  }
  // A folder linked by an earlier layout of the copy is unlinked, never written through.
  for (const folder of COMPILED_FOLDERS) if (isLink(join(outDir, folder))) rmSync(join(outDir, folder))
  const tsconfigRaw = readFileSync(join(root, 'tsconfig.json'), 'utf8')
  const expected = new Set<string>()
  const work: Promise<void>[] = []
  for (const folder of COMPILED_FOLDERS) {
    for (const file of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
      if (SKIPPED.test(`${folder}/${file}`)) continue
      const source = join(root, folder, file)
      const stats = statSync(source)
      if (stats.isDirectory()) continue
      const copy = join(outDir, folder, file)
      expected.add(copy)
      const compiled = file.endsWith('.ts') && !file.endsWith('.d.ts') ? copy.replace(/\.ts$/, '.js') : undefined
      if (compiled) expected.add(compiled)
      if (isCurrent(copy, stats.mtimeMs) && (!compiled || isCurrent(compiled, stats.mtimeMs))) continue
      mkdirSync(dirname(copy), { recursive: true })
      copyFileSync(source, copy)
      utimesSync(copy, stats.atime, stats.mtime)
      if (compiled) work.push(compile(source, compiled, tsconfigRaw, stats))
    }
  }
  await Promise.all(work)
  removeStale(outDir, COMPILED_FOLDERS, expected)
}

async function compile(source: string, compiled: string, tsconfigRaw: string, stats: { atime: Date; mtime: Date }): Promise<void> {
  const { code } = await transform(readFileSync(source, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', tsconfigRaw, sourcefile: source })
  writeFileSync(compiled, code.replace(RELATIVE_TS, '$1$2.js$1'))
  utimesSync(compiled, stats.atime, stats.mtime)
}

function isCurrent(file: string, sourceMtimeMs: number): boolean {
  try {
    // utimes keeps whole milliseconds: the copy's time is the source's, less its fraction.
    return Math.abs(statSync(file).mtimeMs - sourceMtimeMs) < 1
  } catch {
    return false
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** A source deleted or renamed leaves no compiled file behind that a test could still import. */
function removeStale(outDir: string, folders: readonly string[], expected: ReadonlySet<string>): void {
  for (const folder of folders) {
    for (const file of readdirSync(join(outDir, folder), { recursive: true, encoding: 'utf8' })) {
      const path = join(outDir, folder, file)
      if (!statSync(path).isDirectory() && !expected.has(path)) rmSync(path)
    }
  }
}
