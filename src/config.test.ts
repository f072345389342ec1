import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ConfigError, loadConfig } from './config.ts'

test('the defaults are those of the product brief', () => {
  const config = loadConfig({})
  assert.equal(config.port, 3000)
  assert.equal(config.host, '127.0.0.1')
  assert.equal(config.databaseUrl, 'sqlite:./data/toasoan.db')
  assert.equal(config.redisUrl, undefined)
  assert.equal(config.mediaDir, './data/media')
  assert.equal(config.seedDemo, true)
  assert.ok(Object.isFrozen(config))
})

test('every bad value is reported at once, naming its variable', () => {
  assert.throws(
    () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', REDIS_URL: 'http://x', WEATHER_URL: 'not a url', SEED_DEMO: 'maybe' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError)
      for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'WEATHER_URL', 'SEED_DEMO']) {
        assert.ok(error.problems.some((p) => p.startsWith(name)), `${name} is named`)
      }
      return true
    },
  )
})

test('a port out of range is refused', () => {
  assert.throws(() => loadConfig({ PORT: '70000' }), /PORT/)
})
