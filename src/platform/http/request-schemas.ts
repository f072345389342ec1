import type { FastifyInstance } from 'fastify'
import type { Plugin } from 'ajv'
import { Type, type IntegerOptions, type Static, type TOptional, type TString, type TSchema } from '@sinclair/typebox'

// The shapes a browser can send, for the schemas each feature declares at the edge. An
// urlencoded form or a query string carries text only: a field sent once is a string, a field
// sent twice a list. Both shapes pass the schema: what a repeated or missing field means (a
// field message on the form, a 404, a redirect to the clean address) is the handler's answer
// in Vietnamese, as before, not a bare 400.

/** One field of a form or a query string, as sent: once or repeated. */
export const Sent = Type.Union([Type.String(), Type.Array(Type.String())])
export type Sent = Static<typeof Sent>

/** A form or query string: the fields a handler reads, each optional; any other field is ignored. */
export function sentFields<const K extends string>(...names: K[]) {
  const fields = {} as Record<K, TOptional<typeof Sent>>
  for (const name of names) fields[name] = Type.Optional(Sent)
  return Type.Object(fields, { additionalProperties: true })
}

/** A path parameter: any text the router matched; whether it names something is the handler's 404. */
export function pathParams<const K extends string>(...names: K[]) {
  const params = {} as Record<K, TString>
  for (const name of names) params[name] = Type.String()
  return Type.Object(params)
}

/** The request headers a handler reads (Node gives them as text, or undefined when not sent). */
export function readHeaders<const K extends string>(...names: K[]) {
  const headers = {} as Record<K, TOptional<TString>>
  for (const name of names) headers[name] = Type.Optional(Type.String())
  return Type.Object(headers, { additionalProperties: true })
}

/**
 * A whole number read from a path or a query string ("/api/v1/articles/42", "?page=2").
 * Ajv coerces the text "1e309" to Infinity, calls it an integer, and skips minimum and maximum
 * for a number that is not finite, so Infinity reached the database (a 500 on PostgreSQL). The
 * `finite` keyword (finiteNumbers, registered on the app's Ajv) refuses it with the rest.
 */
export function WholeNumber(options: IntegerOptions & { minimum: number; maximum: number }) {
  return Type.Integer({ ...options, finite: true })
}

/** The Ajv plugin that gives WholeNumber its `finite` keyword. */
export const finiteNumbers: Plugin<unknown> = (ajv) =>
  ajv.addKeyword({
    keyword: 'finite',
    // No `type: 'number'`: Ajv runs number keywords only for finite numbers, this one included.
    schemaType: 'boolean',
    error: { message: 'must be a finite number' },
    validate: (wanted: boolean, value: unknown) => !wanted || typeof value !== 'number' || Number.isFinite(value),
  })

/** The text of a field sent once; undefined when it is missing or repeated. */
export const once = (value: Sent | undefined): string | undefined => (typeof value === 'string' ? value : undefined)

/** Every value of a field (check boxes, selected rows), none when missing. */
export const each = (value: Sent | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value)

export type { Static, TSchema }

/**
 * A POST with no body at all (no field, no content type) is an empty form: it gets the form's
 * own answer (its field messages, the CSRF refusal) as it did before forms had schemas, not the
 * schema's "body must be object". Registered on the root instance, before every feature.
 */
export function registerEmptyForms(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (req.body === undefined && req.method !== 'GET' && req.method !== 'HEAD') req.body = {}
  })
}
