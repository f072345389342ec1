import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { startFakeWeather, type FakeWeather } from '../../../test/support/fake-weather.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { createCategory } from '../../../test/support/factories.ts'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { FORECAST_DAYS } from './open-meteo.client.ts'
import { WeatherRefresher } from './weather.refresher.ts'
import { insertWeatherPlace } from './weather.repository.ts'

let fake: FakeWeather
let portal: TestPortal
let refresher: WeatherRefresher

before(async () => {
  fake = await startFakeWeather()
  portal = await buildTestPortal({ env: { WEATHER_URL: fake.url } })
  await createCategory(portal, 'Tin tức')
  await insertWeatherPlace(portal.db, { name: 'Quy Nhơn', latitude: 13.7765, longitude: 109.2237, position: 0 })
  await insertWeatherPlace(portal.db, { name: 'Hoài Nhơn', latitude: 14.5148, longitude: 109.0324, position: 1 })
  refresher = new WeatherRefresher(portal.db, portal.events, { now: () => new Date('2026-11-29T08:00:00Z') }, portal.app.log, {
    endpoint: fake.url, intervalMs: 60_000, timeoutMs: 300,
  })
})

after(async () => {
  await portal.close()
  await fake.close()
})

async function weatherBlock() {
  const res = await portal.app.inject('/')
  assert.equal(res.statusCode, 200)
  return textOf(parsePage(res.body), '.weather-block')
}

test('before any answer the block says there is no weather data yet', async () => {
  assert.match(await weatherBlock(), /Chưa có dữ liệu thời tiết/)
})

test('a good answer shows current conditions in Vietnamese words, a 3-day forecast and its time', async () => {
  fake.mode = 'ok'
  await refresher.refreshNow()
  const block = await weatherBlock()
  assert.match(block, /Quy Nhơn/)
  assert.match(block, /Hoài Nhơn/)
  assert.match(block, /27°C · Mưa rào nhẹ/)
  assert.match(block, /Cập nhật lúc 15:00 29\/11/)
  const doc = parsePage((await portal.app.inject('/')).body)
  assert.equal(doc.querySelectorAll('.weather-place')[0]!.querySelectorAll('.weather-days li').length, FORECAST_DAYS)
  const request = fake.requests.at(-1)!
  assert.equal(request.searchParams.get('timezone'), 'Asia/Ho_Chi_Minh')
  assert.ok(request.searchParams.get('daily')!.includes('weather_code'))
})

for (const mode of ['error500', 'garbage', 'wrong-shape', 'hang'] as const) {
  test(`when the API answers ${mode}, the page keeps the last good report with its time`, async () => {
    fake.mode = mode
    await refresher.refreshNow()
    const block = await weatherBlock()
    assert.match(block, /Mưa rào nhẹ/)
    assert.match(block, /Cập nhật lúc 15:00 29\/11/)
  })
}

test('pages never wait for a hanging weather API', async () => {
  fake.mode = 'hang'
  let refreshFinished = false
  const round = refresher.refreshNow().then(() => (refreshFinished = true))
  const res = await portal.app.inject('/')
  assert.equal(res.statusCode, 200)
  assert.equal(refreshFinished, false, 'the page answered while the refresh was still waiting for the API')
  await round
})

test('a new report purges the cached pages that show the block', async () => {
  const base = await portal.listen()
  await fetch(base + '/')
  assert.ok(portal.cache.get('/'), 'the home page is cached')
  fake.mode = 'ok'
  await refresher.refreshNow()
  assert.equal(portal.cache.get('/'), undefined)
})
