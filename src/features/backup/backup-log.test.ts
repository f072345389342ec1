import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { parsePage } from '../../../test/support/html.ts'
import { createUser, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { takeBackup } from './index.ts'

// Each backup taken is recorded: the compliance page's backup line turns met with one less than a
// day old and red again a day later; a failed one is listed with its error and counts for nothing.
const HOUR = 60 * 60 * 1000
const clock = new TestClock()
let portal: TestPortal
let admin: string
let approver: string
const folder = mkdtempSync(join(tmpdir(), 'toasoan-backup-log-'))

before(async () => {
  portal = await buildTestPortal({ clock })
  await createUser(portal.db, 'administrator', 'quantri-saoluu@example.vn')
  await createUser(portal.db, 'approver', 'duyet-saoluu@example.vn')
  admin = (await signIn(portal.app, 'quantri-saoluu@example.vn')).cookie
  approver = (await signIn(portal.app, 'duyet-saoluu@example.vn')).cookie
})
after(() => portal.close())

async function backupLine() {
  const res = await portal.app.inject({ url: '/toa-soan/quan-tri/tuan-thu', headers: { cookie: admin } })
  const row = parsePage(res.body).querySelector('tr[data-duty="backup"]')
  assert.ok(row, `${res.statusCode} ${res.headers.location ?? ''} ${res.body.slice(0, 300)}`)
  return { state: row.querySelector('.compliance-state')!.textContent, detail: row.querySelector('.compliance-detail')!.textContent!, fix: row.querySelector('a.compliance-fix')?.getAttribute('href') }
}

test('no backup yet: the line is red and leads to the backups page, which says so', async () => {
  const line = await backupLine()
  assert.equal(line.state, 'Chưa đạt')
  assert.match(line.detail, /Chưa có bản sao lưu nào/)
  assert.equal(line.fix, '/toa-soan/quan-tri/sao-luu')
  const page = await portal.app.inject({ url: line.fix, headers: { cookie: admin } })
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /Chưa có bản sao lưu nào/)
  assert.equal((await portal.app.inject({ url: line.fix, headers: { cookie: approver } })).statusCode, 403)
})

test('a backup taken turns the line green and is listed with its size; a day later the line is red again', async () => {
  await takeBackup(portal.database, portal.media, join(folder, 'a.tar.gz'), { appVersion: '0.1.0', now: clock.now })
  assert.equal((await backupLine()).state, 'Đạt')
  const listed = parsePage((await portal.app.inject({ url: '/toa-soan/quan-tri/sao-luu', headers: { cookie: admin } })).body).querySelectorAll('table.backup-list tbody tr')
  assert.equal(listed.length, 1)
  assert.match(listed[0]!.textContent!, /Thành công/)
  assert.match(listed[0]!.textContent!, /a\.tar\.gz/)
  clock.advance(25 * HOUR)
  admin = (await signIn(portal.app, 'quantri-saoluu@example.vn')).cookie // the session of a day ago has ended
  const late = await backupLine()
  assert.equal(late.state, 'Chưa đạt')
  assert.match(late.detail, /đã quá 24 giờ/)
})

test('a backup that fails is recorded with its error and does not count', async () => {
  await assert.rejects(takeBackup(portal.database, portal.media, join(folder, 'no-such-folder', 'b.tar.gz'), { appVersion: '0.1.0', now: clock.now }))
  assert.equal((await backupLine()).state, 'Chưa đạt')
  const rows = parsePage((await portal.app.inject({ url: '/toa-soan/quan-tri/sao-luu', headers: { cookie: admin } })).body).querySelectorAll('table.backup-list tbody tr')
  assert.equal(rows.length, 2)
  assert.match(rows[0]!.textContent!, /Không thành công: .*no-such-folder/)
})
