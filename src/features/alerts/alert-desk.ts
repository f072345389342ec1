import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { commitChange, type Actor } from '../admin-kit/index.ts'
import type { AlertBoard } from './alert-board.ts'
import type { Alert, AlertInput } from './alert.ts'
import { endAlert, insertAlert, updateAlert } from './alert.repository.ts'

/**
 * The approver's changes: each commits with its audit entry, is announced to every instance
 * ('alerts.changed'), and is on this instance's pages before the newsroom's answer goes out.
 */
export class AlertDesk {
  constructor(private readonly deps: { db: Db; clock: Clock; events: NewsroomEventBus; board: AlertBoard }) {}

  async post(actor: Actor, input: AlertInput): Promise<number> {
    const id = await commitChange(this.deps, actor, async (trx, now) => {
      const id = await insertAlert(trx, input, actor.userId, now)
      return { result: id, audit: { action: 'alert.post', itemType: 'alert', itemId: id, details: details(input) } }
    })
    await this.#announce()
    return id
  }

  async update(actor: Actor, alert: Alert, input: AlertInput): Promise<void> {
    await commitChange(this.deps, actor, async (trx, now) => {
      await updateAlert(trx, alert.id, input, now)
      return { result: undefined, audit: { action: 'alert.update', itemType: 'alert', itemId: alert.id, details: details(input) } }
    })
    await this.#announce()
  }

  async end(actor: Actor, alert: Alert): Promise<void> {
    await commitChange(this.deps, actor, async (trx, now) => {
      await endAlert(trx, alert.id, now)
      return { result: undefined, audit: { action: 'alert.end', itemType: 'alert', itemId: alert.id, details: { text: alert.textVi } } }
    })
    await this.#announce()
  }

  async #announce(): Promise<void> {
    this.deps.events.emit('alerts.changed', {})
    // This instance's listener refreshes too (and logs a failure); waiting here means the
    // approver's next page shows the change. The change is committed: a failed look is no error of it.
    await this.deps.board.refresh().catch(() => undefined)
  }
}

const details = (input: AlertInput) => ({
  level: input.level, text: input.textVi, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(),
})
