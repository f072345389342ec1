import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifySchemaValidationError } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { sanitizeArticleBody } from '../articles/index.ts'
import { ApiError } from '../../platform/http/api-error.ts'
import { BadRequestError, NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { WholeNumber } from '../../platform/http/request-schemas.ts'
import { decodeCursor, documentFileUrl, documentUrl, encodeCursor } from './document-paths.ts'
import { VALIDITIES, type Validity } from './document.ts'
import { DOCUMENT_LIST_TAG, documentTag } from './document-tags.ts'
import { findPublishedDocumentById, readListedDocuments, type DocumentDetail, type ListedDocument } from './public.repository.ts'
import type { RegisterIndex } from './register-index.ts'

// The register as structured data (Circular 22/2023 asks portals to share it as web services):
// /api/v1/documents with the readers' filters, and one document by id. Described in the
// OpenAPI document from these schemas.

const Named = Type.Object({ id: Type.Integer(), name: Type.String() })
const ValidityJson = Type.Union([Type.Union(VALIDITIES.map((v) => Type.Literal(v))), Type.Null()], { description: 'Null for kinds without validity (official letters, notices, reports)' })

const DocumentSummaryJson = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  number: Type.String({ description: 'Number and symbol as issued, e.g. "15/2021/QĐ-UBND"' }),
  kind: Named,
  issuer: Named,
  issuedOn: Type.String({ format: 'date' }),
  title: Type.String(),
  summary: Type.String(),
  validity: ValidityJson,
  url: Type.String({ description: 'The document\'s page on the portal' }),
})

const DocumentJson = Type.Composite([DocumentSummaryJson, Type.Object({
  signer: Type.String(),
  effectiveFrom: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  effectiveUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  validityReason: Type.String({ description: 'Why the clerk set the validity shown, when they did' }),
  fields: Type.Array(Named),
  bodyHtml: Type.String({ description: 'Sanitised HTML; empty when only files carry the text' }),
  files: Type.Array(Type.Object({ id: Type.Integer(), fileName: Type.String(), mediaType: Type.String(), bytes: Type.Integer(), url: Type.String() })),
  relations: Type.Array(Type.Object({
    kind: Type.String({ description: "'replaces' | 'amends' | 'guides' | 'related'" }),
    direction: Type.Union([Type.Literal('acting'), Type.Literal('other')], { description: "'acting': this document replaces/amends/guides the other; 'other': the other acts on this one" }),
    document: Type.Object({ id: Type.Integer(), number: Type.String(), url: Type.String() }),
  })),
  publishedAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})])

const DocumentsQuery = Type.Object({
  kind: Type.Optional(WholeNumber({ minimum: 1, maximum: 2147483647, description: 'A kind\'s id' })),
  issuer: Type.Optional(WholeNumber({ minimum: 1, maximum: 2147483647, description: 'An issuing body\'s id' })),
  field: Type.Optional(WholeNumber({ minimum: 1, maximum: 2147483647, description: 'A field\'s id' })),
  year: Type.Optional(WholeNumber({ minimum: 1000, maximum: 9999, description: 'The year issued' })),
  validity: Type.Optional(Type.Union(VALIDITIES.map((v) => Type.Literal(v)))),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Number in any order, kind, words of the summary or of the files, with or without diacritics' })),
  cursor: Type.Optional(Type.String({ pattern: '^\\d{1,2}\\.\\d{4}-\\d{2}-\\d{2}\\.[1-9]\\d{0,9}$', description: 'nextCursor of the previous page' })),
  limit: Type.Optional(WholeNumber({ minimum: 1, maximum: 50, default: 20 })),
}, { additionalProperties: false })

const DocumentPage = Type.Object({
  data: Type.Array(DocumentSummaryJson),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null at the end' }),
})
const DocumentResponse = Type.Object({ data: DocumentJson })
const DocumentParams = Type.Object({ id: WholeNumber({ minimum: 1, maximum: 2147483647 }) })
const NoQuery = Type.Object({}, { additionalProperties: false })

