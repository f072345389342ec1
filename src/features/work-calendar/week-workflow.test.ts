import assert from 'node:assert/strict'
import { test } from 'node:test'
import { nextStatus, type WeekStep } from './calendar-desk.ts'
import { WEEK_STATUSES } from './calendar-entry.ts'

// A week goes draft → submitted → published, or back to draft from submitted; nothing else.
const ALLOWED: Record<string, string> = { 'draft submit': 'submitted', 'submitted publish': 'published', 'submitted return': 'draft' }

for (const from of WEEK_STATUSES) {
  for (const step of ['submit', 'publish', 'return'] as WeekStep[]) {
    const expected = ALLOWED[`${from} ${step}`]
    test(`a ${from} week ${expected ? `may ${step} (→ ${expected})` : `may not ${step}`}`, () => {
      assert.equal(nextStatus(from, step), expected)
    })
  }
}
