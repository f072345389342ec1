import type { Db } from '../../platform/db/connect.ts'
import './monitoring-code.table.ts'

export const CODE_KINDS = ['emc', 'analytics'] as const
export type CodeKind = (typeof CODE_KINDS)[number]

export type StoredCodes = Record<CodeKind, string>

export async function readStoredCodes(db: Db): Promise<StoredCodes> {
  const rows = await db.selectFrom('monitoring_codes').select(['kind', 'snippet']).execute()
  const codes: StoredCodes = { emc: '', analytics: '' }
  for (const row of rows) if ((CODE_KINDS as readonly string[]).includes(row.kind)) codes[row.kind as CodeKind] = row.snippet
  return codes
}

export async function writeStoredCode(db: Db, kind: CodeKind, snippet: string, now: Date): Promise<void> {
  const updated_at = now.toISOString()
  await db.insertInto('monitoring_codes').values({ kind, snippet, updated_at })
    .onConflict((oc) => oc.column('kind').doUpdateSet({ snippet, updated_at }))
    .execute()
}
