import { parseArgs } from 'node:util'
import { checkRef } from './baseline.ts'
import { CONNECTIONS, THREADS } from './wrk.ts'

// The page benchmark's command line (`npm run bench -- [options]`), apart from bench/run.ts so
// that it can be tested without starting anything.

export const WARM_UP_SECONDS = 2

export const USAGE = `usage: npm run bench -- [options]

Generates Vietnamese articles, imports them with \`toasoan import-jsonl\` into a fresh SQLite
database, starts the portal and measures it with wrk (-t${THREADS} -c${CONNECTIONS}) against a bare
node:http server that sends the article page's bytes from a Buffer.

options:
  --articles N   how many articles to generate and import (default 10000)
  --duration S   seconds per wrk measurement, after a ${WARM_UP_SECONDS} s warm-up (default 5)
  --rounds R     interleaved rounds; each case's figure is the median over them (default 3)
  --storm-pages N  the purge storm (bench/purge-storm.ts): after a purge of every page, N
                 distinct articles once each, ${CONNECTIONS} at a time, against the same requests
                 from the cache; one storm per round, after the wrk runs (default 1000, 0: none)
  --baseline REF also measure the portal as it was at git ref REF (f9f2b21, main~3): a temporary
                 worktree of REF imports the same articles with its own CLI into its own
                 database and starts as its package.json's "start" says; every page case is
                 measured for REF and for this checkout (started by its own "start" too),
                 back to back in each round, and a second table gives this checkout's req/s
                 over REF's round by round. The worktree is removed at the end, even with --keep
  --keep         keep the temp dir (articles.jsonl, bench.db) and print its path
  --help         show this text

\`npm run bench -- cluster --help\` describes the two-instance benchmark behind nginx.
\`npm run bench -- search --help\` describes the search benchmark.
\`npm run bench -- start --help\` describes the start-up benchmark (tsx against the build).

Results go to stdout and to bench/out/latest.json. The exit code is 0 whether targets
pass or miss, 1 if a request errored, wrk failed or something could not start.
`

export interface Options {
  articles: number
  duration: number
  rounds: number
  stormPages: number
  /** A git ref to measure beside this checkout (--baseline), or undefined. */
  baseline: string | undefined
  keep: boolean
}

export function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '10000' },
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      'storm-pages': { type: 'string', default: '1000' },
      baseline: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) return 'help'
  return {
    articles: positiveInteger('--articles', values.articles),
    duration: positiveInteger('--duration', values.duration),
    rounds: positiveInteger('--rounds', values.rounds),
    stormPages: values['storm-pages'] === '0' ? 0 : positiveInteger('--storm-pages', values['storm-pages']),
    baseline: values.baseline === undefined ? undefined : usageCheck(() => checkRef(values.baseline!)),
    keep: values.keep,
  }
}

function positiveInteger(flag: string, raw: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`${flag} must be a whole number of at least 1 (got "${raw}")`)
  return Number(raw)
}

export class UsageError extends Error {}

function usageCheck<T>(check: () => T): T {
  try {
    return check()
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

