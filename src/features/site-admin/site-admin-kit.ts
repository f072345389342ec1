import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { BlockRegistry } from '../../platform/layout/index.ts'
import { actorWith, type Actor } from '../admin-kit/index.ts'
import type { CategoryDirectory, ReservedPrefixes } from '../categories/index.ts'

// The site administration's part of the admin kit: what its screens need, and who may use them.
export { commitChange, type Actor } from '../admin-kit/index.ts'

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

/** The administrator making this request, as the actor of a change (the section's rights hook has checked site.administer). */
export function administrator(req: FastifyRequest, reply?: FastifyReply): Actor {
  return actorWith('site.administer', req, reply)
}
