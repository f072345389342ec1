import type { Db } from '../../platform/db/connect.ts'
import './compliance.table.ts'

/** How a recorded accessibility check came out. */
export const ACCESSIBILITY_RESULTS = ['dat', 'con-loi', 'khong-dat'] as const
export type AccessibilityResult = (typeof ACCESSIBILITY_RESULTS)[number]
export const ACCESSIBILITY_RESULT_NAMES: Record<AccessibilityResult, string> = {
  dat: 'Đạt (WCAG 2.1 mức AA)', 'con-loi': 'Còn lỗi nhỏ đang sửa', 'khong-dat': 'Không đạt',
}
export const isAccessibilityResult = (s: string): s is AccessibilityResult => (ACCESSIBILITY_RESULTS as readonly string[]).includes(s)

export interface AccessibilityCheck {
  checkedOn: string
  result: AccessibilityResult
  note: string
}

/** The thresholds the administrator set, by duty id. */
export async function readThresholds(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('compliance_thresholds').select(['duty', 'percent']).execute()
  return new Map(rows.map((r) => [r.duty, Number(r.percent)]))
}

export async function writeThreshold(db: Db, duty: string, percent: number, now: Date): Promise<void> {
  const at = now.toISOString()
  await db.insertInto('compliance_thresholds').values({ duty, percent, updated_at: at })
    .onConflict((oc) => oc.column('duty').doUpdateSet({ percent, updated_at: at })).execute()
}

/** The latest check by the day it was made (the latest recorded on a tie). */
export async function findLastAccessibilityCheck(db: Db): Promise<AccessibilityCheck | undefined> {
  const row = await db.selectFrom('accessibility_checks').select(['checked_on', 'result', 'note'])
    .orderBy('checked_on', 'desc').orderBy('id', 'desc').executeTakeFirst()
  if (!row || !isAccessibilityResult(row.result)) return undefined
  return { checkedOn: row.checked_on, result: row.result, note: row.note }
}

export async function insertAccessibilityCheck(db: Db, check: AccessibilityCheck, userId: number | null, now: Date): Promise<number> {
  const row = await db.insertInto('accessibility_checks').values({
    checked_on: check.checkedOn, result: check.result, note: check.note, recorded_by: userId, recorded_at: now.toISOString(),
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}
