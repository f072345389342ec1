import type { Action } from '../../platform/module.ts'

// Phản ánh, kiến nghị: the words of a citizen's feedback about a public service or an official's
// conduct, shared by its public and newsroom sides.

export const FEEDBACK_STATUSES = ['received', 'forwarded', 'verifying', 'resolved', 'not_competent'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

/** As the newsroom and the citizen read them. */
export const STATUS_LABELS: Record<FeedbackStatus, string> = {
  received: 'Tiếp nhận', forwarded: 'Chuyển xử lý', verifying: 'Đang xác minh', resolved: 'Đã có kết quả', not_competent: 'Không thuộc thẩm quyền',
}

/** A closed case takes no more work; it enters the public record and its contact is erased after the retention period. */
export const CLOSED_STATUSES: readonly FeedbackStatus[] = ['resolved', 'not_competent']
export const isClosed = (status: FeedbackStatus) => CLOSED_STATUSES.includes(status)

/** The result is given within ten working days of receipt, as for questions (the rule editors follow). */
export const RESULT_WORKING_DAYS = 10
export const RETENTION_MONTHS = 24
export const CODE_PREFIX = 'PA'
/** Its rows in the shared case history. */
export const CASE_KIND = 'feedback'

/**
 * The workflow as data: each step, the statuses it starts from, where it leads, the right it
 * needs, and what it asks for. Forwarding and "not ours" name the body; the result is the text
 * the citizen and the public record read.
 */
export const STEPS = {
  verify: { from: ['received', 'forwarded'], to: 'verifying', right: 'feedback.handle', needs: null, label: 'Xác minh' },
  forward: { from: ['received', 'verifying'], to: 'forwarded', right: 'feedback.handle', needs: 'body', label: 'Chuyển xử lý' },
  resolve: { from: ['verifying', 'forwarded'], to: 'resolved', right: 'feedback.approve', needs: 'result', label: 'Ghi kết quả' },
  decline: { from: ['received', 'verifying'], to: 'not_competent', right: 'feedback.approve', needs: 'body', label: 'Không thuộc thẩm quyền' },
} as const satisfies Record<string, { from: readonly FeedbackStatus[]; to: FeedbackStatus; right: Action; needs: 'body' | 'result' | null; label: string }>
export type Step = keyof typeof STEPS
export const isStep = (value: string): value is Step => value in STEPS

export function stepsFrom(status: FeedbackStatus): Step[] {
  return (Object.keys(STEPS) as Step[]).filter((s) => (STEPS[s].from as readonly FeedbackStatus[]).includes(status))
}

/** Shown in the public record when the citizen did not agree to be named. */
export const ANONYMOUS_NAME = 'Người dân (ẩn danh)'

export const NAME_MAX = 100
export const EMAIL_MAX = 200
export const PLACE_MAX = 300
export const UNIT_MAX = 200
export const TITLE_MAX = 200
export const BODY_MAX = 5000
export const BODY_OF_MAX = 200
export const RESULT_MAX = 5000
export const ATTACHMENTS_MAX = 3
export const ATTACHMENT_BYTES_MAX = 5 * 1024 * 1024

export type AttachmentKind = 'jpg' | 'png' | 'pdf'
export const ATTACHMENT_TYPES: Record<AttachmentKind, string> = { jpg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' }

/** A case as the newsroom sees it; the contact details are emptied for those not allowed them. */
export interface FeedbackCase {
  id: number
  code: string
  title: string
  body: string
  place: string
  happenedOn: string
  unit: string
  senderName: string
  email: string
  phone: string
  namedPublicly: boolean
  status: FeedbackStatus
  /** The body it was sent to (forwarded), or the one it belongs to (not ours). */
  bodyName: string
  resultText: string
  handler: { id: number; name: string } | undefined
  dueOn: string
  receivedAt: Date
  closedAt: Date | null
  contactErasedAt: Date | null
  attachments: { id: number; kind: AttachmentKind; size: number }[]
}

/** A handled case as the public record shows it. */
export interface RecordedCase {
  id: number
  code: string
  title: string
  body: string
  place: string
  unit: string
  publicName: string
  status: FeedbackStatus
  bodyName: string
  resultText: string
  receivedAt: Date
  closedAt: Date
}
