import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { AppError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { each, once, pathParams, sentFields, type Sent } from '../../platform/http/request-schemas.ts'
import { may, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { EDITOR_STYLESHEET, editorBundle } from '../editorial/index.ts'
import { isRelationKind, isValidity, RELATION_KINDS, type Validity } from './document.ts'
import { findDocument, findDocumentRecord, type DocumentDetail } from './document.repository.ts'
import { DocumentEditConflictError, type DocumentActor, type DocumentInput, type DocumentService } from './document.service.ts'
import { listFields, listIssuers, listKinds } from './lists.repository.ts'
import { findDocumentsByNumber, listDocumentSaves } from './newsroom-list.repository.ts'
import { DOCUMENTS } from './views/newsroom-list.view.ts'
import { documentFormView, TEXT_FIELDS, type DocumentFormModel, type DocumentFormValues, type RelationForm } from './views/newsroom-form.view.ts'
import { issuerTree } from './views/issuer-tree.ts'

// The document's form in the newsroom: create, save (a plain POST, or the autosave's, which asks
// for JSON), relations, and publication. The service validates and says what is wrong with each
// field in Vietnamese; the form comes back as typed beside its messages, nothing lost.

export interface DocumentEditDeps {
  db: Db
  clock: Clock
  documents: DocumentService
}

const Id = pathParams('id')
const DocumentBody = sentFields('_csrf', ...TEXT_FIELDS, 'fieldIds', 'version')
const RelationBody = sentFields('_csrf', 'kind', 'number', 'otherId', 'side')
const PublishBody = sentFields('_csrf', 'publishAt')

const SAVED = 'Đã lưu văn bản.'
const RESTORED = 'Đã khôi phục phiên bản; văn bản được lưu thành một phiên bản mới.'

export function documentEditRoutes(deps: DocumentEditDeps) {
  const { db } = deps
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/van-ban/moi', { config: { right: 'document.edit' } }, async (req, reply) => sendForm(req, reply, undefined, { values: emptyValues(), errors: {} }))

    app.post('/van-ban', { config: { right: 'document.edit' }, schema: { body: DocumentBody } }, async (req, reply) => {
      const values = formValues(req.body)
      try {
        const id = await deps.documents.create(toInput(values), actorOf(req))
        return reply.redirect(`${DOCUMENTS}/${id}?da-luu=1`, 303)
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        return sendForm(req, reply, undefined, { values, errors: error.fields }, 422)
      }
    })

    app.get('/van-ban/:id', { config: { right: 'document.edit' }, schema: { params: Id, querystring: sentFields('da-luu', 'da-khoi-phuc') } }, async (req, reply) => {
      const document = await documentOf(req.params.id)
      return sendForm(req, reply, document, { values: valuesOf(document), errors: {}, ...(once(req.query['da-luu']) ? { notice: SAVED } : once(req.query['da-khoi-phuc']) ? { notice: RESTORED } : {}) })
    })

    app.post('/van-ban/:id', { config: { right: 'document.edit' }, schema: { params: Id, body: DocumentBody } }, async (req, reply) => {
      const document = await documentOf(req.params.id)
      const values = formValues(req.body)
      // The autosave (the article editor's script) asks for JSON; a plain form post gets pages.
      const json = String(req.headers.accept ?? '').includes('application/json')
      // The form's version is the updatedAt it was opened with: a save over someone else's newer one is refused.
      const version = once(req.body.version) ?? ''
      const expectedUpdatedAt = /^\d{1,15}$/.test(version) ? new Date(Number(version)) : undefined
      try {
        await deps.documents.save(document.id, toInput(values), actorOf(req), expectedUpdatedAt ? { expectedUpdatedAt } : {})
      } catch (error) {
        if (error instanceof DocumentEditConflictError) {
          if (json) return reply.code(409).send({ error: { code: error.code, message: error.messageVi } })
          // The typed text comes back with the newer version: "Lưu" again replaces the other's save, knowingly.
          return sendForm(req, reply, document, { values, errors: {}, conflict: error.messageVi }, 409)
        }
        if (!(error instanceof ValidationError)) throw error
        if (json) return reply.code(422).send({ error: { code: error.code, message: Object.values(error.fields)[0] ?? error.messageVi, fields: error.fields } })
        return sendForm(req, reply, document, { values, errors: error.fields }, 422)
      }
      if (json) return reply.send({ version: (await findDocumentRecord(db, document.id))?.updatedAt.getTime(), outcome: 'saved', message: SAVED })
      return reply.redirect(`${DOCUMENTS}/${document.id}?da-luu=1`, 303)
    })

    app.post('/van-ban/:id/quan-he', { config: { right: 'document.edit' }, schema: { params: Id, body: RelationBody } }, async (req, reply) => {
      const document = await documentOf(req.params.id)
      const relation = { kind: once(req.body.kind) ?? '', number: (once(req.body.number) ?? '').normalize('NFC').trim() }
      const errors: Record<string, string> = {}
      if (!isRelationKind(relation.kind)) errors.kind = 'Xin chọn một quan hệ trong danh sách.'
      const others = relation.number ? (await findDocumentsByNumber(db, relation.number)).filter((o) => o.id !== document.id) : []
      if (!relation.number) errors.number = 'Xin nhập số, ký hiệu của văn bản kia.'
      else if (others.length === 0) errors.number = `Không tìm thấy văn bản số “${relation.number}” trong cơ sở dữ liệu.`
      else if (others.length > 1) errors.number = `Có ${others.length} văn bản cùng số “${relation.number}”; xin ghi rõ hơn.`
      if (Object.keys(errors).length === 0 && isRelationKind(relation.kind)) {
        try {
          await deps.documents.addRelation(document.id, { kind: relation.kind, otherId: others[0]!.id }, actorOf(req))
          return reply.redirect(`${DOCUMENTS}/${document.id}#quan-he`, 303)
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error
          Object.assign(errors, { number: Object.values(error.fields)[0] ?? error.messageVi })
        }
      }
      return sendForm(req, reply, document, { values: valuesOf(document), errors: {}, relation: { values: relation, errors } }, 422)
    })

    app.post('/van-ban/:id/quan-he/xoa', { config: { right: 'document.edit' }, schema: { params: Id, body: RelationBody } }, async (req, reply) => {
      const document = await documentOf(req.params.id)
      const kind = once(req.body.kind) ?? ''
      const otherId = once(req.body.otherId) ?? ''
      const side = once(req.body.side) === 'other' ? 'other' : 'acting'
      if (!isRelationKind(kind) || !/^\d{1,9}$/.test(otherId)) throw new NotFoundError('Relation not found', 'Không tìm thấy quan hệ này.')
      await deps.documents.removeRelation(document.id, { kind, otherId: Number(otherId), side }, actorOf(req))
      return reply.redirect(`${DOCUMENTS}/${document.id}#quan-he`, 303)
    })

    app.post('/van-ban/:id/dang', { config: { right: 'document.publish' }, schema: { params: Id, body: PublishBody } }, async (req, reply) => {
      const document = await documentOf(req.params.id)
      return publication(req, reply, document, () => deps.documents.publish(document.id, actorOf(req)))
    })

    app.post('/van-ban/:id/hen-gio', { config: { right: 'document.publish' }, schema: { params: Id, body: PublishBody } }, async (req, reply) => {
      const document = await documentOf(req.params.id)
      const typed = (once(req.body.publishAt) ?? '').trim()
      const at = parseNewsroomTime(typed)
      const error = !typed ? 'Xin chọn ngày giờ đăng.' : !at ? 'Ngày giờ đăng không hợp lệ.' : at.getTime() <= deps.clock.now().getTime() ? 'Giờ hẹn đăng phải sau bây giờ; muốn đăng ngay, xin bấm “Đăng ngay”.' : undefined
      if (error || !at) return sendForm(req, reply, document, { values: valuesOf(document), errors: {}, publication: { errors: { publishAt: error ?? '' }, publishAt: typed } }, 422)
      return publication(req, reply, document, () => deps.documents.schedule(document.id, at, actorOf(req)), typed)
    })

    app.post('/van-ban/:id/go', { config: { right: 'document.publish' }, schema: { params: Id, body: PublishBody } }, async (req, reply) => {
      const document = await documentOf(req.params.id)
      return publication(req, reply, document, () => deps.documents.withdraw(document.id, actorOf(req)))
    })
  }

  /** A step of publication; one the document's state does not allow (409) comes back on the form, in words. */
  async function publication(req: FastifyRequest, reply: FastifyReply, document: DocumentDetail, step: () => Promise<void>, publishAt = '') {
    try {
      await step()
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500 || error.status === 404 || error.status === 403) throw error
      const errors = error instanceof ValidationError ? error.fields : { publication: error.messageVi }
      const fresh = (await findDocument(db, document.id)) ?? document
      return sendForm(req, reply, fresh, { values: valuesOf(fresh), errors: {}, publication: { errors: { publication: Object.values(errors)[0] ?? error.messageVi, ...errors }, publishAt } }, error.status)
    }
    return reply.redirect(`${DOCUMENTS}/${document.id}#dang-tai`, 303)
  }

  async function documentOf(id: string): Promise<DocumentDetail> {
    const document = /^\d{1,9}$/.test(id) ? await findDocument(db, Number(id)) : undefined
    if (!document) throw new NotFoundError('Document not found', 'Không tìm thấy văn bản này.')
    return document
  }

  async function sendForm(req: FastifyRequest, reply: FastifyReply, document: DocumentDetail | undefined,
    form: { values: DocumentFormValues; errors: Record<string, string>; notice?: string; conflict?: string; relation?: RelationForm; publication?: DocumentFormModel['publication'] }, status = 200) {
    const user = signedInUser(req)
    const [kinds, issuers, fields, bundle, saves] = await Promise.all([listKinds(db), listIssuers(db), listFields(db), editorBundle(), document ? listDocumentSaves(db, document.id) : []])
    const model: DocumentFormModel = {
      document, values: form.values, errors: form.errors, kinds, issuers: issuerTree(issuers), fields,
      csrfToken: req.signedIn!.session.csrfToken, canPublish: may(user, 'document.publish'),
      relation: form.relation ?? { values: { kind: RELATION_KINDS[0], number: '' }, errors: {} },
      publication: form.publication ?? { errors: {}, publishAt: '' }, saves,
      ...(form.notice ? { notice: form.notice } : {}), ...(form.conflict ? { conflict: form.conflict } : {}),
    }
    return sendNewsroomPage(req, reply, document ? `Văn bản ${document.number}` : 'Thêm văn bản', documentFormView(model), status,
      [bundle.page.url, bundle.richText.url], [EDITOR_STYLESHEET.url])
  }
}

