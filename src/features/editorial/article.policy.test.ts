import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { NewsroomUser, Role } from '../accounts/index.ts'
import { PORTAL_MODULES } from '../../modules.ts'
import { rightsOf } from '../../platform/module-list.ts'
import { useRights } from '../../platform/newsroom-rights.ts'
import { canDecideChange, canEdit, canOpen, transitionsFor } from './article.policy.ts'

// Which role holds which action comes from the modules' manifests.
useRights(rightsOf(PORTAL_MODULES))

// The rules a newsroom cares about, on plain data (no database): the routes' and the service's
// use of them is in article-rights.routes.test.ts and the editorial route tests.

const person = (id: number, role: Role, categoryIds: number[] = []): NewsroomUser => ({ id, email: `${id}@example.vn`, name: `Người ${id}`, role, isActive: true, categoryIds })
const article = (authorId: number, status: 'draft' | 'in_review' | 'approved' | 'published', categoryId = 1) =>
  ({ authorId, categoryId, status, changedBy: authorId, approvedBy: null as number | null })

test("a reporter opens and edits only their own draft; an editor of another desk neither opens nor edits it", () => {
  const reporter = person(1, 'reporter')
  const otherDesk = person(2, 'editor', [2])
  assert.equal(canEdit(reporter, article(1, 'draft')), true)
  assert.equal(canEdit(reporter, article(1, 'in_review')), false, 'once submitted, it is the editors\'')
  assert.equal(canOpen(reporter, article(9, 'draft')), false)
  assert.equal(canOpen(otherDesk, article(1, 'in_review')), false)
  assert.equal(canEdit(otherDesk, article(1, 'in_review')), false)
})

test('an approver who changed the text last and no one else approved it sees no publish button, unless the administrator granted it', () => {
  const approver = person(3, 'approver')
  const theirs = { ...article(1, 'approved'), changedBy: 3, approvedBy: 3 }
  assert.deepEqual(transitionsFor(approver, theirs, false), ['return'])
  assert.deepEqual(transitionsFor(approver, theirs, true), ['publish', 'schedule', 'return'])
  assert.deepEqual(transitionsFor(approver, { ...theirs, approvedBy: 4 }, false), ['publish', 'schedule', 'return'], 'someone else approved it since')
})

test('a pending change is decided by who publishes in both categories and wrote none of it', () => {
  const approverOfOne = person(5, 'approver', [1])
  assert.equal(canDecideChange(approverOfOne, { categoryId: 1 }, { categoryId: 1, contributorIds: [2] }), true)
  assert.equal(canDecideChange(approverOfOne, { categoryId: 1 }, { categoryId: 2, contributorIds: [2] }), false, 'the change moves it to a category they do not publish in')
  assert.equal(canDecideChange(approverOfOne, { categoryId: 1 }, { categoryId: 1, contributorIds: [5] }), false)
})
