import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { askQuestion, codeIn, firstTopicId } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Issue 15: a question is given to a newsroom user "and to a unit once the organisation's
// structure exists": the structure module's working units are offered beside the person; a
// dissolved or made-up unit is refused; the case keeps the unit's name as it was when given.
let portal: TestPortal
let approver: { id: number; cookie: string; csrf: string }
let editorId: number
let id: number

// Units as the structure module's screens leave them (its repository is its own; the table is what it shares).
async function addUnit(name: string, status = 'active'): Promise<number> {
  const at = '2026-12-07T03:00:00.000Z'
  const row = await portal.db.insertInto('org_units').values({
    parent_id: null, kind: 'phong', name, status, started_on: null, ended_on: status === 'active' ? null : '2026-12-01', merged_into_id: null,
    vi_changed_at: at, en_changed_at: null, created_at: at, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

before(async () => {
  portal = await buildTestPortal()
  const approverId = await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  editorId = await createUser(portal.db, 'editor', 'bientap@example.vn')
  const cookie = (await signIn(portal.app, 'lanhdao@example.vn')).cookie
  approver = { id: approverId, cookie, csrf: await csrfOf(portal.app, cookie) }
  const code = codeIn((await askQuestion(portal.app, { topic: await firstTopicId(portal.db) })).body)!
  id = (await portal.db.selectFrom('questions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
})
after(() => portal.close())

const casePage = async () => parsePage((await portal.app.inject({ url: `/toa-soan/hoi-dap/${id}`, headers: { cookie: approver.cookie } })).body)
const assign = (fields: Record<string, string>) => portal.app.inject({
  method: 'POST', url: `/toa-soan/hoi-dap/${id}/buoc`, headers: { cookie: approver.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: approver.csrf, 'thao-tac': 'assign', assignee: String(editorId), ...fields }).toString(),
})
const stored = () => portal.db.selectFrom('questions').select(['status', 'assignee_id', 'unit_id', 'unit_name']).where('id', '=', id).executeTakeFirstOrThrow()

test('with no units in the organisation, the case is given to a person only and no unit is asked for', async () => {
  const page = await casePage()
  assert.ok(page.querySelector('select#assignee'))
  assert.equal(page.querySelector('select#unit'), null)
})

test('the working units are offered; the case is given to a person and a unit, audited; a dissolved or made-up unit is refused', async () => {
  const justice = await addUnit('Phòng Tư pháp')
  const gone = await addUnit('Phòng Nội vụ cũ', 'dissolved')

  const offered = [...(await casePage()).querySelectorAll('select#unit option')].map((o) => [o.getAttribute('value'), o.textContent])
  assert.deepEqual(offered, [['', 'Không giao đơn vị'], [String(justice), 'Phòng Tư pháp']])

  for (const wrong of [String(gone), '999999', 'abc']) {
    const refused = await assign({ unit: wrong })
    assert.equal(refused.statusCode, 422, wrong)
    assert.equal(textOf(parsePage(refused.body), '#e-unit'), 'Xin chọn đơn vị xử lý trong danh sách.')
  }
  assert.deepEqual({ ...(await stored()) }, { status: 'new', assignee_id: null, unit_id: null, unit_name: '' }, 'nothing changed')

  assert.equal((await assign({ unit: String(justice) })).statusCode, 303)
  assert.deepEqual({ ...(await stored()) }, { status: 'assigned', assignee_id: editorId, unit_id: justice, unit_name: 'Phòng Tư pháp' })
  const page = await casePage()
  assert.equal(textOf(page, '.question-unit'), 'Phòng Tư pháp')
  assert.equal(page.querySelector('select#unit option[selected]')!.getAttribute('value'), String(justice))
  const audit = await portal.db.selectFrom('audit_log').select('details').where('action', '=', 'question.assign').where('item_id', '=', String(id)).executeTakeFirstOrThrow()
  assert.match(String(audit.details), /Phòng Tư pháp/)

  // Renamed later, the unit keeps on the case the name it had when the case was given to it.
  await portal.db.updateTable('org_units').set({ name: 'Phòng Tư pháp - Hộ tịch' }).where('id', '=', justice).execute()
  assert.equal(textOf(await casePage(), '.question-unit'), 'Phòng Tư pháp')

  // Given again with no unit chosen, the case belongs to no unit.
  assert.equal((await assign({ unit: '' })).statusCode, 303)
  assert.deepEqual({ ...(await stored()) }, { status: 'assigned', assignee_id: editorId, unit_id: null, unit_name: '' })
  assert.equal((await casePage()).querySelector('.question-unit'), null)
})
