import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { createUser, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { may, roles, type NewsroomUser } from '../accounts/index.ts'
import { ARTICLE_STATUSES, type ArticleStatus } from '../articles/index.ts'
import { Editorial } from './editorial.service.ts'
import { moveAsSystem, runDueWork } from './scheduler.ts'
import { ALL_TRANSITIONS, nextStatus, TRANSITION_RIGHT } from './workflow.ts'

// The newsroom's rules about the workflow, each checked against the table and the service as
// they are (the table itself is not written out again here). What the routes already show is
// in newsroom-articles.routes.test.ts (a return needs a reason, an author does not approve, an
// editor does not publish, the schedule keeps its time) and review-of-changes.test.ts (changed
// text goes back to review, the scheduler never publishes unreviewed text).

/** Before readers, or on its way there by itself (the scheduler publishes it). */
const READERS_SEE: readonly ArticleStatus[] = ['published', 'scheduled']

test('nothing reaches readers without someone approving it: every way from a draft to published or scheduled passes "approve"', () => {
  // Every state reachable from a draft by any transition but "approve".
  const reached = new Set<ArticleStatus>(['draft'])
  for (let grew = true; grew;) {
    grew = false
    for (const from of reached) {
      for (const transition of ALL_TRANSITIONS.filter((t) => t !== 'approve')) {
        const to = nextStatus(from, transition)
        if (to && !reached.has(to)) (reached.add(to), (grew = true))
      }
    }
  }
  assert.deepEqual([...reached].filter((s) => READERS_SEE.includes(s)), [])
})

test('only approvers and administrators decide what readers see: publish, schedule, unschedule, unpublish and expire', () => {
  // The transitions that put an article before readers, on the schedule, or take it away.
  const deciding = ALL_TRANSITIONS.filter((t) => ARTICLE_STATUSES.some((from) => {
    const to = nextStatus(from, t)
    return to !== undefined && (READERS_SEE.includes(from) || READERS_SEE.includes(to))
  }))
  assert.deepEqual([...deciding].sort(), ['expire', 'publish', 'schedule', 'unpublish', 'unschedule'])
  for (const transition of deciding) {
    const allowed = roles().filter((role) => may({ id: 1, email: 'a@b.vn', name: 'A', role, isActive: true, categoryIds: [] }, TRANSITION_RIGHT[transition]))
    assert.deepEqual(allowed, ['approver', 'administrator'], transition)
  }
})

let portal: TestPortal
const clock = new TestClock(new Date('2026-12-04T02:00:00Z'))
let categoryId: number
let editorial: Editorial

before(async () => {
  portal = await buildTestPortal({ clock })
  categoryId = await createCategory(portal, 'Dân vận')
  editorial = new Editorial(portal.db, portal.events, clock)
})
after(() => portal.close())

test('the scheduler publishes only scheduled articles whose time has come, and expires only published ones', async () => {
  const past = new Date(clock.now().getTime() - 60_000)
  const ids = new Map<ArticleStatus, number>()
  for (const status of ARTICLE_STATUSES) {
    const { id } = await createArticle(portal, { categoryId, status, publishedAt: past, title: `Bài ở trạng thái ${status}` })
    // Every article's time has come and gone: only its status may decide what the scheduler does.
    await portal.db.updateTable('articles').set({ expires_at: past.toISOString() }).where('id', '=', id).execute()
    ids.set(status, id)
  }
  const { published, expired } = await runDueWork(portal.db, portal.events, clock)
  assert.deepEqual(published, [ids.get('scheduled')])
  assert.deepEqual(expired, [ids.get('published')])
  const after = await portal.db.selectFrom('articles').select(['id', 'status']).where('id', 'in', [...ids.values()]).execute()
  const statusOf = new Map(after.map((a) => [a.id, a.status]))
  for (const [status, id] of ids) {
    const expected = status === 'scheduled' ? 'published' : status === 'published' ? 'expired' : status
    assert.equal(statusOf.get(id), expected, `an article that was ${status}`)
  }
})

test('an administrator, who holds every right, does not approve their own article either', async () => {
  const userId = await createUser(portal.db, 'administrator', 'quantri.tuviet@example.vn')
  const administrator: NewsroomUser = { id: userId, email: 'quantri.tuviet@example.vn', name: 'Quản trị', role: 'administrator', isActive: true, categoryIds: [] }
  const actor = { user: administrator, ip: '127.0.0.1' }
  const id = await editorial.create(actor, {
    title: 'Bài quản trị tự viết', lead: '', bodyHtml: '<p>Nội dung.</p>', categoryId, bylineKind: 'Bài', bylineName: 'Quản trị',
    source: '', tags: [], slug: undefined, seoTitle: '', seoDescription: '', expiresAt: undefined, leadImageId: undefined,
  })
  assert.equal(await editorial.transition(actor, id, 'submit'), 'in_review')
  await assert.rejects(editorial.transition(actor, id, 'approve'), /authors cannot approve their own article/)
  const { status } = await portal.db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow()
  assert.equal(status, 'in_review')
})

test('the scheduler goes through the workflow table as the system: it cannot publish a draft never approved, nor an approved article no one scheduled, nor bring back a withdrawn one', async () => {
  const now = clock.now()
  const refused: [ArticleStatus, 'publish' | 'expire'][] = [['draft', 'publish'], ['in_review', 'publish'], ['approved', 'publish'], ['unpublished', 'publish'], ['expired', 'publish'], ['scheduled', 'expire']]
  for (const [status, transition] of refused) {
    const { id } = await createArticle(portal, { categoryId, status, publishedAt: new Date(now.getTime() - 60_000), title: `Hệ thống thử ${transition} bài ${status}` })
    await assert.rejects(moveAsSystem(portal.db, portal.events, { id, status, categoryId }, transition, now), { code: 'invalid_transition' }, `${transition} from ${status}`)
    const row = await portal.db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow()
    assert.equal(row.status, status, `an article that was ${status} stays so`)
  }
  // What people scheduled, it publishes; the table is the same one people's actions use.
  const { id } = await createArticle(portal, { categoryId, status: 'scheduled', publishedAt: now, title: 'Hệ thống đăng bài đã hẹn giờ' })
  assert.equal(await moveAsSystem(portal.db, portal.events, { id, status: 'scheduled', categoryId }, 'publish', now), true)
  assert.equal(nextStatus('scheduled', 'publish'), 'published')
})
