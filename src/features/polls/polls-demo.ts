import type { Db } from '../../platform/db/connect.ts'
import { insertPoll } from './poll.repository.ts'

const DAY = 86_400_000

/** One open poll for the demo portal, a few votes already counted; only into a portal without polls. */
export async function seedPollsDemo(db: Db, now: Date): Promise<boolean> {
  const { n } = await db.selectFrom('polls').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()
  if (Number(n) > 0) return false
  const id = await insertPoll(db, {
    slug: 'dich-vu-cong-truc-tuyen', question: 'Bạn đã dùng dịch vụ công trực tuyến của tỉnh chưa?', multiple: false,
    opensAt: new Date(now.getTime() - DAY), closesAt: new Date(now.getTime() + 30 * DAY), resultsShown: 'after-vote',
    choices: ['Đã dùng, thấy thuận tiện', 'Đã dùng, còn vướng mắc', 'Chưa dùng, sẽ thử', 'Chưa biết đến dịch vụ này'],
  }, now)
  const votes = [42, 17, 23, 9]
  const choices = await db.selectFrom('poll_choices').select('id').where('poll_id', '=', id).orderBy('position').execute()
  for (const [i, c] of choices.entries()) await db.updateTable('poll_choices').set({ votes: votes[i]! }).where('id', '=', c.id).execute()
  await db.updateTable('polls').set({ voters: votes.reduce((a, b) => a + b, 0) }).where('id', '=', id).execute()
  return true
}
