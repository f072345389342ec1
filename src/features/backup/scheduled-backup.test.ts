import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createWriteStream } from 'node:fs'
import { after, before, test } from 'node:test'
import { entryPoint } from '../../../test/support/entry-point.ts'
import { parsePage } from '../../../test/support/html.ts'
import { createUser, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { startTestS3, type TestS3 } from '../../../test/support/s3-server.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { S3Storage } from '../../platform/storage/index.ts'
import { listBackups } from './backup-log.ts'
import { SCHEDULED_BACKUP_JOB, scheduleCommand, verifyArchive } from './index.ts'
import { readSchedule } from './schedule.ts'

// The daily backup the running portal takes by itself: two instances (two job runners on one
// database) tick at the same minute and exactly one takes the day's backup; --keep prunes the
// oldest at the destination; a bucket works as a destination; a failure is shown and counted.
const HOUR = 60 * 60 * 1000
// 2026-12-01 01:00 in Viet Nam (18:00 UTC the day before): before the 02:30 of the schedule.
const clock = new TestClock(new Date('2026-11-30T18:00:00Z'))
let s3: TestS3
let first: TestPortal
let second: TestPortal
let admin: string
const folder = mkdtempSync(join(tmpdir(), 'toasoan-scheduled-'))

before(async () => {
  s3 = await startTestS3('toasoan-sao-luu')
  // The S3 connection of the portal, with the media left on disk: only the backups go to the bucket.
  const { MEDIA_STORAGE: _local, S3_BUCKET: _bucket, ...connection } = s3.env
  first = await buildTestPortal({ clock, env: connection })
  second = await buildTestPortal({ clock, env: connection, sameDatabaseAs: first })
  await createUser(first.db, 'administrator', 'quantri-lich@example.vn')
  admin = (await signIn(first.app, 'quantri-lich@example.vn')).cookie
})
after(async () => {
  await second?.close()
  await first?.close()
  await s3?.close()
})

/** Both instances' runners tick at once, as they would at the same minute. */
async function bothTick() {
  const [a, b] = await Promise.all([first.jobs.runNow(SCHEDULED_BACKUP_JOB), second.jobs.runNow(SCHEDULED_BACKUP_JOB)])
  return [a, b]
}

async function page() {
  admin = (await signIn(first.app, 'quantri-lich@example.vn')).cookie // the clock moves days: a new session each time
  return parsePage((await first.app.inject({ url: '/toa-soan/quan-tri/sao-luu', headers: { cookie: admin } })).body)
}

test('the schedule is refused without a destination, with a bad --keep or --at, and on the media bucket', async () => {
  const now = clock.now()
  assert.match((await scheduleCommand(first.db, ['daily'], { mediaBucket: undefined, now })).message, /--to DIR/)
  assert.equal((await scheduleCommand(first.db, ['daily', '--keep', '0', '--to', folder], { mediaBucket: undefined, now })).ok, false)
  assert.equal((await scheduleCommand(first.db, ['daily', '--at', '25:00', '--to', folder], { mediaBucket: undefined, now })).ok, false)
  assert.equal((await scheduleCommand(first.db, ['weekly', '--to', folder], { mediaBucket: undefined, now })).ok, false)
  const media = await scheduleCommand(first.db, ['daily', '--to', 's3://anh-cong/sao-luu'], { mediaBucket: 'anh-cong', now })
  assert.equal(media.ok, false)
  assert.match(media.message, /media bucket/)
  assert.equal(await readSchedule(first.db), undefined, 'nothing was recorded')
  assert.match((await page()).querySelector('.backup-schedule')!.textContent!, /Chưa đặt lịch/)
})

test('two instances tick at the same minute: the day’s backup is taken once, and --keep 3 deletes the oldest', async () => {
  const set = await scheduleCommand(first.db, ['daily', '--keep', '3', '--to', folder], { mediaBucket: undefined, now: clock.now() })
  assert.ok(set.ok, set.message)
  writeFileSync(join(folder, 'ban-sao-tu-lam.tar.gz'), 'the operator’s own file') // not the schedule's: never pruned
  await bothTick()
  assert.equal((await listBackups(first.db)).length, 0, 'before 02:30 nothing runs')
  clock.advance(2 * HOUR) // 03:00 in Viet Nam
  const taken: string[] = []
  for (let day = 0; day < 5; day++) {
    await bothTick()
    await bothTick() // later ticks the same day find it claimed
    const log = await listBackups(first.db)
    assert.equal(log.length, day + 1, `day ${day}: one backup, not one per instance`)
    assert.ok(log[0]!.succeeded && log[0]!.scheduled, log[0]!.error)
    taken.push(log[0]!.destination)
    clock.advance(24 * HOUR)
  }
  const left = readdirSync(folder).filter((n) => n.startsWith('toasoan-backup-')).sort()
  assert.deepEqual(left.map((n) => join(folder, n)), taken.slice(-3), 'the newest three are kept')
  assert.ok(existsSync(join(folder, 'ban-sao-tu-lam.tar.gz')))
  assert.equal((await verifyArchive(taken[4]!)).format, 'toasoan-backup')
  const shown = await page()
  assert.match(shown.querySelector('[role="status"]')!.textContent!, new RegExp(`lưu tại ${taken[4]!.replace(/[.\\/]/g, '\\$&')}`))
  assert.match(shown.querySelector('.backup-schedule')!.textContent!, /Hằng ngày lúc 02:30.*giữ 3 bản/)
  assert.match(shown.querySelector('table.backup-list tbody tr')!.textContent!, /Theo lịch/)
})

test('to a bucket: the backups are objects under the prefix, the oldest deleted, each a whole archive', async () => {
  const set = await scheduleCommand(first.db, ['daily', '--keep', '2', '--to', 's3://toasoan-sao-luu/hang-ngay', '--at', '04:00'], { mediaBucket: undefined, now: clock.now() })
  assert.ok(set.ok, set.message)
  const bucket = new S3Storage({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'toasoan-sao-luu', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true })
  await bucket.put('hang-ngay/ghi-chu.txt', Buffer.from('not a backup'), 'text/plain')
  try {
    await bothTick() // 03:00: today's 02:30 was claimed already, and 04:00 has not come
    const before = (await listBackups(first.db)).length
    clock.advance(HOUR + 5 * 60_000)
    for (let day = 0; day < 3; day++) {
      await bothTick()
      clock.advance(24 * HOUR)
    }
    const log = await listBackups(first.db)
    assert.equal(log.length, before + 3)
    const keys: string[] = []
    for await (const key of bucket.list()) keys.push(key)
    const archives = keys.filter((k) => k.startsWith('hang-ngay/toasoan-backup-')).sort()
    assert.deepEqual(archives.map((k) => `s3://toasoan-sao-luu/${k}`), [log[1]!.destination, log[0]!.destination])
    assert.ok(keys.includes('hang-ngay/ghi-chu.txt'))
    const object = await bucket.get(archives[1]!)
    assert.ok(object)
    const copy = join(folder, 'tu-bucket.tar.gz')
    await pipeline(object.body, createWriteStream(copy))
    assert.equal((await verifyArchive(copy)).tables.some((t) => t.name === 'visit_salts'), false, 'the statistics’ salt never leaves the machine')
    assert.equal(object.length, log[0]!.bytes)
  } finally {
    await bucket.close()
  }
})

test('a scheduled backup that fails is shown as failed, turns the compliance line red, and does not run again that day', async () => {
  const blocked = join(folder, 'la-mot-tep')
  writeFileSync(blocked, 'a file where the folder should be')
  assert.ok((await scheduleCommand(first.db, ['daily', '--to', join(blocked, 'sao-luu'), '--at', '00:00'], { mediaBucket: undefined, now: clock.now() })).ok)
  const [a, b] = await bothTick()
  assert.equal([a, b].filter((s) => s!.lastError !== undefined && s!.consecutiveFailures > 0).length, 1, 'one instance tried, and failed')
  const [newest] = await listBackups(first.db, 1)
  assert.equal(newest!.succeeded, false)
  assert.ok(newest!.scheduled)
  const shown = await page()
  assert.match(shown.querySelector('.backup-failed')!.textContent!, /theo lịch.*không thành công/)
  const duty = parsePage((await first.app.inject({ url: '/toa-soan/quan-tri/tuan-thu', headers: { cookie: admin } })).body).querySelector('tr[data-duty="backup"]')!
  assert.equal(duty.querySelector('.compliance-state')!.textContent, 'Chưa đạt')
  assert.match(duty.querySelector('.compliance-detail')!.textContent!, /theo lịch.*không thành công/)
  await bothTick()
  assert.equal((await listBackups(first.db)).filter((r) => !r.succeeded).length, 1, 'the day stays claimed')
  assert.match((await scheduleCommand(first.db, ['off'], { mediaBucket: undefined, now: clock.now() })).message, /stopped/)
  clock.advance(24 * HOUR)
  await bothTick()
  assert.equal((await listBackups(first.db)).filter((r) => !r.succeeded).length, 1, 'off: nothing runs')
})

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...entryPoint('cli'), ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
}

test('the CLI sets the schedule and stops it', async () => {
  const env = { DATABASE_URL: `sqlite:${join(folder, 'cli.sqlite')}`, MEDIA_DIR: join(folder, 'cli-media'), MEDIA_STORAGE: 'local' }
  const set = await run(['backup', '--schedule', 'daily', '--keep', '14', '--to', join(folder, 'cli-sao-luu')], env)
  assert.equal(set.code, 0, set.stderr)
  assert.match(set.stdout, /daily at 02:30 .* keeping the newest 14/)
  const bad = await run(['backup', '--schedule', 'daily', '--keep', 'nhieu'], env)
  assert.equal(bad.code, 64)
  assert.match(bad.stderr, /--keep/)
  const off = await run(['backup', '--schedule', 'off'], env)
  assert.equal(off.code, 0, off.stderr)
  assert.match(off.stdout, /stopped/)
})
