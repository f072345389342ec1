import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Job } from '../../platform/jobs/index.ts'
import { recordAudit } from '../audit/index.ts'

export const SCHEDULER_TICK_MS = 15_000

// Publishes what is due and expires what has run out. Each article moves with one conditional
// UPDATE (… WHERE status = 'scheduled'), so however many instances tick at once, each article
// is published exactly once; and a tick at start catches up with anything missed while down.
export async function runDueWork(db: Db, events: NewsroomEventBus, clock: Clock): Promise<{ published: number[]; expired: number[] }> {
  const now = clock.now()
  const due = await db.selectFrom('articles').select(['id', 'category_id'])
    .where('status', '=', 'scheduled').where('published_at', '<=', now.toISOString()).execute()
  const expiring = await db.selectFrom('articles').select(['id', 'category_id'])
    .where('status', '=', 'published').where('expires_at', 'is not', null).where('expires_at', '<=', now.toISOString()).execute()
  const published: number[] = []
  const expired: number[] = []
  for (const { id, category_id } of due) {
    if (await move(db, id, 'scheduled', 'published', now)) {
      published.push(id)
      events.emit('article.changed', { articleId: id, categoryIds: [category_id] })
    }
  }
  for (const { id, category_id } of expiring) {
    if (await move(db, id, 'published', 'expired', now)) {
      expired.push(id)
      events.emit('article.changed', { articleId: id, categoryIds: [category_id] })
    }
  }
  return { published, expired }
}

async function move(db: Db, id: number, from: string, to: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('articles').set({ status: to, updated_at: now.toISOString() })
      .where('id', '=', id).where('status', '=', from).executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) return false
    await recordAudit(trx, { userId: null, action: to === 'published' ? 'article.publish-scheduled' : 'article.expire', itemType: 'article', itemId: id, ip: 'scheduler' }, now)
    return true
  })
}

export type DueWork = Awaited<ReturnType<typeof runDueWork>>

export class Scheduler {
  #running: Promise<DueWork> | undefined

  constructor(private readonly db: Db, private readonly events: NewsroomEventBus, private readonly clock: Clock, private readonly log: FastifyBaseLogger) {}

  /**
   * Ticks every 15 s and at start (catching up with what fell due while the portal was down);
   * while the database fails, the runner waits longer between tries, up to a minute.
   */
  job(): Job {
    return { name: 'scheduler', label: 'Đăng và gỡ bài theo lịch', everyMs: SCHEDULER_TICK_MS, run: () => this.tick() }
  }

  /** Publishes and expires what is due now; overlapping calls share the tick in progress. */
  tick(): Promise<DueWork> {
    this.#running ??= runDueWork(this.db, this.events, this.clock)
      .then((r) => {
        if (r.published.length || r.expired.length) this.log.info(r, 'scheduler: published and expired articles')
        return r
      })
      .finally(() => (this.#running = undefined))
    return this.#running
  }
}
