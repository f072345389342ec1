import type { FastifyBaseLogger } from 'fastify'
import type { DutyChecks, DutyFinding } from '../../platform/compliance/index.ts'
import { DUTIES, type Duty } from './duties.ts'

/** A line of the page: 'not_applicable' when no module checks the duty yet. */
export type LineState = DutyFinding['state'] | 'not_applicable'

export interface ComplianceLine {
  duty: Duty
  state: LineState
  detail: string
  href?: string
  items: readonly { label: string; href: string }[]
  /** The threshold in force, for a duty measured against one. */
  threshold?: number
}

/** Every duty of the catalogue, each checked now by the module that owns its data (at once, side by side). */
export async function complianceReport(duties: DutyChecks, thresholds: ReadonlyMap<string, number>, now: Date, log: FastifyBaseLogger): Promise<ComplianceLine[]> {
  return Promise.all(DUTIES.map(async (duty): Promise<ComplianceLine> => {
    const threshold = duty.threshold ? thresholds.get(duty.id) ?? duty.threshold.defaultPercent : undefined
    const check = duties.find(duty.id)
    if (!check) return { duty, state: 'not_applicable', detail: 'Chưa áp dụng: chức năng kiểm tra nghĩa vụ này chưa có trong cổng.', items: [], ...(threshold === undefined ? {} : { threshold }) }
    try {
      const found = await check.check({ now, ...(threshold === undefined ? {} : { threshold }) })
      return { duty, state: found.state, detail: found.detail, href: found.href, items: found.items ?? [], ...(threshold === undefined ? {} : { threshold }) }
    } catch (error) {
      // One failing check is one line that says so, never a page that fails.
      log.error(`the compliance check of "${duty.id}" failed: ${error instanceof Error ? error.message : String(error)}`)
      return { duty, state: 'not_met', detail: 'Không kiểm tra được lúc này (lỗi đã được ghi vào nhật ký hệ thống); xin thử lại sau.', items: [], ...(threshold === undefined ? {} : { threshold }) }
    }
  }))
}
