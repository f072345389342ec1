import { Type, type TOptional, type TString } from '@sinclair/typebox'
import type { FastifyRequest } from 'fastify'
import { NotFoundError } from '../../platform/http/errors.ts'
import { typedValues, type FormErrors, type FormValues } from './form-check.ts'

// The schemas at the edge of an administration screen. Routes that use them set
// attachValidation, so that a request of the wrong shape reaches the handler (after the
// rights and CSRF checks, as any other) and is answered in the screen's own words: the form
// again with a message beside the field, or the 404 of an item that does not exist; never
// Fastify's bare 400.

/** A form's body: each field one piece of text. Other fields (_csrf) pass through unchecked. */
export function formBodySchema(fields: readonly string[]) {
  const properties: Record<string, TOptional<TString>> = {}
  for (const field of fields) properties[field] = Type.Optional(Type.String())
  return Type.Object(properties)
}

/** An item's address: /…/:id, a positive number that fits the database's integers. */
export const ItemParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }) })

/** Query parameters that may fill a new form in advance (?cha=3); any others are ignored. */
export function presetQuerySchema(keys: readonly string[]) {
  return formBodySchema(keys)
}

export const WRONG_SHAPE = 'Giá trị gửi lên không đúng dạng của ô này, xin nhập lại.'

/** Which part of the request failed its schema, and the fields it named. */
function failedFields(req: Pick<FastifyRequest, 'validationError'>, part: 'body' | 'querystring' | 'params'): string[] | undefined {
  const failure = req.validationError
  if (!failure || failure.validationContext !== part) return undefined
  const errors: { instancePath?: string }[] = Array.isArray(failure.validation) ? failure.validation : []
  return errors.map((e) => (e.instancePath ?? '').split('/')[1] ?? '')
}

/**
 * What was typed into the form, and the fields whose value was not text at all (sent twice,
 * or as an object by a script). A body that is not a form is read as an empty one, and the
 * first field says why; nothing of a misshapen form is ever saved, since it comes with errors.
 */
export function readForm(req: FastifyRequest, fields: readonly string[]): { values: FormValues; errors: FormErrors } {
  const failed = failedFields(req, 'body')
  if (!failed) return { values: typedValues(req.body, fields), errors: {} }
  const whole = failed.some((field) => !fields.includes(field))
  const values = typedValues(whole ? {} : req.body, fields)
  const errors: FormErrors = {}
  for (const field of whole ? fields.slice(0, 1) : failed) errors[field] = WRONG_SHAPE
  return { values, errors }
}

/** The item's id from its address; an address that cannot name one is a page that does not exist. */
export function itemId(req: Pick<FastifyRequest, 'validationError'> & { params: { id: string } }): number {
  if (failedFields(req, 'params')) throw new NotFoundError()
  return Number(req.params.id)
}

/** The preset query values, or none when the query is of the wrong shape (?cha=1&cha=2). */
export function readPresets(req: FastifyRequest, keys: readonly string[]): FormValues {
  return typedValues(failedFields(req, 'querystring') ? {} : req.query, keys)
}
