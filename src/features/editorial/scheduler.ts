import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
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

export class Scheduler {
  #timer: NodeJS.Timeout | undefined
  #running: Promise<unknown> | undefined

  constructor(private readonly db: Db, private readonly events: NewsroomEventBus, private readonly clock: Clock, private readonly log: FastifyBaseLogger) {}

  start(): void {
    void this.tick()
    this.#timer = setInterval(() => void this.tick(), SCHEDULER_TICK_MS)
    this.#timer.unref()
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer)
    await this.#running
  }

  tick(): Promise<unknown> {
    this.#running ??= runDueWork(this.db, this.events, this.clock)
      .then((r) => {
        if (r.published.length || r.expired.length) this.log.info(r, 'scheduler: published and expired articles')
      })
      .catch((error: unknown) => this.log.error({ err: error }, 'scheduler tick failed; will retry'))
      .finally(() => (this.#running = undefined))
    return this.#running
  }
}
