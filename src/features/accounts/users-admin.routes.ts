import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError, BadRequestError, ValidationError } from '../../platform/http/errors.ts'
import { html } from '../../platform/views/html.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { AccountMail } from './account-mail.ts'
import { signedInUser } from './newsroom-rights.ts'
import { setSessionCookie } from './newsroom-session.ts'
import { OwnChangeGrantForm, PasswordChangedQuery, PasswordChangeForm, SavedQuery, UserForm, UserIdParams, VisitorHeaders } from './account.schemas.ts'
import { sendNewsroomPage } from './newsroom-page.ts'
import { hasOwnChangeGrant, setOwnChangeGrant } from './own-change-grant.ts'
import { changeOwnPassword, changeUser, inviteUser, resendInvitation, resetPassword } from './user-admin.service.ts'
import { parseInviteForm, parsePasswordChangeForm, parseUserEditForm, readUserForm, type UserFormValues } from './user-form.ts'
import { findSecondFactor, isSecondFactorRequired } from './second-factor.repository.ts'
import { findUserById, isEmailTaken, listUsers } from './user.repository.ts'
import { EMAIL, normaliseEmail, type NewsroomUser } from './user.ts'
import { changePasswordView, linkMailedView, passwordShownOnceView } from './views/password.view.ts'
import { userFormView } from './views/user-form.view.ts'
import { secondFactorSettingView } from './views/second-factor.view.ts'
import { usersListView } from './views/users-list.view.ts'

export interface NewsroomUserDeps {
  db: Db
  clock: Clock
  categories: CategoryDirectory
  /** Invitations and resets by letter when mail is on; without it, passwords shown once. */
  mail?: AccountMail
}

const EMPTY_FORM: UserFormValues = { email: '', name: '', role: '', categoryIds: [], isActive: true }

