import assert from 'node:assert/strict'
import { test } from 'node:test'
import Fastify from 'fastify'
import { SHARED_SERIALIZERS, SHARED_VALIDATORS } from './shared-compilers.ts'

const options = { customOptions: { coerceTypes: 'array' as const, useDefaults: true } }
const querystring = () => ({ type: 'object', properties: { page: { type: 'integer', minimum: 1 } }, additionalProperties: false })

test('equal schemas built anew are compiled once, and a different one or another part of the request is compiled apart', () => {
  const compile = SHARED_VALIDATORS({}, options)
  const first = compile({ schema: querystring(), method: 'GET', url: '/a', httpPart: 'querystring' })
  assert.equal(SHARED_VALIDATORS({}, options)({ schema: querystring(), method: 'GET', url: '/b', httpPart: 'querystring' }), first)
  assert.notEqual(compile({ schema: querystring(), method: 'GET', url: '/a', httpPart: 'params' }), first)
  const other = compile({ schema: { ...querystring(), properties: { page: { type: 'integer', minimum: 2 } } }, method: 'GET', url: '/a', httpPart: 'querystring' })
  assert.notEqual(other, first)
  assert.equal(first({ page: 1 }), true)
  assert.equal(other({ page: 1 }), false)
})

test('two apps sharing the compilers each validate and serialise as their own schemas say', async () => {
  const apps = [1, 2].map((minimum) => {
    const app = Fastify({ ajv: options, schemaController: { compilersFactory: { buildValidator: SHARED_VALIDATORS, buildSerializer: SHARED_SERIALIZERS } } })
    app.get('/', {
      schema: {
        querystring: { type: 'object', properties: { page: { type: 'integer', minimum } } },
        response: { 200: { type: 'object', properties: { page: { type: 'integer' } } } },
      },
    }, async (req) => ({ page: (req.query as { page: number }).page, secret: 'not in the schema' }))
    return app
  })
  const [one, two] = await Promise.all(apps.map((app) => app.inject('/?page=1')))
  assert.equal(one!.statusCode, 200)
  assert.equal(one!.body, '{"page":1}')
  assert.equal(two!.statusCode, 400)
  await Promise.all(apps.map((app) => app.close()))
})
