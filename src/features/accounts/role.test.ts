import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PORTAL_MODULES } from '../../modules.ts'
import { rightsOf } from '../../platform/module-list.ts'
import { roles, type Action, type Role } from './role.ts'
import { may, type NewsroomUser } from './user.ts'

// The rights of each role, written out by hand: a change to a module's `rights` must change this table too.
const ACTIONS = rightsOf(PORTAL_MODULES).actions
const EXPECTED: Record<Role, Action[]> = {
  reporter: ['newsroom.enter', 'article.write'],
  editor: ['newsroom.enter', 'article.write', 'article.edit-others', 'article.review', 'notice.edit', 'home.arrange', 'document.edit', 'poll.manage', 'question.answer', 'feedback.handle', 'rating.read', 'translation.manage', 'page.edit'],
  approver: ['newsroom.enter', 'article.write', 'article.edit-others', 'article.review', 'article.publish', 'notice.edit', 'document.edit', 'document.publish', 'poll.manage', 'question.answer', 'question.approve', 'feedback.handle', 'feedback.approve', 'rating.read', 'calendar.edit', 'calendar.approve', 'alert.post', 'translation.manage', 'compliance.view', 'reports.view', 'page.edit', 'page.publish', 'statistics.view'],
  moderator: ['newsroom.enter', 'comment.moderate'],
  clerk: ['newsroom.enter', 'document.edit', 'document.publish'],
  secretary: ['newsroom.enter', 'calendar.edit'],
  administrator: ['newsroom.enter', 'article.write', 'article.edit-others', 'article.review', 'article.publish', 'comment.moderate', 'site.administer', 'user.manage', 'audit.read', 'notice.edit', 'home.arrange', 'document.edit', 'document.publish', 'poll.manage', 'question.answer', 'question.approve', 'feedback.handle', 'feedback.approve', 'rating.read', 'structure.edit', 'calendar.edit', 'calendar.approve', 'alert.post', 'translation.manage', 'compliance.view', 'reports.view', 'reports.edit', 'page.edit', 'page.publish', 'menu.edit', 'statistics.view'],
}

const user = (role: Role, categoryIds: number[] = [], isActive = true): NewsroomUser => ({ id: 1, email: 'a@b.vn', name: 'A', role, isActive, categoryIds })

for (const role of roles()) {
  for (const action of ACTIONS) {
    const expected = EXPECTED[role].includes(action)
    test(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
      assert.equal(may(user(role), action), expected)
    })
  }
}

test('an editor of "Dân vận" cannot review in "Kinh tế"', () => {
  const editor = user('editor', [7])
  assert.equal(may(editor, 'article.review', 7), true)
  assert.equal(may(editor, 'article.review', 8), false)
  assert.equal(may(editor, 'newsroom.enter', 8), true, 'category limits do not touch rights without a category')
})

test('a deactivated user may do nothing', () => {
  for (const action of ACTIONS) assert.equal(may(user('administrator', [], false), action), false)
})
