import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { once, pathParams, Sent } from '../../platform/http/request-schemas.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import { breadcrumbView, siteMessages, type Crumb, type PortalChrome } from '../site/index.ts'
import { adjustmentOf, type CalendarEntry } from './calendar-entry.ts'
import { findWeek, listPresiders, listPublishedEntries, listWeekEntries } from './calendar.repository.ts'
import { icalendar } from './ical.ts'
import { calendarMessages } from './messages.ts'
import { CALENDAR_FEEDS_TAG, CALENDAR_TAG, ENGLISH_CALENDAR, VIETNAMESE_CALENDAR, weekTag, type CalendarPaths } from './paths.ts'
import { daysOfWeek, readWeek, shiftWeek, vietnamDay, weekOf } from './week.ts'
import { weekPageView } from './views/week-page.view.ts'

const HTML = 'text/html; charset=utf-8'
/** The feeds carry the weeks from this many before the current one: what a calendar application still shows. */
const FEED_WEEKS_BACK = 4
const AnyQuery = Type.Record(Type.String(), Sent)

export interface CalendarRoutesDeps {
  db: Db
  clock: Clock
  chrome: PortalChrome
  responder: PublicResponder
  publicUrl: string
}

/** /lich-cong-tac (and /en/work-calendar): the week's page; the iCalendar feeds, for all and per leader. */
export function publicCalendarRoutes(deps: CalendarRoutesDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    for (const paths of [VIETNAMESE_CALENDAR, ENGLISH_CALENDAR]) {
      app.get(paths.list, { schema: { querystring: AnyQuery } }, (req, reply) => sendWeek(req, reply, paths, req.query[paths.weekParam]))
    }
    app.get('/lich-cong-tac/lich.ics', async (req, reply) => sendFeed(req, reply, await listPublishedEntries(deps.db, feedsFrom()), undefined))
    app.get('/lich-cong-tac/lanh-dao/:file', { schema: { params: pathParams('file') } }, async (req, reply) => {
      const slug = /^([a-z0-9-]{1,100})\.ics$/.exec(req.params.file)?.[1]
      const from = feedsFrom()
      const leader = slug === undefined ? undefined : (await listPresiders(deps.db, from)).find((name) => slugify(name, 100) === slug)
      if (!leader) throw new NotFoundError()
      return sendFeed(req, reply, await listPublishedEntries(deps.db, from, leader), leader)
    })
  }

  function feedsFrom(): string {
    return daysOfWeek(shiftWeek(weekOf(deps.clock.now()), -FEED_WEEKS_BACK))[0]!
  }

  async function sendWeek(req: FastifyRequest, reply: FastifyReply, paths: CalendarPaths, sent: Sent | undefined) {
    const locale = deps.chrome.locale(paths.lang)
    const t = locale.t(calendarMessages)
    const now = deps.clock.now()
    const current = weekOf(now)
    const typed = sent === undefined ? undefined : (once(sent) ?? '')
    const week = typed === undefined ? current : readWeek(typed)
    const home: Crumb = { name: locale.t(siteMessages)('home'), url: paths.lang === 'en' ? '/en/' : '/' }
    if (week === undefined) {
      const trail = [home, { name: t('heading'), url: paths.list }, { name: t('badWeekTitle') }]
      const main = weekPageView({
        paths, week: current, title: t('badWeekTitle'), breadcrumb: breadcrumbView(trail, locale), days: undefined, publishedAt: null,
        previous: shiftWeek(current, -1), next: shiftWeek(current, 1), current, presiders: [],
      }, locale)
      const body = await deps.chrome.page({ lang: paths.lang, title: t('badWeekTitle'), canonicalPath: paths.list, breadcrumb: trail, main: errorAbove(t('badWeek', { value: typed ?? '' }), main), noindex: true })
      return reply.code(400).header('cache-control', 'no-store').type(HTML).send(body.toString())
    }
    const days = daysOfWeek(week)
    const state = await findWeek(deps.db, week)
    const published = state.status === 'published'
    const entries = published ? await listWeekEntries(deps.db, week) : []
    const today = vietnamDay(now)
    const title = t('weekTitle', { number: String(Number(week.slice(6))), from: locale.date(localMidnight(days[0]!)), to: locale.date(localMidnight(days[6]!)) })
    const trail = [home, { name: t('heading') }]
    const presiders = [...new Set(entries.map((e) => e.presides).filter((p) => p !== ''))].sort((a, b) => a.localeCompare(b, 'vi'))
    const main = weekPageView({
      paths, week, title, breadcrumb: breadcrumbView(trail, locale), publishedAt: state.publishedAt, current,
      previous: shiftWeek(week, -1), next: shiftWeek(week, 1),
      days: published ? days.map((day) => ({ day, isToday: day === today, entries: entries.filter((e) => e.day === day).map((entry) => ({ entry, adjustment: adjustmentOf(entry, state) })) })) : undefined,
      presiders: presiders.map((name) => ({ name, feed: paths.leaderFeed(name) })),
    }, locale)
    const canonicalPath = typed === undefined ? paths.list : paths.week(week)
    const body = await deps.chrome.page({
      lang: paths.lang, title, description: t('description'), canonicalPath, breadcrumb: trail, main,
      alternates: [{ lang: 'vi', path: typed === undefined ? VIETNAMESE_CALENDAR.list : VIETNAMESE_CALENDAR.week(week) }, { lang: 'en', path: typed === undefined ? ENGLISH_CALENDAR.list : ENGLISH_CALENDAR.week(week) }],
      ...(published ? {} : { noindex: true }),
    })
    return deps.responder.send(req, reply, { contentType: HTML, body, tags: [weekTag(week), CALENDAR_TAG, 'layout'] })
  }

  async function sendFeed(req: FastifyRequest, reply: FastifyReply, entries: CalendarEntry[], leader: string | undefined) {
    const t = deps.chrome.locale('vi').t(calendarMessages)
    const site = await deps.chrome.settings()
    const host = new URL(deps.publicUrl).hostname
    const body = icalendar({
      name: `${leader ? t('feedOf', { name: leader }) : t('heading')} - ${site.name}`,
      productId: `-//${host}//Lich cong tac//VI`,
      stamp: deps.clock.now(),
      events: entries.map((e) => ({
        uid: `lich-cong-tac-${e.id}@${host}`, day: e.day, startsAt: e.startsAt, endsAt: e.endsAt, summary: e.title, location: e.place,
        description: [
          [t('presides'), e.presides], [t('attends'), e.attends], [t('preparingUnit'), e.preparingUnit], [t('notes'), e.notes],
        ].filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`).join('\n'),
        url: `${deps.publicUrl}${VIETNAMESE_CALENDAR.week(e.week)}#ngay-${e.day}`, cancelled: e.cancelled, lastModified: e.updatedAt,
      })),
    })
    return deps.responder.send(req, reply, { contentType: 'text/calendar; charset=utf-8', body, tags: [CALENDAR_FEEDS_TAG, CALENDAR_TAG], extraHeaders: { 'content-disposition': `inline; filename="lich-cong-tac.ics"` } })
  }
}

const localMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`)

/** The bad week's message above the page that lets the reader choose again. */
function errorAbove(message: string, main: SafeHtml): SafeHtml {
  return html`<p class="form-error" role="alert">${message}</p>${main}`
}
