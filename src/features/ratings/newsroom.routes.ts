import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { ContentSources } from '../../platform/content/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { vietnamDay } from '../../platform/http/reader-mark.ts'
import { once } from '../../platform/http/request-schemas.ts'
import { createLocale } from '../../platform/i18n/index.ts'
import { sectionRight, sendNewsroomPage } from '../accounts/index.ts'
import { ReportQuery } from './rating.schemas.ts'
import { listItemTotals, listRecentComments, listSurveyComments, surveyTotals } from './rating.repository.ts'
import { ratingsReportView, type RatedItem } from './views/ratings-report.view.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const ITEMS_SHOWN = 100
const COMMENTS_SHOWN = 30

/** The periods the report offers: the last n days, or all. */
export const PERIODS = [
  { value: '7', label: '7 ngày qua', days: 7 },
  { value: '30', label: '30 ngày qua', days: 30 },
  { value: '365', label: '12 tháng qua', days: 365 },
  { value: 'tat-ca', label: 'Từ trước đến nay', days: undefined },
] as const

/** What the newsroom calls each kind of content; a kind it does not know is shown by its code. */
const KIND_NAMES: Record<string, string> = { article: 'Bài viết', document: 'Văn bản' }

export interface NewsroomRatingDeps {
  db: Db
  clock: Clock
  sources: ContentSources
}

/** /toa-soan/danh-gia, for those who hold rating.read. */
export function newsroomRatingRoutes(deps: NewsroomRatingDeps) {
  const locale = createLocale('vi')
  const kindName = (kind: string) => KIND_NAMES[kind] ?? kind
  return async function routes(fastify: FastifyInstance): Promise<void> {
    sectionRight(fastify, 'rating.read')
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/danh-gia', { schema: { querystring: ReportQuery } }, async (req, reply) => {
      const kinds = deps.sources.all().map((s) => ({ value: s.kind, label: kindName(s.kind) }))
      // Anything else asked is the default, as a filter a reader cannot break.
      const kindAsked = once(req.query.loai) ?? ''
      const kind = kinds.some((k) => k.value === kindAsked) ? kindAsked : ''
      const period = PERIODS.find((p) => p.value === once(req.query.ky)) ?? PERIODS[1]
      const fromDay = period.days === undefined ? undefined : vietnamDay(new Date(deps.clock.now().getTime() - (period.days - 1) * DAY_MS))
      const filter = { ...(kind ? { kind } : {}), ...(fromDay ? { fromDay } : {}) }
      const [totals, comments, survey, surveyComments] = await Promise.all([
        listItemTotals(deps.db, filter, ITEMS_SHOWN), listRecentComments(deps.db, filter, COMMENTS_SHOWN),
        surveyTotals(deps.db, fromDay), listSurveyComments(deps.db, fromDay, COMMENTS_SHOWN),
      ])
      const named = await titlesOf([...totals, ...comments])
      const items: RatedItem[] = totals.map((t) => ({ ...t, ...named.get(`${t.kind}:${t.itemId}`) }))
      return sendNewsroomPage(req, reply, 'Đánh giá của bạn đọc', ratingsReportView({
        kinds, periods: PERIODS, filter: { kind, period: period.value }, items,
        comments: comments.map((c) => ({ ...c, ...(named.has(`${c.kind}:${c.itemId}`) ? { title: named.get(`${c.kind}:${c.itemId}`)!.title } : {}) })),
        survey, surveyComments, kindName,
      }, locale))
    })
  }

  /** The published items' titles and addresses, read from their content sources by kind. */
  async function titlesOf(items: readonly { kind: string; itemId: number }[]): Promise<Map<string, { title: string; address: string }>> {
    const named = new Map<string, { title: string; address: string }>()
    const byKind = new Map<string, number[]>()
    for (const item of items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item.itemId])
    for (const [kind, ids] of byKind) {
      const source = deps.sources.get(kind)
      if (!source) continue
      for (const item of await source.read([...new Set(ids)])) named.set(`${kind}:${item.id}`, { title: item.title, address: item.address })
    }
    return named
  }
}
