import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ARTICLE_STATUSES } from '../articles/index.ts'
import { ALL_TRANSITIONS, nextStatus } from './workflow.ts'

// Every state × every transition, written out: blank means the transition is refused.
const EXPECTED: Record<string, Record<string, string>> = {
  draft: { submit: 'in_review' },
  in_review: { approve: 'approved', return: 'draft' },
  approved: { publish: 'published', schedule: 'scheduled', return: 'draft' },
  scheduled: { publish: 'published', unschedule: 'approved' },
  published: { unpublish: 'unpublished', expire: 'expired' },
  unpublished: { publish: 'published', reopen: 'draft' },
  expired: { publish: 'published', reopen: 'draft' },
}

for (const from of ARTICLE_STATUSES) {
  for (const transition of ALL_TRANSITIONS) {
    const expected = EXPECTED[from]![transition]
    test(`${from} --${transition}--> ${expected ?? '(refused)'}`, () => {
      assert.equal(nextStatus(from, transition), expected)
    })
  }
}
