import assert from 'node:assert/strict'
import { test } from 'node:test'
import { newsroomDay } from '../../platform/text/time.ts'
import { proposeValidity, type ValidityFacts } from './validity.ts'

// The proposal at each boundary, on the newsroom's days (Asia/Ho_Chi_Minh, UTC+7): a day
// starts at 17:00 UTC the evening before.

const facts = (over: Partial<ValidityFacts>): ValidityFacts => ({
  hasValidity: true, effectiveFrom: '2021-03-01', effectiveUntil: null, replacedBy: [], today: '2021-06-01', ...over,
})

test('a kind without validity (công văn, thông báo, báo cáo) has none, whatever its dates or override', () => {
  assert.equal(proposeValidity(facts({ hasValidity: false })), null)
  assert.equal(proposeValidity(facts({ hasValidity: false, override: 'suspended' })), null)
})

test('not yet in force the day before effective_from, in force on the day itself and after', () => {
  assert.equal(proposeValidity(facts({ today: '2021-02-28' })), 'not_yet')
  assert.equal(proposeValidity(facts({ today: '2021-03-01' })), 'in_force')
  assert.equal(proposeValidity(facts({ today: '2021-03-02' })), 'in_force')
  assert.equal(proposeValidity(facts({ effectiveFrom: null, today: '1999-01-01' })), 'in_force', 'no start day: in force')
})

test('in force on its last day (effective_until), expired the day after', () => {
  const until = { effectiveUntil: '2021-12-31' }
  assert.equal(proposeValidity(facts({ ...until, today: '2021-12-30' })), 'in_force')
  assert.equal(proposeValidity(facts({ ...until, today: '2021-12-31' })), 'in_force')
  assert.equal(proposeValidity(facts({ ...until, today: '2022-01-01' })), 'expired')
})

test('a published replacing document ends its force on the day it takes effect; a draft or scheduled one does not', () => {
  const replacedBy = [{ effectiveFrom: '2021-08-15', status: 'published' }]
  assert.equal(proposeValidity(facts({ replacedBy, today: '2021-08-14' })), 'in_force')
  assert.equal(proposeValidity(facts({ replacedBy, today: '2021-08-15' })), 'expired')
  assert.equal(proposeValidity(facts({ replacedBy, today: '2021-08-16' })), 'expired')
  assert.equal(proposeValidity(facts({ replacedBy: [{ effectiveFrom: '2021-08-15', status: 'draft' }], today: '2021-09-01' })), 'in_force')
  assert.equal(proposeValidity(facts({ replacedBy: [{ effectiveFrom: '2021-08-15', status: 'scheduled' }], today: '2021-09-01' })), 'in_force')
  assert.equal(proposeValidity(facts({ replacedBy: [{ effectiveFrom: null, status: 'published' }] })), 'expired', 'a replacement with no start day is in force')
  // Replaced before it took effect: expired once the replacement is in force, not "not yet".
  assert.equal(proposeValidity(facts({ effectiveFrom: '2021-09-01', replacedBy, today: '2021-08-20' })), 'expired')
})

test('the clerk\'s override wins over every proposal', () => {
  assert.equal(proposeValidity(facts({ override: 'partly_expired' })), 'partly_expired')
  assert.equal(proposeValidity(facts({ override: 'suspended', today: '2020-01-01' })), 'suspended')
  assert.equal(proposeValidity(facts({ override: 'in_force', effectiveUntil: '2021-01-01' })), 'in_force')
  assert.equal(proposeValidity(facts({ override: null, today: '2021-02-28' })), 'not_yet')
})

test('the day turns at midnight in Hà Nội, not at midnight UTC', () => {
  const at = (iso: string) => proposeValidity(facts({ today: newsroomDay(new Date(iso)) }))
  assert.equal(at('2021-02-28T16:59:59Z'), 'not_yet', '23:59:59 on 28/02 in Hà Nội')
  assert.equal(at('2021-02-28T17:00:00Z'), 'in_force', '00:00 on 01/03 in Hà Nội, still 28/02 in UTC')
})
