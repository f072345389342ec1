import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { InvalidTransitionError } from '../../platform/http/errors.ts'
import type { Job } from '../../platform/jobs/index.ts'
import type { ArticleStatus } from '../articles/index.ts'
import { recordAudit } from '../audit/index.ts'
import { moveArticle } from './editorial.repository.ts'
import { nextStatus, STATUS_LABELS, SYSTEM_TRANSITIONS, systemMay, TRANSITION_LABELS, type Transition } from './workflow.ts'

export const SCHEDULER_TICK_MS = 15_000

const AUDIT_ACTION: Record<keyof typeof SYSTEM_TRANSITIONS, string> = { publish: 'article.publish-scheduled', expire: 'article.expire' }

// Publishes what is due and expires what has run out, through the workflow table as the system
// actor (workflow.ts: SYSTEM_TRANSITIONS). Each article moves with one conditional UPDATE
// (… WHERE status = its state), so however many instances tick at once, each article moves
// exactly once; and a tick at start catches up with anything missed while down.
export async function runDueWork(db: Db, events: NewsroomEventBus, clock: Clock): Promise<{ published: number[]; expired: number[] }> {
  const now = clock.now()
  const due = await db.selectFrom('articles').select(['id', 'status', 'category_id'])
    .where('status', 'in', SYSTEM_TRANSITIONS.publish).where('published_at', '<=', now.toISOString()).execute()
  const expiring = await db.selectFrom('articles').select(['id', 'status', 'category_id'])
    .where('status', 'in', SYSTEM_TRANSITIONS.expire).where('expires_at', 'is not', null).where('expires_at', '<=', now.toISOString()).execute()
  const published: number[] = []
  const expired: number[] = []
  for (const row of due) {
    if (await moveAsSystem(db, events, toDue(row), 'publish', now)) published.push(row.id)
  }
  for (const row of expiring) {
    if (await moveAsSystem(db, events, toDue(row), 'expire', now)) expired.push(row.id)
  }
  return { published, expired }
}

interface DueArticle { id: number; status: ArticleStatus; categoryId: number }
const toDue = (row: { id: number; status: string; category_id: number }): DueArticle => ({ id: row.id, status: row.status as ArticleStatus, categoryId: row.category_id })

/**
 * One move by the system. Refused (InvalidTransitionError) when the table or the system's own
 * transitions do not allow it; false when another instance moved the article first.
 */
export async function moveAsSystem(db: Db, events: NewsroomEventBus, article: DueArticle, transition: Transition, now: Date): Promise<boolean> {
  const to = nextStatus(article.status, transition)
  if (!to || !systemMay(article.status, transition)) {
    throw new InvalidTransitionError(`the scheduler may not ${transition} an article that is ${article.status}`,
      `Hệ thống không được tự "${TRANSITION_LABELS[transition]}" bài đang ở trạng thái "${STATUS_LABELS[article.status]}".`)
  }
  const moved = await db.transaction().execute(async (trx) => {
    if (!(await moveArticle(trx, article.id, article.status, to, now))) return false
    await recordAudit(trx, { userId: null, action: AUDIT_ACTION[transition], itemType: 'article', itemId: article.id, ip: 'scheduler' }, now)
    return true
  })
  if (moved) events.emit('article.changed', { articleId: article.id, categoryIds: [article.categoryId] })
  return moved
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
