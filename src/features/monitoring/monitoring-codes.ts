import type { FastifyBaseLogger } from 'fastify'
import type { PageCache } from '../../platform/cache/page-cache.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { RunTimePolicy } from '../../platform/module.ts'
import { CODE_KINDS, readStoredCodes, type CodeKind } from './monitoring-code.repository.ts'
import { readSnippet, SnippetRefused, type ReadSnippet } from './snippet-reading.ts'

const NOTHING: ReadSnippet = { parts: [], scriptHosts: [], connectHosts: [], imageHosts: [], hashes: [] }
// The host of the EMC system (Circular 22/2023): a code that loads from it counts as connected.
const EMC_HOST = /(^|\.)emc\.gov\.vn$/

export type ReadCodes = Record<CodeKind, ReadSnippet>

/**
 * The monitoring codes in force on this instance: read from the database at start and after
 * each change (on every instance, through the relayed event), put into the policy, and the
 * whole page cache cleared, since every cached response carries the old policy in its bytes.
 */
export class MonitoringCodes {
  #codes: ReadCodes = { emc: NOTHING, analytics: NOTHING }

  constructor(private readonly deps: { db: Db; policy: RunTimePolicy; cache: PageCache; events: NewsroomEventBus; log: FastifyBaseLogger }) {}

  get current(): ReadCodes {
    return this.#codes
  }

  /** Whether an EMC monitoring code is on the pages (for the compliance page). */
  hasEmcCode(): boolean {
    return this.#codes.emc.parts.some((part) => part.kind !== 'inline' && EMC_HOST.test(new URL(part.src).hostname))
      || this.#codes.emc.scriptHosts.some((origin) => EMC_HOST.test(new URL(origin).hostname))
  }

  async reload(): Promise<void> {
    const stored = await readStoredCodes(this.deps.db)
    const codes = { ...this.#codes }
    for (const kind of CODE_KINDS) codes[kind] = this.#read(kind, stored[kind])
    const all = CODE_KINDS.map((kind) => codes[kind])
    this.deps.policy.set('monitoring', {
      readers: {
        'script-src': all.flatMap((c) => [...c.scriptHosts, ...c.hashes]),
        'connect-src': all.flatMap((c) => c.connectHosts),
        'img-src': all.flatMap((c) => c.imageHosts),
      },
    })
    this.#codes = codes
    this.deps.cache.clear()
    this.deps.events.emit('monitoring.applied', {})
  }

  #read(kind: CodeKind, snippet: string): ReadSnippet {
    try {
      return readSnippet(snippet)
    } catch (error) {
      // Saved under rules since tightened: leave it off the pages rather than stop the portal.
      if (!(error instanceof SnippetRefused)) throw error
      this.deps.log.error(`the stored ${kind} monitoring code is refused and left off the pages: ${error.message}`)
      return NOTHING
    }
  }
}
