import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

export interface AuditEntry {
  userId: number | null
  action: string
  itemType?: string
  itemId?: string | number
  ip?: string
  details?: Record<string, unknown>
}

export interface AuditRecord {
  id: number
  at: Date
  userId: number | null
  userName: string | null
  action: string
  itemType: string
  itemId: string
  ip: string
  details: Record<string, unknown>
}

export async function recordAudit(db: Db, entry: AuditEntry, now: Date): Promise<void> {
  await db.insertInto('audit_log').values({
    at: now.toISOString(),
    user_id: entry.userId,
    action: entry.action,
    item_type: entry.itemType ?? '',
    item_id: entry.itemId === undefined ? '' : String(entry.itemId),
    ip: entry.ip ?? '',
    details: JSON.stringify(entry.details ?? {}),
  }).execute()
}

export interface AuditFilter {
  userId?: number
  action?: string
  beforeId?: number
  limit: number
}

export async function listAudit(db: Db, filter: AuditFilter): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.id', 'audit_log.at', 'audit_log.user_id', 'users.name', 'audit_log.action', 'audit_log.item_type', 'audit_log.item_id', 'audit_log.ip', 'audit_log.details'])
  if (filter.userId !== undefined) q = q.where('audit_log.user_id', '=', filter.userId)
  if (filter.action) q = q.where('audit_log.action', '=', filter.action)
  if (filter.beforeId !== undefined) q = q.where('audit_log.id', '<', filter.beforeId)
  const rows = await q.orderBy('audit_log.id', 'desc').limit(filter.limit).execute()
  return rows.map((r) => ({
    id: r.id, at: toInstant(r.at), userId: r.user_id, userName: r.name, action: r.action,
    itemType: r.item_type, itemId: r.item_id, ip: r.ip, details: JSON.parse(r.details) as Record<string, unknown>,
  }))
}
