import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ValidationError } from '../../platform/http/errors.ts'
import { parseAlertForm, parseVietnamTime, vietnamInput } from './alert-form.ts'

const now = new Date('2026-12-07T02:00:00Z')

test('times are typed in Viet Nam\'s time (UTC+7) and kept as the instant', () => {
  assert.equal(parseVietnamTime('2026-12-07T17:00')?.toISOString(), '2026-12-07T10:00:00.000Z')
  assert.equal(parseVietnamTime('07/12/2026 17:00')?.toISOString(), '2026-12-07T10:00:00.000Z')
  assert.equal(parseVietnamTime('31/02/2026 10:00'), undefined)
  assert.equal(parseVietnamTime('2026-12-07T24:00'), undefined)
  assert.equal(vietnamInput(new Date('2026-12-07T10:00:00Z')), '2026-12-07T17:00')
})

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
