import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { sentFields } from '../../platform/http/request-schemas.ts'
import { may, sendNewsroomPage } from '../accounts/index.ts'
import { actorWith, commitChange } from '../admin-kit/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import type { PageKinds } from './page-kind.ts'
import { readStatistics } from './statistics-report.ts'
import { readCounterSettings, saveCounterSettings } from './visit.repository.ts'
import { dayAndHour, daysBetween, isDay } from './visit.ts'
import { statisticsPageView } from './views/statistics-page.view.ts'

const VIEW = { right: 'statistics.view' } as const
const ADMINISTER = { right: 'site.administer' } as const
const RangeQuery = sentFields('tu', 'den', 'da-luu')
const CounterBody = sentFields('online', 'today', 'total')
/** The longest range asked at once: two years of days. */
const MAX_DAYS = 732

export interface StatisticsNewsroomDeps {
  db: Db
  clock: Clock
  events: NewsroomEventBus
  categories: CategoryDirectory
  kinds: PageKinds
}

/** /toa-soan/thong-ke: charts for any range of days (statistics.view); the footer counter's choice (site.administer). */
export function newsroomStatisticsRoutes(deps: StatisticsNewsroomDeps) {
  const { db, clock } = deps

  async function send(req: FastifyRequest, reply: FastifyReply, query: Record<string, unknown>, saved = false) {
    const today = dayAndHour(clock.now().getTime()).day
    const weekAgo = daysBetween(dayAndHour(clock.now().getTime() - 6 * 86_400_000).day, today)[0]!
    // A field sent twice is typed wrong, like a day that is not one.
    const typed = (value: unknown) => (typeof value === 'string' ? value : value === undefined ? '' : '?')
    const typedFrom = typed(query.tu)
    const typedTo = typed(query.den)
    let from = typedFrom || weekAgo
    let to = typedTo || today
    let error: string | undefined
    if (!isDay(from) || !isDay(to)) error = 'Xin chọn ngày theo lịch (ngày/tháng/năm).'
    else if (from > to) error = '“Từ ngày” phải trước hoặc bằng “Đến ngày”.'
    else if (daysBetween(from, to).length > MAX_DAYS) error = 'Xin chọn khoảng không quá hai năm.'
    if (error) [from, to] = [weekAgo, today]
    const user = req.signedIn!.user
    const report = await readStatistics(db, deps.categories, deps.kinds, from, to)
    const counter = may(user, 'site.administer') ? { settings: await readCounterSettings(db), csrfToken: req.signedIn!.session.csrfToken, saved } : undefined
    return sendNewsroomPage(req, reply, 'Thống kê truy cập', statisticsPageView({
      report, form: { from: error ? typedFrom : from, to: error ? typedTo : to, ...(error ? { error } : {}) }, ...(counter ? { counter } : {}),
    }), error ? 422 : 200)
  }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/thong-ke', { config: VIEW, schema: { querystring: RangeQuery } }, (req, reply) => send(req, reply, req.query, req.query['da-luu'] === '1'))

    app.post('/thong-ke/bo-dem', { config: ADMINISTER, schema: { body: CounterBody }, attachValidation: true }, async (req, reply) => {
      const body = (req.validationError ? {} : req.body) as Record<string, unknown>
      const settings = { showOnline: body.online === '1', showToday: body.today === '1', showTotal: body.total === '1' }
      await commitChange({ db, clock }, actorWith('site.administer', req), async (trx) => {
        await saveCounterSettings(trx, settings)
        return { result: undefined, audit: { action: 'statistics.counter', itemType: 'statistics', itemId: 'footer-counter', details: settings } }
      })
      deps.events.emit('statistics.counter-changed', {})
      return reply.redirect('/toa-soan/thong-ke?da-luu=1#bo-dem', 303)
    })
  }
}
