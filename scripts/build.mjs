// @ts-check
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { digestInputs, isBuildCurrent, STAMP_FILE } from './build-stamp.mjs'

// `npm run build`: src/main.ts and src/cli.ts bundled by esbuild into dist/main.js and dist/cli.js,
// so that production starts without transpiling TypeScript (scripts/start.mjs runs it when the
// build is missing or stale). Everything under src/ that the entries import is followed; the
// packages in node_modules stay outside the bundle and are loaded by Node as before, so their own
// files (native bindings, workers, package.json read beside the code) are where they expect.
// Bundling them too started no faster and held ~40 MB more (docs/decisions/0041-….md).

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const ENTRIES = { main: 'src/main.ts', cli: 'src/cli.ts' }
// Besides the imported source files, a change to these must rebuild: the packages installed, and
// how the build is made.
const ALWAYS_INPUTS = ['package.json', 'package-lock.json', 'scripts/build.mjs', 'scripts/build-stamp.mjs']
export const ASSETS_DIR = 'assets'

// Source files read beside themselves at run time (a browser script, the demo images) are named
// as `new URL('./browser/x.js', import.meta.url)`. Bundled, import.meta.url is dist/main.js, so
// each such file or folder is copied under dist/assets/ (its path from the project root kept) and
// the URL rewritten to point there. Any other way of finding a file beside the code would look
// in dist/ and miss, so it stops the build instead.
const RUNTIME_FILE = /new\s+URL\(\s*(['"`])([^'"`$]+)\1\s*,\s*import\.meta\.url\s*\)/g
const OTHER_LOCATION = /import\.meta\.(url|dirname|filename)|\b__dirname\b|\b__filename\b/
// Resolving a package (`createRequire(import.meta.url).resolve('@fontsource/…')`) finds the same
// node_modules from dist/, so that use is left alone.
const PACKAGE_RESOLVER = /createRequire\(\s*import\.meta\.url\s*\)/g

/**
 * @param {string} root
 * @param {Map<string, string>} assets  path from the root → absolute path, filled as files are loaded
 * @returns {import('esbuild').Plugin}
 */
function runtimeFiles(root, assets) {
  return {
    name: 'toasoan-runtime-files',
    setup(build) {
      build.onLoad({ filter: /\.(ts|tsx|mts)$/ }, (args) => {
        if (args.path.split(sep).includes('node_modules')) return undefined
        const source = readFileSync(args.path, 'utf8')
        const problems = /** @type {import('esbuild').PartialMessage[]} */ ([])
        const file = relative(root, args.path)
        const contents = source.replace(RUNTIME_FILE, (match, _quote, target, offset) => {
          const absolute = resolve(dirname(args.path), target)
          const key = relative(root, absolute).split(sep).join('/')
          if (key.startsWith('../') || !existsSync(absolute)) {
            const line = source.slice(0, offset).split('\n').length
            problems.push({ text: `${target} (read at run time) is ${key.startsWith('../') ? 'outside the project' : 'missing'}`, location: { file, line } })
            return match
          }
          assets.set(key, absolute)
          return `new URL(${JSON.stringify(`./${ASSETS_DIR}/${key}${target.endsWith('/') ? '/' : ''}`)}, import.meta.url)`
        })
        contents.split('\n').forEach((line, index) => {
          const code = line.trimStart()
          if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return
          const stripped = line.replace(/new URL\("\.\/assets\/[^"]*", import\.meta\.url\)/g, '').replace(PACKAGE_RESOLVER, '')
          if (OTHER_LOCATION.test(stripped)) {
            problems.push({
              text: 'a file located from the code\'s own place must be named as new URL(\'./relative/path\', import.meta.url), with the path written out, so the build can copy it beside the bundle',
              location: { file, line: index + 1, lineText: line },
            })
          }
        })
        if (problems.length > 0) return { errors: problems }
        return { contents, loader: 'ts' }
      })
    },
  }
}

/**
 * Builds into a fresh folder beside `outDir`, then puts it in its place: a build that fails
 * leaves the previous one whole.
 * @param {{ root?: string, outDir?: string }} [options]
 */
export async function buildPortal({ root = ROOT, outDir = join(root, 'dist') } = {}) {
  const { build } = await import('esbuild')
  const staging = `${outDir}.building-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  const assets = /** @type {Map<string, string>} */ (new Map())
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ENTRIES,
      outdir: staging,
      bundle: true,
      packages: 'external',
      platform: 'node',
      target: 'node20',
      format: 'esm',
      // Linked maps without the sources: stack traces name src/….ts and its lines.
      sourcemap: 'linked',
      sourcesContent: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [runtimeFiles(root, assets)],
    })
    for (const [key, absolute] of assets) cpSync(absolute, join(staging, ASSETS_DIR, key), { recursive: true })
    const sources = Object.keys(result.metafile.inputs).filter((input) => !input.split('/').includes('node_modules'))
    const assetPaths = [...assets].map(([key, absolute]) => (statSync(absolute).isDirectory() ? `${key}/` : key))
    const inputs = [...new Set([...ALWAYS_INPUTS, ...sources, ...assetPaths])].sort()
    writeFileSync(join(staging, STAMP_FILE), JSON.stringify({ digest: digestInputs(root, inputs), inputs }, null, 2) + '\n')
    const previous = `${outDir}.previous-${process.pid}`
    if (existsSync(outDir)) renameSync(outDir, previous)
    renameSync(staging, outDir)
    rmSync(previous, { recursive: true, force: true })
    return { inputs, assets: [...assets.keys()].sort() }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
}

/**
 * One build at a time per folder (two `npm start` of one checkout may find it stale together):
 * the others wait, then find it current.
 * @param {string} outDir
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 * @template T
 */
async function holdingBuildLock(outDir, work) {
  const lock = `${outDir}.lock`
  mkdirSync(dirname(lock), { recursive: true })
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      const fd = openSync(lock, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      break
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error
      if (!holderIsAlive(lock)) {
        rmSync(lock, { force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`another build has held ${lock} for 3 minutes`)
      await new Promise((done) => setTimeout(done, 200))
    }
  }
  try {
    return await work()
  } finally {
    unlinkSync(lock)
  }
}

/** @param {string} lock */
function holderIsAlive(lock) {
  try {
    const pid = Number(readFileSync(lock, 'utf8'))
    // Created but its pid not yet written: give the holder a moment.
    if (!Number.isInteger(pid) || pid <= 0) return Date.now() - statSync(lock).mtimeMs < 5000
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: alive under another user; ENOENT: released meanwhile, the next try takes it.
    return /** @type {NodeJS.ErrnoException} */ (error).code !== 'ESRCH'
  }
}

/**
 * Builds unless `outDir` already holds a build of the files as they are. Returns whether it built.
 * @param {{ root?: string, outDir?: string }} [options]
 */
export async function buildIfStale({ root = ROOT, outDir = join(root, 'dist') } = {}) {
  return holdingBuildLock(outDir, async () => {
    if (isBuildCurrent(root, outDir)) return false
    await buildPortal({ root, outDir })
    return true
  })
}

// `node scripts/build.mjs [--if-stale] [--out-dir DIR]`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  /** @type {{ 'if-stale'?: boolean, 'out-dir'?: string }} */
  let values = {}
  try {
    values = parseArgs({ options: { 'if-stale': { type: 'boolean' }, 'out-dir': { type: 'string' } }, strict: true }).values
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\nusage: node scripts/build.mjs [--if-stale] [--out-dir DIR]   (default: dist/; --if-stale: only when the sources changed)`)
    process.exit(64)
  }
  const outDir = values['out-dir'] ? resolve(values['out-dir']) : join(ROOT, 'dist')
  const started = performance.now()
  const run = values['if-stale']
    ? buildIfStale({ outDir })
    : holdingBuildLock(outDir, () => buildPortal({ outDir }).then(() => true))
  run.then(
    (built) => {
      const where = relative(process.cwd(), outDir) || '.'
      console.error(built ? `built ${where}/main.js and ${where}/cli.js in ${((performance.now() - started) / 1000).toFixed(1)} s` : `${where} is up to date`)
    },
    (error) => {
      const messages = /** @type {{ errors?: import('esbuild').Message[] }} */ (error).errors
      if (messages?.length) {
        for (const m of messages) console.error(`build: ${m.location ? `${m.location.file}:${m.location.line}: ` : ''}${m.text}`)
      } else console.error(`build: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
