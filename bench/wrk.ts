import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { track } from './processes.ts'

// wrk, not autocannon: autocannon saturates near 21,000 req/s on this kind of machine and then
// measures itself (see shared/design/stack-notes.md).
export const WRK = '/usr/bin/wrk'
export const THREADS = 2
export const CONNECTIONS = 50

export interface WrkResult {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Responses outside 2xx/3xx, as wrk counts them. */
  non2xx: number
  /** connect + read + write + timeout errors. */
  socketErrors: number
}

export function wrkInstalled(): boolean {
  try {
    accessSync(WRK, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Runs `wrk -t2 -c50 -d<seconds>s --latency url` and parses its report. Rejects if wrk fails. */
export function runWrk(url: string, seconds: number): Promise<WrkResult> {
  const args = [`-t${THREADS}`, `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', url]
  return new Promise((resolve, reject) => {
    // The timeout is a safety net for a hung server; wrk itself stops after `seconds`.
    const child = execFile(WRK, args, { timeout: (seconds + 30) * 1000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`wrk ${args.join(' ')} failed: ${error.message}\n${stderr}`))
      try {
        resolve(parseWrkOutput(stdout))
      } catch (parseError) {
        reject(new Error(`${(parseError as Error).message}\n--- wrk output ---\n${stdout}${stderr}`))
      }
    })
    track(child)
  })
}

export function parseWrkOutput(text: string): WrkResult {
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(text)
  const p50 = /^\s+50%\s+([\d.]+)(us|ms|s|m|h)\s*$/m.exec(text)
  const p99 = /^\s+99%\s+([\d.]+)(us|ms|s|m|h)\s*$/m.exec(text)
  const requests = /^\s+(\d+) requests in /m.exec(text)
  if (!rps || !p50 || !p99 || !requests) throw new Error('could not read Requests/sec and the 50%/99% latency lines from wrk')
  // Both lines are printed only when something went wrong.
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(text)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text)
  return {
    requestsPerSecond: Number(rps[1]),
    p50Ms: toMilliseconds(Number(p50[1]), p50[2]!),
    p99Ms: toMilliseconds(Number(p99[1]), p99[2]!),
    requests: Number(requests[1]),
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  }
}

const MS_PER_UNIT: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

function toMilliseconds(value: number, unit: string): number {
  const factor = MS_PER_UNIT[unit]
  if (factor === undefined) throw new Error(`unknown wrk time unit "${unit}"`)
  return value * factor
}
