import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { once, pathParams, sentFields } from '../../platform/http/request-schemas.ts'
import { sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { diffTexts } from '../editorial/index.ts'
import { findDocument, type DocumentDetail } from './document.repository.ts'
import { findDocumentRevision, type DocumentRevision } from './document-revisions.ts'
import { DocumentEditConflictError, type DocumentService } from './document.service.ts'
import { listFields, listIssuers, listKinds } from './lists.repository.ts'
import { snapshotOf, versionTexts, type VersionNames } from './revision-texts.ts'
import { DOCUMENTS } from './views/newsroom-list.view.ts'
import { documentRevisionView } from './views/newsroom-revision.view.ts'

// A document's revision in the newsroom (/toa-soan/van-ban/<id>/phien-ban/<rid>): its fields, a
// word diff against the document now, and "Khôi phục phiên bản này", which is a save like any
// other: it carries the version the page was opened with and is refused (409) over a newer save.

const RevisionPath = pathParams('id', 'revision')
const RestoreBody = sentFields('_csrf', 'version')

export function documentRevisionRoutes(deps: { db: Db; documents: DocumentService }) {
  const { db } = deps
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/van-ban/:id/phien-ban/:revision', { config: { right: 'document.edit' }, schema: { params: RevisionPath } }, async (req, reply) => {
      const { document, revision } = await revisionOf(req.params.id, req.params.revision)
      return sendRevision(req, reply, document, revision, [])
    })

    app.post('/van-ban/:id/phien-ban/:revision/khoi-phuc', { config: { right: 'document.edit' }, schema: { params: RevisionPath, body: RestoreBody } }, async (req, reply) => {
      const { document, revision } = await revisionOf(req.params.id, req.params.revision)
      const version = once(req.body.version) ?? ''
      // A restore without the version it was opened with cannot show it replaces nobody's save: refused as a stale one.
      const expected = new Date(/^\d{1,15}$/.test(version) ? Number(version) : -1)
      try {
        await deps.documents.restore(document.id, revision.id, { userId: signedInUser(req).id, ip: req.ip }, expected)
      } catch (error) {
        if (error instanceof DocumentEditConflictError) return sendRevision(req, reply, document, revision, [error.messageVi], 409)
        // A kind, issuer or lĩnh vực removed from the lists since: the clerk is told which, nothing is written.
        if (error instanceof ValidationError) return sendRevision(req, reply, document, revision, Object.values(error.fields), 422)
        throw error
      }
      return reply.redirect(`${DOCUMENTS}/${document.id}?da-khoi-phuc=1`, 303)
    })
  }

  async function revisionOf(id: string, revisionId: string): Promise<{ document: DocumentDetail; revision: DocumentRevision }> {
    const document = /^\d{1,9}$/.test(id) ? await findDocument(db, Number(id)) : undefined
    const revision = document && /^\d{1,9}$/.test(revisionId) ? await findDocumentRevision(db, document.id, Number(revisionId)) : undefined
    if (!document || !revision) throw new NotFoundError('Revision not found', 'Không tìm thấy phiên bản này của văn bản.')
    return { document, revision }
  }

  async function sendRevision(req: FastifyRequest, reply: FastifyReply, document: DocumentDetail, revision: DocumentRevision, errors: string[], status = 200) {
    // After a refused restore the page compares with the document as it is now, the newer save included.
    const current = status === 200 ? document : (await findDocument(db, document.id)) ?? document
    const names = await namesFor(current, revision)
    const fields = versionTexts(revision.snapshot, names)
    const now = versionTexts(snapshotOf(current), names)
    const model = {
      documentId: current.id, documentNumber: current.number, revisionId: revision.id, savedAt: revision.savedAt, savedByName: revision.savedByName,
      fields, diffs: diffTexts(now.map(([label, text], i) => [label, text, fields[i]![1]] as const)),
      csrfToken: req.signedIn!.session.csrfToken, version: current.updatedAt.getTime(), errors,
    }
    return sendNewsroomPage(req, reply, `Phiên bản của văn bản ${current.number}`, documentRevisionView(model), status)
  }

  async function namesFor(current: DocumentDetail, revision: DocumentRevision): Promise<VersionNames> {
    const otherIds = [...new Set([...(revision.snapshot.relations ?? []).map((r) => r.otherId), ...current.relations.map((r) => r.document.id)])]
    const [kinds, issuers, fields, documents] = await Promise.all([
      listKinds(db), listIssuers(db), listFields(db),
      otherIds.length ? db.selectFrom('documents').select(['id', 'number']).where('id', 'in', otherIds).execute() : [],
    ])
    const byId = (rows: readonly { id: number; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]))
    return { kinds: byId(kinds), issuers: byId(issuers), fields: byId(fields), documents: new Map(documents.map((d) => [d.id, d.number])) }
  }
}
