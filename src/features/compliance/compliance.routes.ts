import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { DutyChecks } from '../../platform/compliance/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { may, sendNewsroomPage, signedInUser, type NewsroomAddresses } from '../accounts/index.ts'
import { actorWith, commitChange, emptyForm, formBodySchema, readForm, type FormState } from '../admin-kit/index.ts'
import { ACCESSIBILITY_FIELDS, parseAccessibilityCheck, parseThresholds } from './compliance-forms.ts'
import { complianceReport } from './compliance-report.ts'
import { insertAccessibilityCheck, readThresholds, writeThreshold } from './compliance.repository.ts'
import { DUTIES } from './duties.ts'
import { COMPLIANCE_PATH } from './paths.ts'
import { compliancePageView } from './views/compliance-page.view.ts'

const MEASURED = DUTIES.filter((d) => d.threshold)
const THRESHOLD_FIELDS = MEASURED.map((d) => d.id)
const SavedQuery = Type.Object({ 'da-luu': Type.Optional(Type.String()) })
const SAVED: Record<string, string> = { nguong: 'Đã lưu ngưỡng đánh giá.', 'tiep-can': 'Đã ghi lại lần kiểm tra khả năng tiếp cận.' }

export interface ComplianceDeps {
  db: Db
  clock: Clock
  duties: DutyChecks
  log: FastifyInstance['log']
  /** A link this user would get a 403 at is shown as whose work it is instead. */
  addresses: NewsroomAddresses
}

/** /toa-soan/quan-tri/tuan-thu: every duty checked now; the administrator's threshold and accessibility records below. */
export function complianceRoutes(deps: ComplianceDeps) {
  async function render(req: FastifyRequest, reply: FastifyReply, forms: { threshold?: FormState; accessibility?: FormState; saved?: string }, status = 200) {
    const thresholds = await readThresholds(deps.db)
    const lines = await complianceReport(deps.duties, thresholds, deps.clock.now(), deps.log)
    const current = Object.fromEntries(lines.filter((l) => l.threshold !== undefined).map((l) => [l.duty.id, String(l.threshold)]))
    const main = compliancePageView({
      lines, csrfToken: req.signedIn!.session.csrfToken, canAdminister: may(signedInUser(req), 'site.administer'),
      whoseWork: (href) => (deps.addresses.mayOpen(signedInUser(req), href) ? undefined : deps.addresses.holders(href)),
      threshold: forms.threshold ?? emptyForm(current), accessibility: forms.accessibility ?? emptyForm(), ...(forms.saved ? { saved: forms.saved } : {}),
    })
    return sendNewsroomPage(req, reply, 'Trang tuân thủ', main, status)
  }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const administer = { config: { right: 'site.administer' as const } }

    app.get('/quan-tri/tuan-thu', { config: { right: 'compliance.view' }, schema: { querystring: SavedQuery }, attachValidation: true }, async (req, reply) => {
      const saved = req.validationError ? undefined : SAVED[req.query['da-luu'] ?? '']
      return render(req, reply, saved ? { saved } : {})
    })

    app.post('/quan-tri/tuan-thu/nguong', { ...administer, schema: { body: formBodySchema(THRESHOLD_FIELDS) }, attachValidation: true }, async (req, reply) => {
      const { values, errors } = readForm(req, THRESHOLD_FIELDS)
      const parsed = Object.keys(errors).length ? { ok: false as const, errors } : parseThresholds(values, MEASURED)
      // Refused: the page again with what was typed and why, nothing saved.
      if (!parsed.ok) return render(req, reply, { threshold: { values, errors: parsed.errors } }, 422)
      await commitChange(deps, actorWith('site.administer', req, reply), async (trx, now) => {
        for (const [duty, percent] of parsed.percents) await writeThreshold(trx, duty, percent, now)
        return { result: undefined, audit: { action: 'compliance.threshold', itemType: 'compliance', itemId: 'thresholds', details: Object.fromEntries(parsed.percents) } }
      })
      return reply.redirect(`${COMPLIANCE_PATH}?da-luu=nguong#nguong`, 303)
    })

    app.post('/quan-tri/tuan-thu/kiem-tra-tiep-can', { ...administer, schema: { body: formBodySchema(ACCESSIBILITY_FIELDS) }, attachValidation: true }, async (req, reply) => {
      const { values, errors } = readForm(req, ACCESSIBILITY_FIELDS)
      const parsed = Object.keys(errors).length ? { ok: false as const, errors } : parseAccessibilityCheck(values, deps.clock.now())
      if (!parsed.ok) return render(req, reply, { accessibility: { values, errors: parsed.errors } }, 422)
      const actor = actorWith('site.administer', req, reply)
      await commitChange(deps, actor, async (trx, now) => {
        const id = await insertAccessibilityCheck(trx, parsed.check, actor.userId, now)
        return { result: id, audit: { action: 'compliance.accessibility-check', itemType: 'compliance', itemId: String(id), details: { ...parsed.check } } }
      })
      return reply.redirect(`${COMPLIANCE_PATH}?da-luu=tiep-can#kiem-tra-tiep-can`, 303)
    })
  }
}

