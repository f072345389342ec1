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

test('media stay in the local folder unless MEDIA_STORAGE=s3', () => {
  assert.deepEqual(loadConfig({ MEDIA_DIR: '/srv/media' }).mediaStorage, { kind: 'local', folder: '/srv/media' })
  const s3 = loadConfig({ MEDIA_STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'toasoan-media', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }).mediaStorage
  assert.deepEqual(s3, { kind: 's3', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', bucket: 'toasoan-media', accessKeyId: 'id', secretAccessKey: 'secret', forcePathStyle: true })
  const aws = loadConfig({ MEDIA_STORAGE: 's3', S3_BUCKET: 'toasoan-media', S3_REGION: 'ap-southeast-1' }).mediaStorage
  assert.deepEqual(aws, { kind: 's3', endpoint: undefined, region: 'ap-southeast-1', bucket: 'toasoan-media', accessKeyId: undefined, secretAccessKey: undefined, forcePathStyle: false })
})

test('a bad S3 setting is refused at start, naming its variable', () => {
  assert.throws(
    () => loadConfig({ MEDIA_STORAGE: 's3', S3_ENDPOINT: 'ftp://x', S3_BUCKET: 'Bad_Bucket', S3_REGION: 'x y', S3_ACCESS_KEY_ID: 'only-one', S3_FORCE_PATH_STYLE: 'maybe', MEDIA_PUBLIC_URL: 'cdn' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError)
      for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_FORCE_PATH_STYLE', 'MEDIA_PUBLIC_URL']) {
        assert.ok(error.problems.some((p) => p.startsWith(name)), `${name} is named`)
      }
      return true
    },
  )
  assert.throws(() => loadConfig({ MEDIA_STORAGE: 'ftp' }), /MEDIA_STORAGE must be local or s3/)
})

test('PUBLIC_URL gives the portal its absolute address, without trailing slashes; HOST and PORT when unset', () => {
  assert.equal(loadConfig({ PUBLIC_URL: 'https://tinhuy.example.vn//' }).publicUrl, 'https://tinhuy.example.vn')
  assert.equal(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl, 'http://0.0.0.0:8080')
  assert.equal(loadConfig({}).publicUrl, 'http://127.0.0.1:3000')
})

test('a bad PUBLIC_URL is refused at start, naming the variable', () => {
  for (const bad of ['tinhuy.example.vn', 'ftp://tinhuy.example.vn', 'https://tinhuy.example.vn/?a=1']) {
    assert.throws(() => loadConfig({ PUBLIC_URL: bad }), (error: unknown) => {
      assert.ok(error instanceof ConfigError)
      assert.ok(error.problems.some((p) => p.startsWith('PUBLIC_URL')), bad)
      return true
    })
  }
})

test('TRUST_PROXY names the proxies whose X-Forwarded-For is believed; loopback when unset', () => {
  assert.deepEqual(loadConfig({}).trustProxy, ['loopback'])
  assert.deepEqual(loadConfig({ TRUST_PROXY: '' }).trustProxy, ['loopback'])
  assert.deepEqual(loadConfig({ TRUST_PROXY: ' 10.0.0.5, 10.0.1.0/24,fd00::/8 ,loopback' }).trustProxy, ['10.0.0.5', '10.0.1.0/24', 'fd00::/8', 'loopback'])
  assert.ok(Object.isFrozen(loadConfig({ TRUST_PROXY: '10.0.0.5' }).trustProxy))
})

test('a TRUST_PROXY that would trust everyone, or is no address, is refused at start, naming the variable', () => {
  for (const bad of ['true', 'TRUE', '*', '0.0.0.0/0', '::/0', '10.0.0.5,0.0.0.0/0', '1', '2', 'nginx.internal', '10.0.0.0/33', '10.0.0.0/8/1', ',']) {
    assert.throws(() => loadConfig({ TRUST_PROXY: bad }), (error: unknown) => {
      assert.ok(error instanceof ConfigError)
      assert.ok(error.problems.some((p) => p.startsWith('TRUST_PROXY')), bad)
      return true
    }, bad)
  }
})

test('a HOST that is neither an IP address nor a host name stops the start, naming HOST', () => {
  for (const host of ['0.0.0.0', '::', '::1', '192.168.1.10', 'localhost', 'portal.binhdinh.gov.vn', 'app-1']) {
    assert.equal(loadConfig({ HOST: host }).host, host)
  }
  for (const host of ['http://0.0.0.0', '127.0.0.1:3000', 'my host', 'bad_name!', '-leading', '256.1.1.1', '999.1.1.1.1.']) {
    assert.throws(() => loadConfig({ HOST: host }), (error: unknown) => error instanceof ConfigError && error.problems.some((p) => p.startsWith('HOST') && p.includes(host)), host)
  }
})

test('Redis keys and channels carry a prefix named after the database unless REDIS_PREFIX says otherwise', () => {
  assert.equal(loadConfig({}).redisPrefix, 'toasoan:toasoan:')
  assert.equal(loadConfig({ DATABASE_URL: 'sqlite:/srv/portals/dan-van.db' }).redisPrefix, 'toasoan:dan-van:')
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://toasoan:secret@db.internal:5432/ban_dan_van' }).redisPrefix, 'toasoan:ban_dan_van:')
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://toasoan@db.internal:5432/ban_dan_van', REDIS_PREFIX: 'bdv:' }).redisPrefix, 'bdv:')
  assert.throws(() => loadConfig({ REDIS_PREFIX: 'two words' }), /REDIS_PREFIX/)
})

test('e-mail is off without SMTP_URL; a bad SMTP_URL or MAIL_FROM is refused without echoing the server\'s password', () => {
  const off = loadConfig({ PUBLIC_URL: 'https://danvan.example.vn' })
  assert.equal(off.smtpUrl, undefined)
  assert.equal(off.mailFrom, 'no-reply@danvan.example.vn')
  const on = loadConfig({ SMTP_URL: 'smtps://cong:bi-mat@mail.example.vn:465', MAIL_FROM: 'Ban Dân vận <no-reply@danvan.example.vn>' })
  assert.equal(on.smtpUrl, 'smtps://cong:bi-mat@mail.example.vn:465')
  assert.equal(on.mailFrom, 'Ban Dân vận <no-reply@danvan.example.vn>')
  for (const env of [{ SMTP_URL: 'http://cong:bi-mat@mail.example.vn' }, { SMTP_URL: 'cong:bi-mat@@' }, { MAIL_FROM: 'Ban Dân vận' }]) {
    assert.throws(() => loadConfig(env), (error: unknown) => {
      assert.ok(error instanceof ConfigError)
      assert.match(error.message, /SMTP_URL|MAIL_FROM/)
      assert.doesNotMatch(error.message, /bi-mat/)
      return true
    })
  }
})
