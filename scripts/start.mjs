// @ts-check
import { spawnSync } from 'node:child_process'
import cluster from 'node:cluster'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isBuildCurrent } from './build-stamp.mjs'

// `npm start`: the portal from the compiled dist/main.js, built first when it is missing or was
// made from other sources than those on disk (a `git pull`, an edit). The check reads the files
// and hashes them, without esbuild; a build runs in a child process, so the server does not carry
// esbuild's memory. TOASOAN_BUILD_DIR puts the build elsewhere (the tests use a temp folder).

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = process.env.TOASOAN_BUILD_DIR ? resolve(process.env.TOASOAN_BUILD_DIR) : join(root, 'dist')

/** @param {'main' | 'cli'} entry */
export async function launch(entry) {
  if (!isBuildCurrent(root, outDir)) {
    process.stderr.write(`building ${relative(process.cwd(), outDir) || '.'}/ from the sources (missing or out of date) …\n`)
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale', '--out-dir', outDir], { stdio: ['ignore', 'inherit', 'inherit'] })
    if (build.status !== 0) {
      process.stderr.write('Tòa Soạn cannot start: the build failed (above). `npm run build` retries it; `npm run dev` runs the sources without a build.\n')
      process.exit(1)
    }
  }
  // Stack traces name src/….ts and its lines, here and in the workers `--workers N` forks.
  process.setSourceMapsEnabled(true)
  const compiled = join(outDir, `${entry}.js`)
  // Workers run the compiled entry itself, not this launcher: no second check, never a build.
  cluster.setupPrimary({ exec: compiled, execArgv: [...process.execArgv, '--enable-source-maps'] })
  await import(pathToFileURL(compiled).href)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await launch('main')