const actorOf = (req: FastifyRequest): DocumentActor => ({ userId: signedInUser(req).id, ip: req.ip })

function emptyValues(): DocumentFormValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((k) => [k, ''])) as Record<(typeof TEXT_FIELDS)[number], string>
  return { ...values, fieldIds: [] }
}

/** What was typed, NFC and trimmed (the rich text as it came), to save or to show again. */
function formValues(body: Partial<Record<string, Sent>>): DocumentFormValues {
  const values = emptyValues()
  for (const key of TEXT_FIELDS) {
    const raw = once(body[key]) ?? ''
    values[key] = key === 'bodyHtml' ? raw.normalize('NFC') : raw.normalize('NFC').trim()
  }
  values.fieldIds = each(body.fieldIds).filter((id) => /^\d{1,9}$/.test(id))
  return values
}

function valuesOf(d: DocumentDetail): DocumentFormValues {
  return {
    kindId: String(d.kindId), issuerId: String(d.issuerId), number: d.number, title: d.title, summary: d.summary, signer: d.signer,
    issuedOn: d.issuedOn, effectiveFrom: d.effectiveFrom ?? '', effectiveUntil: d.effectiveUntil ?? '', validityOverride: d.validityOverride ?? '',
    validityReason: d.validityReason, bodyHtml: d.bodyHtml, fieldIds: d.fields.map((f) => String(f.id)),
  }
}

