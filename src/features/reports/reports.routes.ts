import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import { once, Sent } from '../../platform/http/request-schemas.ts'
import { may, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { actorWith, commitChange, emptyForm, formBodySchema, readForm, type FormState } from '../admin-kit/index.ts'
import { defaultRange, monthRange, parseRange, type DateRange } from './date-range.ts'
import { ALIAS_FIELDS, parseAlias, parseSettings, POINT_FIELDS, settingsValues } from './report-forms.ts'
import { reportXlsx, tableCsv } from './report-files.ts'
import { buildReport, TABLE_IDS, type TableId } from './report.ts'
import { deleteAlias, latestPublishedAt, listAliases, readSettings, saveAlias, writeSettings } from './reports.repository.ts'
import { REPORTS_PATH } from './paths.ts'
import { reportsPageView } from './views/reports-page.view.ts'

const AnyQuery = Type.Record(Type.String(), Sent)
const TableParams = Type.Object({ table: Type.String() })
const VIEW = { right: 'reports.view' } as const
const EDIT = { right: 'reports.edit' } as const
const SAVED: Record<string, string> = { diem: 'Đã lưu bảng điểm nhuận bút.', 'gop-ten': 'Đã gộp tên tác giả.', 'bo-gop': 'Đã bỏ gộp tên.' }

interface Forms { points?: FormState; alias?: FormState; saved?: string }

/** /toa-soan/bao-cao: the period's tables (reports.view), their files, and the administrator's points and merge tables (reports.edit). */
export function reportsRoutes(deps: { db: Db; clock: Clock }) {
  const { db } = deps

  /** The period asked for (this month when none), or the page again with why it was refused (422). */
  function rangeOf(query: Record<string, Sent>): { range: DateRange; form: FormState } | { errors: FormState } {
    const from = once(query.tu)
    const to = once(query.den)
    if (from === undefined && to === undefined) {
      const range = defaultRange(deps.clock.now())
      return { range, form: emptyForm({ tu: range.from, den: range.to }) }
    }
    const parsed = parseRange(from ?? '', to ?? '')
    const values = { tu: from ?? '', den: to ?? '' }
    if (!parsed.ok) return { errors: { values, errors: { ...(parsed.errors.from ? { tu: parsed.errors.from } : {}), ...(parsed.errors.to ? { den: parsed.errors.to } : {}) } } }
    return { range: parsed.range, form: emptyForm({ tu: parsed.range.from, den: parsed.range.to }) }
  }

  async function render(req: FastifyRequest, reply: FastifyReply, rangeForm: FormState, range: DateRange | undefined, forms: Forms = {}, status = 200) {
    const canEdit = may(signedInUser(req), 'reports.edit')
    const [report, aliases, settings] = await Promise.all([range ? buildReport(db, range) : undefined, listAliases(db), readSettings(db)])
    const latest = report?.articleCount === 0 ? await latestPublishedAt(db) : undefined
    const main = reportsPageView({
      rangeForm, report, aliases, ...(latest ? { latestMonth: monthRange(latest) } : {}), csrfToken: req.signedIn!.session.csrfToken, canEdit,
      points: forms.points ?? emptyForm(settingsValues(settings)), alias: forms.alias ?? emptyForm(), ...(forms.saved ? { saved: forms.saved } : {}),
    })
    return sendNewsroomPage(req, reply, 'Báo cáo', main, status)
  }

  /** The page of this month, for the forms refused below. */
  const thisMonth = (): [FormState, DateRange] => { const r = defaultRange(deps.clock.now()); return [emptyForm({ tu: r.from, den: r.to }), r] }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/bao-cao', { config: VIEW, schema: { querystring: AnyQuery } }, async (req, reply) => {
      const asked = rangeOf(req.query)
      if ('errors' in asked) return render(req, reply, asked.errors, undefined, {}, 422)
      return render(req, reply, asked.form, asked.range, { ...(SAVED[once(req.query['da-luu']) ?? ''] ? { saved: SAVED[once(req.query['da-luu'])!]! } : {}) })
    })

    app.get('/bao-cao/bao-cao.xlsx', { config: VIEW, schema: { querystring: AnyQuery } }, async (req, reply) => {
      const asked = rangeOf(req.query)
      if ('errors' in asked) return render(req, reply, asked.errors, undefined, {}, 422)
      const report = await buildReport(db, asked.range)
      return download(reply, await reportXlsx(report), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `bao-cao-${asked.range.from}-${asked.range.to}.xlsx`)
    })

    app.get('/bao-cao/:table', { config: VIEW, schema: { params: TableParams, querystring: AnyQuery } }, async (req, reply) => {
      const id = req.params.table.replace(/\.csv$/, '') as TableId
      if (!req.params.table.endsWith('.csv') || !TABLE_IDS.includes(id)) throw new NotFoundError('Report not found', 'Không có bảng báo cáo này.')
      const asked = rangeOf(req.query)
      if ('errors' in asked) return render(req, reply, asked.errors, undefined, {}, 422)
      const table = (await buildReport(db, asked.range)).tables.find((t) => t.id === id)!
      return download(reply, tableCsv(table), 'text/csv; charset=utf-8', `${id}-${asked.range.from}-${asked.range.to}.csv`)
    })

    app.post('/bao-cao/diem', { config: EDIT, schema: { body: formBodySchema(POINT_FIELDS) }, attachValidation: true }, async (req, reply) => {
      const { values, errors } = readForm(req, POINT_FIELDS)
      const parsed = Object.keys(errors).length ? { ok: false as const, errors } : parseSettings(values)
      if (!parsed.ok) return render(req, reply, ...thisMonth(), { points: { values, errors: parsed.errors } }, 422)
      await commitChange(deps, actorWith('reports.edit', req), async (trx, now) => {
        await writeSettings(trx, parsed.settings, now)
        return { result: undefined, audit: { action: 'reports.points', itemType: 'reports', itemId: 'points', details: { ...parsed.settings } } }
      })
      return reply.redirect(`${REPORTS_PATH}?da-luu=diem#bang-diem`, 303)
    })

    app.post('/bao-cao/gop-ten', { config: EDIT, schema: { body: formBodySchema(ALIAS_FIELDS) }, attachValidation: true }, async (req, reply) => {
      const { values, errors } = readForm(req, ALIAS_FIELDS)
      const parsed = Object.keys(errors).length ? { ok: false as const, errors } : parseAlias(values)
      if (!parsed.ok) return render(req, reply, ...thisMonth(), { alias: { values, errors: parsed.errors } }, 422)
      await commitChange(deps, actorWith('reports.edit', req), async (trx, now) => {
        const key = await saveAlias(trx, parsed.aliasName, parsed.authorName, now)
        return { result: key, audit: { action: 'reports.alias', itemType: 'report-alias', itemId: key, details: { aliasName: parsed.aliasName, authorName: parsed.authorName } } }
      })
      return reply.redirect(`${REPORTS_PATH}?da-luu=gop-ten#bang-gop-ten`, 303)
    })

    app.post('/bao-cao/gop-ten/xoa', { config: EDIT, schema: { body: formBodySchema(['aliasKey']) }, attachValidation: true }, async (req, reply) => {
      const { values } = readForm(req, ['aliasKey'])
      const key = values.aliasKey ?? ''
      await commitChange(deps, actorWith('reports.edit', req), async (trx) => {
        // Nothing removed: the transaction is rolled back, no audit entry is left.
        if (!(await deleteAlias(trx, key))) throw new NotFoundError('Alias not found', 'Không có tên gộp này.')
        return { result: undefined, audit: { action: 'reports.alias-delete', itemType: 'report-alias', itemId: key } }
      })
      return reply.redirect(`${REPORTS_PATH}?da-luu=bo-gop#bang-gop-ten`, 303)
    })
  }
}

function download(reply: FastifyReply, bytes: Buffer, type: string, fileName: string): FastifyReply {
  return reply.header('content-type', type).header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '-')}"`).send(bytes)
}
