import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { startFakeWeather, type FakeWeather } from '../../../test/support/fake-weather.ts'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { insertWeatherPlace } from '../weather/index.ts'

let fake: FakeWeather
let portal: TestPortal
let admin = ''
let editor = ''
const PAGE = '/toa-soan/quan-tri/he-thong'

before(async () => {
  fake = await startFakeWeather()
  portal = await buildTestPortal({ env: { WEATHER_URL: fake.url } })
  await insertWeatherPlace(portal.db, { name: 'Quy Nhơn', latitude: 13.7765, longitude: 109.2237, position: 0 })
  await createUser(portal.db, 'administrator', 'quantri.hethong@example.vn')
  await createUser(portal.db, 'editor', 'bientap.hethong@example.vn')
  admin = (await signIn(portal.app, 'quantri.hethong@example.vn')).cookie
  editor = (await signIn(portal.app, 'bientap.hethong@example.vn')).cookie
})

after(async () => {
  await portal.close()
  await fake.close()
})

async function weatherRow(): Promise<{ state: string; error: string }> {
  const res = await portal.app.inject({ url: PAGE, headers: { cookie: admin } })
  assert.equal(res.statusCode, 200)
  const doc = parsePage(res.body)
  assert.ok(doc.querySelector('tr[data-job="weather"]'), 'the weather job has a row')
  return { state: textOf(doc, 'tr[data-job="weather"] .job-state'), error: textOf(doc, 'tr[data-job="weather"] .job-error') }
}

test('the administrator sees every background job of the portal by name', async () => {
  const doc = parsePage((await portal.app.inject({ url: PAGE, headers: { cookie: admin } })).body)
  assert.deepEqual([...doc.querySelectorAll('tr[data-job]')].map((row) => row.getAttribute('data-job')).sort(), ['documents.consultation-days', 'documents.publish-due', 'documents.validity', 'most-read', 'polls.forget-voters', 'polls.open-close', 'scheduler', 'views', 'weather'])
  assert.match(textOf(doc, 'tr[data-job="scheduler"] th'), /Đăng và gỡ bài theo lịch/)
})

test('a failing weather fetch shows as the weather job\'s last error to the administrator (page and /healthz), and not in the public /healthz', async () => {
  fake.mode = 'error500'
  const status = await portal.jobs.runNow('weather')
  assert.equal(status.consecutiveFailures, 1)

  const row = await weatherRow()
  assert.match(row.state, /Lỗi \(1 lần liên tiếp\)/)
  assert.match(row.error, /weather API answered 500 for Quy Nhơn/)

  const health = await portal.app.inject('/healthz')
  assert.equal(health.statusCode, 200)
  assert.deepEqual(health.json(), { status: 'ok', database: 'ok' })
  const asEditor = await portal.app.inject({ url: '/healthz', headers: { cookie: editor } })
  assert.deepEqual(asEditor.json(), { status: 'ok', database: 'ok' }, 'an editor reads what the public reads')
  const asAdmin = (await portal.app.inject({ url: '/healthz', headers: { cookie: admin } })).json()
  assert.equal(asAdmin.status, 'ok')
  const weatherJob = asAdmin.jobs.find((job: { name: string }) => job.name === 'weather')
  assert.equal(weatherJob.consecutiveFailures, 1)
  assert.match(weatherJob.lastError.message, /weather API answered 500 for Quy Nhơn/, 'the administrator reads the detail in /healthz too')
})

test('after a good fetch the job is back to normal, and the earlier error can still be read', async () => {
  fake.mode = 'ok'
  await portal.jobs.runNow('weather')
  const row = await weatherRow()
  assert.equal(row.state, 'Bình thường')
  assert.match(row.error, /weather API answered 500 for Quy Nhơn/)
})

test('the page answers 403 to an editor and sends a signed-out visitor to sign in', async () => {
  assert.equal((await portal.app.inject({ url: PAGE, headers: { cookie: editor } })).statusCode, 403)
  const anonymous = await portal.app.inject(PAGE)
  assert.equal(anonymous.statusCode, 303)
  assert.match(String(anonymous.headers.location), /^\/toa-soan\/dang-nhap\?tiep=/)
})
