import { createServer } from 'node:net'

// Waiting on real processes and ports, for tests and the benchmarks that start servers.

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until the check holds; fails with the message after the deadline. */
/** `message` may be worked out when the wait fails, to say what was seen instead. */
export async function eventually(check: () => boolean | Promise<boolean>, message: string | (() => string), withinMs = 10_000): Promise<void> {
  const deadline = Date.now() + withinMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${typeof message === 'function' ? message() : message}`)
    await sleep(25)
  }
}
