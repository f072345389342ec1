import type { ColumnType, Generated } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

// Every citizen's case keeps its public history here, whatever its kind: each status it went
// through, with the words the citizen reads (a reason, the body it was sent to).

export interface CaseHistoryTable {
  id: Generated<number>
  kind: string
  case_id: number
  status: string
  note: Generated<string>
  user_id: number | null
  at: ColumnType<string | Date, string, string>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    case_history: CaseHistoryTable
  }
}

export interface HistoryEntry<S extends string = string> {
  status: S
  note: string
  at: Date
}

export async function addHistory(db: Db, kind: string, caseId: number, status: string, note: string, userId: number | null, now: Date): Promise<void> {
  await db.insertInto('case_history').values({ kind, case_id: caseId, status, note, user_id: userId, at: now.toISOString() }).execute()
}

export async function listHistory<S extends string>(db: Db, kind: string, caseId: number): Promise<HistoryEntry<S>[]> {
  const rows = await db.selectFrom('case_history').select(['status', 'note', 'at']).where('kind', '=', kind).where('case_id', '=', caseId).orderBy('id').execute()
  return rows.map((r) => ({ status: r.status as S, note: r.note, at: toInstant(r.at) }))
}