/** The newsroom's user administration (administrators only), and everyone's own password. */
export function newsroomUserRoutes(deps: NewsroomUserDeps) {
  const { db, clock } = deps
  const mail = deps.mail ?? new AccountMail(undefined, 'http://localhost/')
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/nguoi-dung', { schema: { querystring: SavedQuery }, config: { right: 'user.manage' } }, async (req, reply) => {
      const [users, tree, secondFactorRequired] = await Promise.all([listUsers(db), deps.categories.tree(), isSecondFactorRequired(db)])
      const saved = req.query['da-luu'] !== undefined
      const setting = secondFactorSettingView(secondFactorRequired, req.signedIn!.session.csrfToken, saved)
      return sendNewsroomPage(req, reply, 'Người dùng', html`${usersListView(users, (id) => tree.find(id)?.name ?? `#${id}`)}${setting}`)
    })

    app.get('/nguoi-dung/moi', { config: { right: 'user.manage' } }, async (req, reply) => {
      const admin = signedInUser(req)
      return sendUserForm(req, reply, admin, undefined, EMPTY_FORM, {})
    })

    app.post('/nguoi-dung', { schema: { body: UserForm }, config: { right: 'user.manage' } }, async (req, reply) => {
      const admin = signedInUser(req)
      const values = readUserForm(req.body)
      try {
        const email = normaliseEmail(values.email)
        const taken = EMAIL.test(email) && (await isEmailTaken(db, email))
        const input = parseInviteForm(values, await deps.categories.tree(), taken)
        const { id, handover } = await inviteUser(db, mail, { user: admin, ip: req.ip }, input, clock.now())
        const user = { id, name: input.name, email: input.email }
        return sendNewsroomPage(req, reply, 'Đã tạo tài khoản', handover.kind === 'mailed'
          ? linkMailedView({ user, kind: 'created', csrfToken: req.signedIn!.session.csrfToken })
          : passwordShownOnceView({ user, password: handover.password, kind: 'created' }), 201)
      } catch (error) {
        if (error instanceof ValidationError) return sendUserForm(req, reply, admin, undefined, values, error.fields, 422)
        throw error
      }
    })

    app.get('/nguoi-dung/:id', { schema: { params: UserIdParams, querystring: SavedQuery }, config: { right: 'user.manage' } }, async (req, reply) => {
      const admin = signedInUser(req)
      const user = await getUser(req.params.id)
      const saved = req.query['da-luu'] !== undefined
      return sendUserForm(req, reply, admin, user, { ...user, categoryIds: [...user.categoryIds].sort((a, b) => a - b) }, {}, 200, saved)
    })

    app.post('/nguoi-dung/:id', { schema: { params: UserIdParams, body: UserForm }, config: { right: 'user.manage' } }, async (req, reply) => {
      const admin = signedInUser(req)
      const user = await getUser(req.params.id)
      const values = { ...readUserForm(req.body), email: user.email }
      try {
        const input = parseUserEditForm(values, await deps.categories.tree(), user.id === admin.id)
        await changeUser(db, { user: admin, ip: req.ip }, user, input, clock.now())
        return reply.redirect(`/toa-soan/nguoi-dung/${user.id}?da-luu`, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendUserForm(req, reply, admin, user, values, error.fields, 422)
        throw error
      }
    })

    app.post('/nguoi-dung/:id/mat-khau', { schema: { params: UserIdParams }, config: { right: 'user.manage' } }, async (req, reply) => {
      const admin = signedInUser(req)
      const user = await getUser(req.params.id)
      if (user.id === admin.id) {
        throw new BadRequestError('administrators change their own password at /mat-khau', 'Để đổi mật khẩu của chính mình, xin dùng trang Đổi mật khẩu.')
      }
      const handover = await resetPassword(db, mail, { user: admin, ip: req.ip }, user, clock.now())
      return sendNewsroomPage(req, reply, 'Đã đặt lại mật khẩu', handover.kind === 'mailed'
        ? linkMailedView({ user, kind: 'reset', csrfToken: req.signedIn!.session.csrfToken })
        : passwordShownOnceView({ user, password: handover.password, kind: 'reset' }))
    })

    app.post('/nguoi-dung/:id/gui-lai-thu-moi', { schema: { params: UserIdParams }, config: { right: 'user.manage' } }, async (req, reply) => {
      const admin = signedInUser(req)
      const user = await getUser(req.params.id)
      if (!mail.enabled) throw new BadRequestError('mail is off: reset the password instead', 'Thư điện tử đang tắt nên không gửi được thư mời. Xin dùng "Đặt lại mật khẩu".')
      if (!user.isActive) throw new BadRequestError('the account is deactivated', 'Tài khoản này đang bị khóa; xin mở lại trước khi gửi thư mời.')
      await resendInvitation(db, mail, { user: admin, ip: req.ip }, user, clock.now())
      return sendNewsroomPage(req, reply, 'Đã gửi lại thư mời', linkMailedView({ user, kind: 'resent', csrfToken: req.signedIn!.session.csrfToken }))
    })

    // The audited grant for a small office's only approver: their changes apply without a second approver.
    app.post('/nguoi-dung/:id/tu-xuat-ban', { schema: { params: UserIdParams, body: OwnChangeGrantForm }, config: { right: 'user.manage' } }, async (req, reply) => {
      const admin = signedInUser(req)
      const user = await getUser(req.params.id)
      await setOwnChangeGrant(db, { user: admin, ip: req.ip }, user, req.body.granted === '1', clock.now())
      return reply.redirect(`/toa-soan/nguoi-dung/${user.id}?da-luu`, 303)
    })

    app.get('/mat-khau', { schema: { querystring: PasswordChangedQuery }, config: { right: 'newsroom.enter' } }, async (req, reply) => {
      const done = req.query['da-doi'] !== undefined
      return sendNewsroomPage(req, reply, 'Đổi mật khẩu', changePasswordView({ csrfToken: req.signedIn!.session.csrfToken, errors: {}, done, mustChange: signedInUser(req).mustChangePassword }))
    })

    app.post('/mat-khau', { schema: { body: PasswordChangeForm, headers: VisitorHeaders }, config: { right: 'newsroom.enter' } }, async (req, reply) => {
      const user = signedInUser(req)
      try {
        const input = parsePasswordChangeForm(req.body)
        const token = await changeOwnPassword(db, { user, ip: req.ip }, req.headers['user-agent'] ?? '', input, clock.now())
        setSessionCookie(req, reply, token)
        return reply.redirect('/toa-soan/mat-khau?da-doi', 303)
      } catch (error) {
        if (error instanceof ValidationError) {
          return sendNewsroomPage(req, reply, 'Đổi mật khẩu', changePasswordView({ csrfToken: req.signedIn!.session.csrfToken, errors: error.fields, done: false, mustChange: user.mustChangePassword }), 422)
        }
        throw error
      }
    })
  }

  async function sendUserForm(req: FastifyRequest, reply: FastifyReply, admin: NewsroomUser, user: NewsroomUser | undefined,
    values: UserFormValues, errors: Record<string, string>, status = 200, saved = false) {
    return sendNewsroomPage(req, reply, user ? user.name : 'Mời người dùng mới', userFormView({
      user, values, errors, tree: await deps.categories.tree(), csrfToken: req.signedIn!.session.csrfToken, isSelf: user?.id === admin.id, saved,
      ownChangeGrant: user ? await hasOwnChangeGrant(db, user.id) : undefined,
      ...(user ? { secondFactorOn: (await findSecondFactor(db, user.id))?.confirmedAt !== undefined } : {}), mailEnabled: mail.enabled,
    }), status)
  }

  async function getUser(raw: string): Promise<NewsroomUser> {
    const user = /^\d{1,9}$/.test(raw) ? await findUserById(db, Number(raw)) : undefined
    if (!user) throw new NotFoundError('User not found', 'Không tìm thấy người dùng.')
    return user
  }
}
