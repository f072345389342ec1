import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DutyChecks } from '../../platform/compliance/index.ts'
import { complianceReport } from './compliance-report.ts'
import { DUTIES } from './duties.ts'

// The report without a portal: each duty of the catalogue once, in its order; a duty nobody
// checks is "not applicable"; a check that fails is one line that says so, not a failed page.
const quietLog = { error: () => {} } as unknown as Parameters<typeof complianceReport>[3]

test('a duty two modules check stops the start, naming both', () => {
  const duties = new DutyChecks()
  duties.add({ duty: 'search', check: async () => ({ state: 'met', detail: '', href: '/' }) }, 'search')
  assert.throws(() => duties.add({ duty: 'search', check: async () => ({ state: 'met', detail: '', href: '/' }) }, 'other'), /"search" and "other"/)
})

test('every duty is reported once; unchecked ones are not applicable, a failing check reads as not checked, the threshold reaches its check', async () => {
  const duties = new DutyChecks()
  let given: number | undefined
  duties.add({ duty: 'search', check: async () => { throw new Error('index gone') } }, 'search')
  duties.add({ duty: 'questions-on-time', check: async ({ threshold }) => { given = threshold; return { state: 'met', detail: 'ok', href: '/toa-soan/hoi-dap' } } }, 'questions')
  const lines = await complianceReport(duties, new Map([['questions-on-time', 75]]), new Date(), quietLog)
  assert.deepEqual(lines.map((l) => l.duty.id), DUTIES.map((d) => d.id))
  assert.equal(lines.find((l) => l.duty.id === 'backup')!.state, 'not_applicable')
  const search = lines.find((l) => l.duty.id === 'search')!
  assert.equal(search.state, 'not_met')
  assert.match(search.detail, /Không kiểm tra được/)
  assert.equal(given, 75)
  assert.equal(lines.find((l) => l.duty.id === 'questions-on-time')!.threshold, 75)
})
