import type { Db } from '../../platform/db/connect.ts'
import './poll.table.ts'

// Votes are written in groups: every vote that arrives within MAX_WAIT_MS goes into one
// transaction (group commit). A vote costs a mark's row; the counts of the poll and of each
// choice are raised once per group. Each reader's answer waits for its group's commit, so an
// answer that says "counted" means written; a busy poll then costs the portal a transaction
// every few milliseconds, not one per vote, and readers of the cached pages keep the CPU.
export const MAX_WAIT_MS = 15
export const MAX_GROUP = 200

export interface CastVote {
  pollId: number
  /** The reader's mark under today's key (voter-marks.ts). */
  mark: string
  day: string
  choiceIds: readonly number[]
}

interface Pending extends CastVote {
  settle(counted: boolean): void
  fail(error: unknown): void
}

export class VoteBatcher {
  #queue: Pending[] = []
  #timer: NodeJS.Timeout | undefined
  // One group at a time: its locks (poll rows, then choices, in id order) are never interleaved.
  #writing: Promise<void> = Promise.resolve()

  constructor(private readonly db: Db) {}

  /** Resolves true once the vote is committed, false when its mark was already there (the reader had voted). */
  cast(vote: CastVote): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ ...vote, settle: resolve, fail: reject })
      if (this.#queue.length >= MAX_GROUP) this.#flush()
      else this.#timer ??= setTimeout(() => this.#flush(), MAX_WAIT_MS)
    })
  }

  /** Writes what is waiting (the portal is closing). */
  async close(): Promise<void> {
    this.#flush()
    await this.#writing
  }

  #flush(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    const group = this.#queue
    if (group.length === 0) return
    this.#queue = []
    this.#writing = this.#writing.then(async () => {
      try {
        const counted = await this.db.transaction().execute((trx) => writeVotes(trx, group))
        for (const vote of group) vote.settle(counted.has(vote))
      } catch (error) {
        for (const vote of group) vote.fail(error)
      }
    })
  }
}

/** The group's marks, then each poll's and each choice's count raised by the votes whose mark was new. */
async function writeVotes<V extends CastVote>(trx: Db, group: readonly V[]): Promise<Set<V>> {
  const counted = new Set<V>()
  const byPoll = new Map<number, V[]>()
  for (const vote of group) byPoll.set(vote.pollId, [...(byPoll.get(vote.pollId) ?? []), vote])
  for (const pollId of [...byPoll.keys()].sort((a, b) => a - b)) {
    // The same reader twice in one group: the first is the vote, the second meets its mark.
    const first = new Map<string, V>()
    for (const vote of byPoll.get(pollId)!) if (!first.has(vote.mark)) first.set(vote.mark, vote)
    const inserted = await trx.insertInto('poll_voters')
      .values([...first.values()].map((v) => ({ poll_id: pollId, voter: v.mark, day: v.day })))
      .onConflict((oc) => oc.columns(['poll_id', 'voter']).doNothing()).returning('voter').execute()
    if (inserted.length === 0) continue
    const perChoice = new Map<number, number>()
    for (const { voter } of inserted) {
      const vote = first.get(voter)!
      counted.add(vote)
      for (const id of vote.choiceIds) perChoice.set(id, (perChoice.get(id) ?? 0) + 1)
    }
    await trx.updateTable('polls').set((eb) => ({ voters: eb('voters', '+', inserted.length) })).where('id', '=', pollId).execute()
    for (const id of [...perChoice.keys()].sort((a, b) => a - b)) {
      await trx.updateTable('poll_choices').set((eb) => ({ votes: eb('votes', '+', perChoice.get(id)!) })).where('id', '=', id).where('poll_id', '=', pollId).execute()
    }
  }
  return counted
}