const JSON_TYPE = 'application/json; charset=utf-8'
const errors = { 400: ApiError, 404: ApiError }

export function documentApiRoutes(deps: { db: Db; register: RegisterIndex; responder: PublicResponder }) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/documents', {
      schema: { summary: 'Published documents (văn bản), newest issued first, filtered as on /van-ban', tags: ['documents'], querystring: DocumentsQuery, response: { 200: DocumentPage, ...errors } },
      attachValidation: true,
    }, async (req, reply) => {
      if (req.validationError) throw new BadRequestError(badParameterMessage(req.validationError.validation, new URLSearchParams(req.url.split('?')[1] ?? '')), undefined, 'invalid_parameter')
      const { kind, issuer, field, year, validity, q, cursor, limit } = req.query
      const after = cursor === undefined ? undefined : decodeCursor(cursor)
      if (cursor !== undefined && !after) throw new BadRequestError('cursor is not one this API gave')
      const found = await deps.register.find({ kindId: kind, issuerId: issuer, fieldId: field, year, validity: validity as Validity | undefined, q: q?.trim() || undefined }, after, limit ?? 20)
      const documents = await readListedDocuments(deps.db, found.ids)
      const body = { data: documents.map(summaryJson), nextCursor: found.next ? encodeCursor(found.next) : null }
      return deps.responder.send(req, reply, { contentType: JSON_TYPE, body: JSON.stringify(body), tags: [DOCUMENT_LIST_TAG, 'layout'] })
    })

    app.get('/documents/:id', {
      schema: { summary: 'One published document, with its fields, files and relations both ways', tags: ['documents'], params: DocumentParams, querystring: NoQuery, response: { 200: DocumentResponse, ...errors } },
    }, async (req, reply) => {
      const document = await findPublishedDocumentById(deps.db, req.params.id)
      if (!document) throw new NotFoundError('Document not found')
      const body = { data: documentJson(document) }
      return deps.responder.send(req, reply, { contentType: JSON_TYPE, body: JSON.stringify(body), tags: [documentTag(document.id), DOCUMENT_LIST_TAG, 'layout'] })
    })
  }
}

/** The first parameter the schema refused, by name, with what was sent and what it takes ("year" "99999": at most 9999). */
export function badParameterMessage(validation: readonly FastifySchemaValidationError[], sent: URLSearchParams): string {
  const first = validation[0]
  if (!first) return 'The query string is not valid'
  const unknown = first.keyword === 'additionalProperties' ? String(first.params.additionalProperty ?? '') : ''
  if (unknown) return `Unknown parameter "${unknown}"; this list takes ${Object.keys(DocumentsQuery.properties).join(', ')}`
  const name = first.instancePath.replace(/^\//, '').split('/')[0] ?? ''
  const values = sent.getAll(name)
  const what = values.length > 1 ? `is given ${values.length} times; give it once` : `"${values[0] ?? ''}" is not valid: ${name === 'validity' ? `it must be one of ${VALIDITIES.join(', ')}` : `it ${first.message ?? 'is refused'}`}`
  return `Parameter "${name}" ${what}`
}

function summaryJson(d: ListedDocument) {
  return { id: d.id, slug: d.slug, number: d.number, kind: d.kind, issuer: d.issuer, issuedOn: d.issuedOn, title: d.title, summary: d.summary, validity: d.validity, url: documentUrl(d.slug) }
}

function documentJson(d: DocumentDetail) {
  return {
    ...summaryJson(d),
    signer: d.signer, effectiveFrom: d.effectiveFrom, effectiveUntil: d.effectiveUntil, validityReason: d.validityReason,
    fields: d.fields, bodyHtml: d.bodyHtml.trim() ? sanitizeArticleBody(d.bodyHtml) : '',
    files: d.files.map((f) => ({ ...f, url: documentFileUrl(f) })),
    relations: d.relations.map((r) => ({ kind: r.kind, direction: r.side, document: { id: r.document.id, number: r.document.number, url: documentUrl(r.document.slug) } })),
    publishedAt: d.publishedAt.toISOString(), updatedAt: d.updatedAt.toISOString(),
  }
}
