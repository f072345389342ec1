import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus, NewsroomEventName, NewsroomEvents } from '../../platform/events.ts'
import { AppError } from '../../platform/http/errors.ts'
import { signedInUser, type Action } from '../accounts/index.ts'
import { recordAudit, type AuditEntry } from '../audit/index.ts'

/** What an administration screen's changes need: where to write, the time, where to announce. */
export interface ChangeDeps {
  db: Db
  clock: Clock
  events: NewsroomEventBus
}

/** Who makes a change, for the audit log. */
export interface Actor {
  userId: number
  ip: string
}

export type AuditFacts = Omit<AuditEntry, 'userId' | 'ip'>

/**
 * The signed-in user making the change, as an actor. The newsroom's rights hook has already
 * checked `right` (the kit's routes declare it: config.right); it is named here so a screen's
 * code says which right its changes are made under.
 */
export function actorWith(_right: Action, req: FastifyRequest, _reply?: FastifyReply): Actor {
  return { userId: signedInUser(req).id, ip: req.ip }
}

/**
 * One change: the work and its audit entry commit together, or neither does. The caller
 * announces the change only after this returns, so no listener sees uncommitted rows.
 */
export async function commitChange<T>(deps: Omit<ChangeDeps, 'events'>, actor: Actor, work: (trx: Db, now: Date) => Promise<{ result: T; audit: AuditFacts }>): Promise<T> {
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const { result, audit } = await work(trx, now)
    await recordAudit(trx, { ...audit, userId: actor.userId, ip: actor.ip }, now)
    return result
  })
}

/**
 * The usual change of a screen: the work returns its audit entry; once committed, one event
 * (made from that entry: the item's id is there) tells the portal which pages to purge.
 */
export function announcedChanges<E extends NewsroomEventName>(deps: ChangeDeps, event: E, payloadOf: (audit: AuditFacts) => NewsroomEvents[E]) {
  return async function change(actor: Actor, work: (trx: Db, now: Date) => Promise<AuditFacts>): Promise<AuditFacts> {
    const audit = await commitChange(deps, actor, async (trx, now) => {
      const facts = await work(trx, now)
      return { result: facts, audit: facts }
    })
    deps.events.emit(event, payloadOf(audit))
    return audit
  }
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

/** A deletion refused because something still depends on the item: the list is shown again with why. */
export class StillInUseError extends AppError {
  constructor(messageVi: string) {
    super(409, 'still_in_use', 'the item is still in use', messageVi)
  }
}
