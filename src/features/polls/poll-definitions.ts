import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Poll } from './poll.ts'
import { findPollBySlug } from './poll.repository.ts'

/**
 * What a vote needs to know of a poll (its times, its choices), kept in memory until the poll
 * changes: a busy poll's votes then read nothing but write their group (vote-batch.ts). The
 * counts in these copies are old; anything shown to readers reads the database.
 */
export class PollDefinitions {
  readonly #bySlug = new Map<string, Promise<Poll | undefined>>()

  constructor(private readonly db: Db, events: NewsroomEventBus) {
    // polls.changed is relayed: every instance forgets at once. After a lost connection to Redis, all.
    events.on('polls.changed', () => this.#bySlug.clear())
    events.on('instance.resync', () => this.#bySlug.clear())
  }

  find(slug: string): Promise<Poll | undefined> {
    let found = this.#bySlug.get(slug)
    if (!found) {
      // Unknown slugs are not kept: a scan of made-up addresses must not fill the memory.
      found = findPollBySlug(this.db, slug).then((poll) => {
        if (!poll) this.#bySlug.delete(slug)
        return poll
      }, (error: unknown) => {
        this.#bySlug.delete(slug)
        throw error
      })
      this.#bySlug.set(slug, found)
    }
    return found
  }
}