const idOrNull = (text: string): number | null => (/^\d{1,9}$/.test(text) ? Number(text) : null)

function toInput(v: DocumentFormValues): DocumentInput {
  // A value no choice of the form can send is refused here, beside its field, as the service would.
  if (v.validityOverride && !isValidity(v.validityOverride)) throw new ValidationError({ validityOverride: 'Xin chọn hiệu lực trong danh sách.' })
  return {
    kindId: idOrNull(v.kindId), issuerId: idOrNull(v.issuerId), number: v.number, summary: v.summary, issuedOn: v.issuedOn, title: v.title,
    signer: v.signer, bodyHtml: v.bodyHtml, effectiveFrom: v.effectiveFrom, effectiveUntil: v.effectiveUntil,
    validityOverride: v.validityOverride as Validity | '', validityReason: v.validityReason, fieldIds: v.fieldIds.map(Number),
  }
}

/** "2026-12-08T09:30" typed in the newsroom (Asia/Ho_Chi_Minh, UTC+7 all year) → the instant. */
function parseNewsroomTime(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text)
  if (!m) return undefined
  const at = new Date(`${text}:00+07:00`)
  // A day the calendar does not have (31/02) does not come back as typed.
  return !Number.isNaN(at.getTime()) && new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16) === text ? at : undefined
}
