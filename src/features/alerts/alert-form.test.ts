import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ValidationError } from '../../platform/http/errors.ts'
import { parseAlertForm } from './alert-form.ts'

const now = new Date('2026-12-07T02:00:00Z')

test('a blank start is now; the end must come after the start and be still to come', () => {
  const input = parseAlertForm({ level: 'info', textVi: 'Thông báo', endsAt: '2026-12-07T17:00' }, now)
  assert.equal(input.startsAt.getTime(), now.getTime())
  assert.equal(input.textVi, 'Thông báo')
  const fields = (values: Record<string, string>) => {
    try {
      parseAlertForm(values, now)
      return {}
    } catch (error) {
      assert.ok(error instanceof ValidationError)
      return error.fields
    }
  }
  assert.match(fields({ level: 'info', textVi: 'a', startsAt: '2026-12-07T06:00', endsAt: '2026-12-07T08:00' }).endsAt ?? '', /đã qua/)
  assert.match(fields({ level: 'info', textVi: 'a', startsAt: '2026-12-08T08:00', endsAt: '2026-12-08T08:00' }).endsAt ?? '', /phải sau/)
  assert.match(fields({ level: 'info', textVi: 'a', endsAt: '2026-12-08T08:00', link: 'ftp://example.vn/a' }).link ?? '', /http/)
  assert.equal(fields({ level: 'info', textVi: 'a', endsAt: '2026-12-08T08:00', link: 'https://example.vn/a' }).link, undefined)
  assert.match(fields({ level: 'info', textVi: 'x'.repeat(301), endsAt: '2026-12-08T08:00' }).textVi ?? '', /dài quá 300/)
})
