import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parsePage } from '../../../test/support/html.ts'
import { createUser, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { seedRatingsDemo } from './ratings-demo.ts'

let portal: TestPortal

before(async () => {
  portal = await buildTestPortal({ seed: true })
})
after(() => portal.close())

test('the demo portal has a few ratings of its articles, documents and an answered question, and survey answers, shown in the newsroom', async () => {
  const rows = await portal.db.selectFrom('content_ratings').select(['kind', 'helpful']).execute()
  assert.ok(rows.some((r) => r.kind === 'article') && rows.some((r) => r.kind === 'document') && rows.some((r) => r.kind === 'question'))
  assert.ok(rows.some((r) => r.helpful === 0) && rows.some((r) => r.helpful === 1))
  assert.ok((await portal.db.selectFrom('survey_answers').select('id').execute()).length > 0)
  await createUser(portal.db, 'editor', 'bien-tap-demo@example.vn')
  const { cookie } = await signIn(portal.app, 'bien-tap-demo@example.vn')
  const doc = parsePage((await portal.app.inject({ url: '/toa-soan/danh-gia', headers: { cookie } })).body)
  assert.ok(doc.querySelectorAll('table.ratings tbody tr').length >= 3)
  // Loaded once: a second seeding adds nothing.
  assert.equal(await seedRatingsDemo(portal.db, new Date()), false)
})
