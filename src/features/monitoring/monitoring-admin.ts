import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { commitChange, type Actor } from '../admin-kit/index.ts'
import { CODE_KINDS, readStoredCodes, writeStoredCode, type CodeKind } from './monitoring-code.repository.ts'
import type { MonitoringCodes } from './monitoring-codes.ts'
import { readSnippet, SnippetRefused, type ReadSnippet } from './snippet-reading.ts'

export const CODE_FIELDS = ['emc', 'analytics', 'confirmed'] as const

export type Pasted = Record<CodeKind, string>
export type Checked = { ok: true; read: Record<CodeKind, ReadSnippet> } | { ok: false; errors: Partial<Record<CodeKind, string>> }

/** Both codes read as they would be saved; every refusal named by its field. */
export function checkPasted(pasted: Pasted): Checked {
  const errors: Partial<Record<CodeKind, string>> = {}
  const read: Partial<Record<CodeKind, ReadSnippet>> = {}
  for (const kind of CODE_KINDS) {
    try {
      read[kind] = readSnippet(pasted[kind])
    } catch (error) {
      if (!(error instanceof SnippetRefused)) throw error
      errors[kind] = error.message
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, read: read as Record<CodeKind, ReadSnippet> }
}

/** Saves what the administrator confirmed (audited), then puts it on this instance's pages and tells the others. */
export async function saveCodes(deps: { db: Db; clock: Clock; events: NewsroomEventBus; codes: MonitoringCodes }, actor: Actor, pasted: Pasted, read: Record<CodeKind, ReadSnippet>): Promise<void> {
  await commitChange(deps, actor, async (trx, now) => {
    const before = await readStoredCodes(trx)
    const changed = CODE_KINDS.filter((kind) => before[kind] !== pasted[kind].trim())
    for (const kind of changed) await writeStoredCode(trx, kind, pasted[kind].trim(), now)
    const hosts = (kind: CodeKind) => ({ scripts: read[kind].scriptHosts, connects: read[kind].connectHosts, images: read[kind].imageHosts, hashes: read[kind].hashes })
    return {
      result: undefined,
      audit: { action: 'monitoring.update', itemType: 'monitoring-code', itemId: changed.join(',') || 'none', details: Object.fromEntries(changed.map((k) => [k, hosts(k)])) },
    }
  })
  await deps.codes.reload()
  deps.events.emit('monitoring.changed', {})
}
