import assert from 'node:assert/strict'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'

// The public API's replies are written as raw JSON (the page cache keeps the bytes), so nothing
// at run time holds them to the response schemas the routes declare. The API's tests do: every
// reply they get is checked against the schema its route declares for its status, as published
// in /api/v1/openapi.json (the document API users code against, made from the same schemas).

interface Operation { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }

export interface ApiContract {
  /** app.inject, with the reply checked against its declared schema. */
  inject(options: string | (InjectOptions & { url: string })): Promise<LightMyRequestResponse>
  /** Why a reply does not match what its route declares; nothing when it does. */
  problems(method: string, url: string, status: number, body: string): string[]
}

export async function apiContract(app: FastifyInstance): Promise<ApiContract> {
  const doc = (await app.inject('/api/v1/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> }
  // OpenAPI 3.0's `nullable` is one of Ajv's own keywords; its descriptions and examples are not checked.
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats.default(ajv)
  const compiled = new Map<string, ValidateFunction>()
  const routes = Object.entries(doc.paths).map(([template, operations]) => ({
    pattern: new RegExp(`^/api/v1${template.replace(/\{[^}]+\}/g, '[^/]+')}$`), template, operations,
  }))

  function problems(method: string, url: string, status: number, body: string): string[] {
    const path = url.split('?')[0]!
    const route = routes.find((r) => r.pattern.test(path))
    if (!route) return [`${method} ${path} is not in the OpenAPI document`]
    const operation = route.operations[method.toLowerCase()]
    if (!operation) return [`${method} ${route.template} is not in the OpenAPI document`]
    const schema = operation.responses?.[String(status)]?.content?.['application/json']?.schema
    if (!schema) return [`${method} ${route.template} answered ${status}, a status it does not declare`]
    const key = `${method} ${route.template} ${status}`
    let validate = compiled.get(key)
    if (!validate) compiled.set(key, (validate = ajv.compile(schema)))
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      return [`${key}: the body is not JSON`]
    }
    return validate(json) ? [] : (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '(body)'} ${e.message}`)
  }

  return {
    problems,
    async inject(options) {
      const request = typeof options === 'string' ? { method: 'GET', url: options } : options
      const res = await app.inject(request)
      assert.deepEqual(problems(request.method ?? 'GET', request.url, res.statusCode, res.body), [], `the reply to ${request.url} matches its declared schema`)
      return res
    },
  }
}
