import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { once, sentFields } from '../../platform/http/request-schemas.ts'
import { may, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { localDateOf, type WorkingCalendar } from '../working-days/index.ts'
import { listLateDocuments, POSTING_WORKING_DAYS } from './late-documents.ts'
import { listIssuers, listKinds } from './lists.repository.ts'
import { countNewsroomDocuments, listIssueYears, listNewsroomDocuments, type DocumentCursor } from './newsroom-list.repository.ts'
import { issuerTree } from './views/issuer-tree.ts'
import { lateListView } from './views/newsroom-late.view.ts'
import { documentListHref, documentListView, type DocumentListAddress } from './views/newsroom-list.view.ts'
import { statusOfKey } from './views/newsroom-words.ts'

// /toa-soan/van-ban: the register's documents in every state, searched and filtered, a page at a
// time by keyset; /toa-soan/van-ban/dang-cham: those posted late, for the administrator.

export interface DocumentListDeps {
  db: Db
  clock: Clock
  workingDays: WorkingCalendar
}

const PAGE = 30
const ID = /^\d{1,9}$/
const YEAR = /^(1[89]\d\d|20\d\d|2100)$/
const CURSOR = /^(\d{4}-\d{2}-\d{2})\.(\d{1,9})$/
const ListQuery = sentFields('tim', 'loai', 'co-quan', 'trang-thai', 'nam', 'sau')

export function documentListRoutes(deps: DocumentListDeps) {
  const { db } = deps
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/van-ban', { config: { right: 'document.edit' }, schema: { querystring: ListQuery } }, async (req, reply) => {
      const q = req.query
      const idOf = (text: string | undefined) => (text && ID.test(text) ? Number(text) : undefined)
      const yearText = once(q.nam)
      // What cannot be read is dropped: a stale bookmark shows the wider list, never an error.
      const address: DocumentListAddress = {
        search: (once(q.tim) ?? '').normalize('NFC').trim().slice(0, 200),
        kindId: idOf(once(q.loai)), issuerId: idOf(once(q['co-quan'])), status: statusOfKey(once(q['trang-thai'])),
        year: yearText && YEAR.test(yearText) ? Number(yearText) : undefined,
      }
      const cursorMatch = CURSOR.exec(once(q.sau) ?? '')
      const after: DocumentCursor | undefined = cursorMatch ? { issuedOn: cursorMatch[1]!, id: Number(cursorMatch[2]) } : undefined
      const filter = {
        ...(address.search ? { query: address.search } : {}), ...(address.kindId !== undefined ? { kindId: address.kindId } : {}),
        ...(address.issuerId !== undefined ? { issuerId: address.issuerId } : {}), ...(address.status ? { status: address.status } : {}),
        ...(address.year !== undefined ? { year: address.year } : {}),
      }
      const [rows, total, kinds, issuers, years] = await Promise.all([
        listNewsroomDocuments(db, filter, after, PAGE + 1), countNewsroomDocuments(db, filter), listKinds(db), listIssuers(db), listIssueYears(db),
      ])
      const page = rows.slice(0, PAGE)
      const last = page.at(-1)
      const user = signedInUser(req)
      return sendNewsroomPage(req, reply, 'Văn bản', documentListView({
        address, rows: page, total, kinds, issuers: issuerTree(issuers), years,
        nextHref: rows.length > PAGE && last ? documentListHref(address, { issuedOn: last.issuedOn, id: last.id }) : undefined,
        firstHref: after ? documentListHref(address) : undefined,
        canSeeLate: may(user, 'site.administer'),
      }))
    })

    app.get('/van-ban/dang-cham', { config: { right: 'site.administer' }, schema: { querystring: sentFields('nam') } }, async (req, reply) => {
      const asked = once(req.query.nam)
      // This year by default; ?nam= (empty) for every year.
      const year = asked === undefined ? Number(localDateOf(deps.clock.now()).slice(0, 4)) : YEAR.test(asked) ? Number(asked) : undefined
      const [documents, years] = await Promise.all([listLateDocuments(db, deps.workingDays, year), listIssueYears(db)])
      return sendNewsroomPage(req, reply, 'Văn bản đăng chậm', lateListView({ year, years: year !== undefined && !years.includes(year) ? [year, ...years] : years, documents, allowedDays: POSTING_WORKING_DAYS }))
    })
  }
}
