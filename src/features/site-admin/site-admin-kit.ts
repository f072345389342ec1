import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { BlockRegistry } from '../../platform/layout/index.ts'
import { AppError, NotFoundError } from '../../platform/http/errors.ts'
import { requireRight } from '../accounts/index.ts'
import { recordAudit, type AuditEntry } from '../audit/index.ts'
import type { CategoryDirectory, ReservedPrefixes } from '../categories/index.ts'

export interface SiteAdminDeps {
  db: Db
  clock: Clock
  events: NewsroomEventBus
  categories: CategoryDirectory
  /** The blocks the features offer for the page's slots (Bố cục trang). */
  blocks: BlockRegistry
  /** MEDIA_PUBLIC_URL, where the logo is linked when set. */
  mediaBase?: string
  /** The modules' public prefixes, with the module of each: no category may move onto one. */
  reservedPrefixes: ReservedPrefixes
}

/** Who makes a change, for the audit log. */
export interface Actor {
  userId: number
  ip: string
}

export type AuditFacts = Omit<AuditEntry, 'userId' | 'ip'>

/** The administrator making this request; otherwise a redirect to sign in (undefined) or 403. */
export function administrator(req: FastifyRequest, reply: FastifyReply): Actor | undefined {
  const user = requireRight(req, reply, 'site.administer')
  return user && { userId: user.id, ip: req.ip }
}

/**
 * One change: the work and its audit entry commit together, or neither does. The caller
 * announces the change only after this returns, so no listener sees uncommitted rows.
 */
export async function commitChange<T>(deps: SiteAdminDeps, actor: Actor, work: (trx: Db, now: Date) => Promise<{ result: T; audit: AuditFacts }>): Promise<T> {
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const { result, audit } = await work(trx, now)
    await recordAudit(trx, { ...audit, userId: actor.userId, ip: actor.ip }, now)
    return result
  })
}

export function idParam(req: FastifyRequest): number {
  const raw = (req.params as { id?: string }).id ?? ''
  if (!/^\d{1,9}$/.test(raw)) throw new NotFoundError()
  return Number(raw)
}

export type Direction = 'len' | 'xuong'

/** The ids in their new order after moving one up or down; undefined when it is not among them. */
export function moveWithin(orderedIds: readonly number[], id: number, direction: Direction): number[] | undefined {
  const from = orderedIds.indexOf(id)
  if (from < 0) return undefined
  const to = direction === 'len' ? from - 1 : from + 1
  const ids = [...orderedIds]
  if (to < 0 || to >= ids.length) return ids
  ;[ids[from], ids[to]] = [ids[to]!, ids[from]!]
  return ids
}

export const formBody = (req: FastifyRequest): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>

/** A deletion refused because something still depends on the item: the list is shown again with why. */
export class StillInUseError extends AppError {
  constructor(messageVi: string) {
    super(409, 'still_in_use', 'the item is still in use', messageVi)
  }
}
