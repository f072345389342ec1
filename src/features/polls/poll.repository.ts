import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { isResultsShown, type Poll, type PollChoice, type PollInput } from './poll.ts'
import './poll.table.ts'

const pollColumns = ['id', 'slug', 'question', 'multiple', 'opens_at', 'closes_at', 'results_shown', 'voters'] as const

interface PollRow {
  id: number
  slug: string
  question: string
  multiple: number
  opens_at: string | Date
  closes_at: string | Date
  results_shown: string
  voters: number
}

function toPoll(row: PollRow, choices: PollChoice[]): Poll {
  return {
    id: row.id, slug: row.slug, question: row.question, multiple: row.multiple === 1,
    opensAt: toInstant(row.opens_at), closesAt: toInstant(row.closes_at),
    resultsShown: isResultsShown(row.results_shown) ? row.results_shown : 'after-close', voters: Number(row.voters), choices,
  }
}

async function withChoices(db: Db, rows: PollRow[]): Promise<Poll[]> {
  if (rows.length === 0) return []
  const choices = await db.selectFrom('poll_choices').select(['id', 'poll_id', 'position', 'label', 'votes'])
    .where('poll_id', 'in', rows.map((r) => r.id)).orderBy('position').orderBy('id').execute()
  return rows.map((row) => toPoll(row, choices.filter((c) => c.poll_id === row.id)
    .map((c) => ({ id: c.id, position: c.position, label: c.label, votes: Number(c.votes) }))))
}

export async function findPoll(db: Db, id: number): Promise<Poll | undefined> {
  const row = await db.selectFrom('polls').select(pollColumns).where('id', '=', id).executeTakeFirst()
  return row ? (await withChoices(db, [row]))[0] : undefined
}

export async function findPollBySlug(db: Db, slug: string): Promise<Poll | undefined> {
  const row = await db.selectFrom('polls').select(pollColumns).where('slug', '=', slug).executeTakeFirst()
  return row ? (await withChoices(db, [row]))[0] : undefined
}

/** Every poll, the newest opening first (the newsroom's list and the readers' /binh-chon). */
export async function listPolls(db: Db, { openedBy }: { openedBy?: Date } = {}): Promise<Poll[]> {
  let query = db.selectFrom('polls').select(pollColumns).orderBy('opens_at', 'desc').orderBy('id', 'desc')
  if (openedBy) query = query.where('opens_at', '<=', openedBy.toISOString())
  return withChoices(db, await query.execute())
}

/** The poll the sidebar shows: the open one that opened last. */
export async function findNewestOpenPoll(db: Db, now: Date): Promise<Poll | undefined> {
  const row = await db.selectFrom('polls').select(pollColumns)
    .where('opens_at', '<=', now.toISOString()).where('closes_at', '>', now.toISOString())
    .orderBy('opens_at', 'desc').orderBy('id', 'desc').executeTakeFirst()
  return row ? (await withChoices(db, [row]))[0] : undefined
}

const rowOf = (input: PollInput, now: Date) => ({
  slug: input.slug, question: input.question, multiple: input.multiple ? 1 : 0,
  opens_at: input.opensAt.toISOString(), closes_at: input.closesAt.toISOString(), results_shown: input.resultsShown, updated_at: now.toISOString(),
})

export async function insertPoll(db: Db, input: PollInput, now: Date): Promise<number> {
  const { id } = await db.insertInto('polls').values({ ...rowOf(input, now), created_at: now.toISOString() }).returning('id').executeTakeFirstOrThrow()
  await db.insertInto('poll_choices').values(input.choices.map((label, position) => ({ poll_id: id, position, label }))).execute()
  return id
}

/**
 * Saves the poll; its choices keep their ids (and votes) by position, extra ones are added and
 * missing ones removed (the form refuses that once there are votes).
 */
export async function updatePoll(db: Db, poll: Poll, input: PollInput, now: Date): Promise<void> {
  await db.updateTable('polls').set(rowOf(input, now)).where('id', '=', poll.id).execute()
  for (const [position, label] of input.choices.entries()) {
    const existing = poll.choices[position]
    if (existing) await db.updateTable('poll_choices').set({ label, position }).where('id', '=', existing.id).execute()
    else await db.insertInto('poll_choices').values({ poll_id: poll.id, position, label }).execute()
  }
  const gone = poll.choices.slice(input.choices.length).map((c) => c.id)
  if (gone.length > 0) await db.deleteFrom('poll_choices').where('id', 'in', gone).execute()
}

export async function deletePoll(db: Db, id: number): Promise<void> {
  await db.deleteFrom('poll_voters').where('poll_id', '=', id).execute()
  await db.deleteFrom('poll_choices').where('poll_id', '=', id).execute()
  await db.deleteFrom('polls').where('id', '=', id).execute()
}

/** The polls whose state the caches were last told differs from now's; their new state is stored. */
export async function pollsChangingState(db: Db, stateAt: (row: { opens_at: string | Date; closes_at: string | Date }) => string): Promise<number[]> {
  const rows = await db.selectFrom('polls').select(['id', 'opens_at', 'closes_at', 'announced_state']).execute()
  const changed: number[] = []
  for (const row of rows) {
    const state = stateAt(row)
    if (state === row.announced_state) continue
    // Only the instance that moves it announces it (the others see no row to update).
    const moved = await db.updateTable('polls').set({ announced_state: state })
      .where('id', '=', row.id).where('announced_state', '=', row.announced_state).executeTakeFirst()
    if (Number(moved.numUpdatedRows) > 0) changed.push(row.id)
  }
  return changed
}
