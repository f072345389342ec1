import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

// Every child the bench starts is registered here so that no server outlives the bench,
// whichever way it ends (normal exit, an error, Ctrl-C).
const children = new Set<ChildProcess>()

/** Registers a child started elsewhere (wrk) so it is killed with the rest. */
export function track(child: ChildProcess): void {
  children.add(child)
  child.once('exit', () => children.delete(child))
}

export function killAllChildren(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  children.clear()
}

export interface NodeChild {
  process: ChildProcess
  /** Resolves with the exit code (or the signal) once the process has ended. */
  exited: Promise<number | string>
  /** The last lines it wrote, to explain an early death. */
  recentOutput(): string
}

/**
 * Starts `node --import tsx <script> ...args` in `cwd` (`nodeOptions` replaces `--import tsx`:
 * `[]` for plain JavaScript). Output is forwarded to our stderr with a prefix, unless
 * `captureStdout` asks to keep stdout for the caller.
 */
export function spawnNode(
  label: string,
  cwd: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { captureStdout?: (text: string) => void; forwardStderr?: 'raw' | 'prefixed'; nodeOptions?: string[] } = {},
): NodeChild {
  const child = spawn(process.execPath, [...(options.nodeOptions ?? ['--import', 'tsx']), script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  track(child)
  const tail: string[] = []
  const remember = (text: string) => {
    tail.push(text)
    if (tail.length > 40) tail.shift()
  }
  child.stdout!.setEncoding('utf8').on('data', (text: string) => {
    remember(text)
    if (options.captureStdout) options.captureStdout(text)
    else process.stderr.write(prefixLines(label, text))
  })
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    remember(text)
    // The import's progress bar redraws itself with \r, so it goes through untouched.
    process.stderr.write(options.forwardStderr === 'raw' ? text : prefixLines(label, text))
  })
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown')
    })
  })
  child.once('error', (error) => process.stderr.write(`[${label}] could not start: ${error.message}\n`))
  return { process: child, exited, recentOutput: () => tail.join('') }
}

function prefixLines(label: string, text: string): string {
  return text.replace(/^(?=.)/gm, `[${label}] `)
}

/** Asks a child to stop (SIGTERM, so the server drains) and kills it if it dawdles. */
export async function stopChild(child: NodeChild, graceMs = 5000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return
  child.process.kill('SIGTERM')
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs)
  await child.exited
  clearTimeout(timer)
}

/** A port that was free a moment ago: the OS picks it, we release it for the child. */
export async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  await once(server, 'close')
  if (address === null || typeof address === 'string') throw new Error('could not find a free port')
  return address.port
}

export interface Fetched {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/**
 * A plain GET without Accept-Encoding, i.e. the request wrk sends: fetch() would ask for
 * br/gzip and hand back decoded bytes, which is not what the servers send wrk.
 */
export function httpGet(url: string, timeoutMs = 10_000): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)))
    req.on('error', reject)
    req.end()
  })
}

/** Polls `url` until it answers 200; fails early if the child dies first. */
export async function waitUntilReady(child: NodeChild, url: string, timeoutMs = 60_000): Promise<void> {
  let died: number | string | undefined
  void child.exited.then((code) => { died = code })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (died !== undefined) throw new Error(`the process exited (${died}) before ${url} answered:\n${child.recentOutput()}`)
    try {
      if ((await httpGet(url, 1000)).status === 200) return
    } catch {
      // Not listening yet.
    }
    await sleep(100)
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}
