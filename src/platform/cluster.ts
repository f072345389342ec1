import cluster, { type Worker } from 'node:cluster'
import type { NewsroomEventBus, RelayedEvent } from './events.ts'

// `--workers N`: N processes on one machine share the port (node:cluster hands out the
// connections). The primary only starts, restarts and stops workers, and passes newsroom
// events between them when no Redis does it.

interface EventMessage {
  toasoan: 'event'
  event: RelayedEvent
}

function isEventMessage(message: unknown): message is EventMessage {
  return typeof message === 'object' && message !== null && (message as EventMessage).toasoan === 'event'
}

export interface ClusterLog {
  info(message: string): void
  error(message: string): void
}

// A worker that dies soon after it started will likely die again (a bad setting, a database
// that refuses it): each such replacement waits twice as long as the last, up to half a minute,
// instead of forking twice a second for ever. One that ran a while is replaced at once.
export const RESTART = { firstDelayMs: 500, maxDelayMs: 30_000, stableAfterMs: 10_000 } as const

/** How long to wait before replacing a worker that lived `livedMs` and was itself started after `delayMs`. */
export function restartDelay(delayMs: number, livedMs: number): number {
  return livedMs >= RESTART.stableAfterMs ? RESTART.firstDelayMs : Math.min(delayMs * 2, RESTART.maxDelayMs)
}

export function runPrimary(count: number, log: ClusterLog): void {
  let stopping = false
  const fork = (delayMs: number = RESTART.firstDelayMs / 2): Worker => {
    const startedAt = Date.now()
    const worker = cluster.fork()
    worker.on('message', (message: unknown) => {
      if (!isEventMessage(message)) return
      for (const other of Object.values(cluster.workers ?? {})) if (other && other !== worker && other.isConnected()) other.send(message)
    })
    // Said when it can take connections: until then the primary hands it none (an operator, and
    // the cluster journey, wait for this rather than for the process).
    worker.on('listening', () => log.info(`worker ${worker.process.pid} listening`))
    worker.on('exit', (code, signal) => {
      if (stopping) return
      const next = restartDelay(delayMs, Date.now() - startedAt)
      log.error(`worker ${worker.process.pid} stopped (${signal ?? code}); starting another in ${next} ms`)
      setTimeout(() => {
        if (!stopping) fork(next)
      }, next)
    })
    return worker
  }
  for (let i = 0; i < count; i++) fork()
  log.info(`started ${count} workers`)

  const stop = (signal: NodeJS.Signals) => {
    stopping = true
    log.info(`${signal}: stopping ${count} workers`)
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
    const deadline = setTimeout(() => process.exit(1), 15_000)
    deadline.unref()
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
    })
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}

/** In a worker without Redis: events go to the primary, which passes them to the other workers. */
export function relayThroughPrimary(bus: NewsroomEventBus): void {
  bus.relayTo({ publish: (event) => process.send?.({ toasoan: 'event', event } satisfies EventMessage) })
  process.on('message', (message: unknown) => {
    if (isEventMessage(message)) bus.receive(message.event)
  })
}
