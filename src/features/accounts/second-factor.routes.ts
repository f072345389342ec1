import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { BadRequestError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { trustedHtml } from '../../platform/views/html.ts'
import { signedInUser } from './newsroom-rights.ts'
import { once } from '../../platform/http/request-schemas.ts'
import { CodeForm, SecondFactorRequiredForm, UserIdParams } from './account.schemas.ts'
import { sendNewsroomPage } from './newsroom-page.ts'
import { enrolmentUri, qrCodeSvg, spacedSecret } from './second-factor.ts'
import { countRecoveryCodesLeft } from './second-factor.repository.ts'
import { confirmSecondFactor, enrolmentOf, mustEnrolFirst, requireSecondFactor, resetSecondFactor } from './second-factor.service.ts'
import { findUserById } from './user.repository.ts'
import type { NewsroomUser } from './user.ts'
import { enrolledView, enrolmentView, recoveryCodesView, secondFactorResetView } from './views/second-factor.view.ts'

/** Where a user who must enrol may still go (anything else sends them here first). */
export const ENROLMENT_PAGE = '/toa-soan/xac-thuc-hai-buoc'
export const ENROLMENT_PATHS = [ENROLMENT_PAGE, '/toa-soan/dang-xuat']

/** Everyone's own authenticator; the administrator's setting and reset. */
export function secondFactorRoutes({ db, clock }: { db: Db; clock: Clock }) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const enrolmentPage = async (req: FastifyRequest, user: NewsroomUser, error?: string) => {
      const factor = await enrolmentOf(db, user.id, clock.now())
      if (factor.confirmedAt) return enrolledView({ confirmedAt: factor.confirmedAt, recoveryCodesLeft: await countRecoveryCodesLeft(db, user.id) })
      return enrolmentView({
        qrCode: trustedHtml(await qrCodeSvg(enrolmentUri(factor.secret, user.email))), secret: spacedSecret(factor.secret),
        csrfToken: req.signedIn!.session.csrfToken, required: await mustEnrolFirst(db, user), ...(error ? { error } : {}),
      })
    }

    app.get('/xac-thuc-hai-buoc', { config: { right: 'newsroom.enter' } }, async (req, reply) => {
      const user = signedInUser(req)
      return sendNewsroomPage(req, reply, 'Xác thực hai bước', await enrolmentPage(req, user))
    })

    app.post('/xac-thuc-hai-buoc', { schema: { body: CodeForm }, config: { right: 'newsroom.enter' } }, async (req, reply) => {
      const user = signedInUser(req)
      const code = String(req.body.code ?? '').slice(0, 40)
      try {
        const codes = await confirmSecondFactor(db, { user, ip: req.ip }, code, clock.now())
        return sendNewsroomPage(req, reply, 'Mã khôi phục', recoveryCodesView(codes))
      } catch (error) {
        if (error instanceof ValidationError) return sendNewsroomPage(req, reply, 'Xác thực hai bước', await enrolmentPage(req, user, error.fields.code), 422)
        throw error
      }
    })

    app.post('/xac-thuc-hai-buoc/bat-buoc', { schema: { body: SecondFactorRequiredForm }, config: { right: 'user.manage' } }, async (req, reply) => {
      const admin = signedInUser(req)
      const required = once(req.body.required) === '1'
      await requireSecondFactor(db, { user: admin, ip: req.ip }, required, clock.now())
      // Turning it on may concern the administrator first: the gate sends them to enrol.
      return reply.redirect('/toa-soan/nguoi-dung?da-luu', 303)
    })

    app.post('/nguoi-dung/:id/xac-thuc-hai-buoc', { schema: { params: UserIdParams }, config: { right: 'user.manage' } }, async (req, reply) => {
      const admin = signedInUser(req)
      const raw = req.params.id
      const user = /^\d{1,9}$/.test(raw) ? await findUserById(db, Number(raw)) : undefined
      if (!user) throw new NotFoundError('User not found', 'Không tìm thấy người dùng.')
      if (user.id === admin.id) {
        throw new BadRequestError('administrators cannot reset their own second factor', 'Bạn không thể tự đặt lại xác thực hai bước của chính mình; hãy nhờ một quản trị viên khác.')
      }
      await resetSecondFactor(db, { user: admin, ip: req.ip }, user, clock.now())
      return sendNewsroomPage(req, reply, 'Đã đặt lại xác thực hai bước', secondFactorResetView(user))
    })
  }
}
