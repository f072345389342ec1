import type { Action } from '../../platform/module.ts'
import type { HistoryEntry as CaseHistoryEntry } from '../cases/index.ts'

// Hỏi đáp: the words of a citizen's question, shared by its public and newsroom sides.

export const QUESTION_STATUSES = ['new', 'assigned', 'in_progress', 'awaiting_approval', 'answered', 'rejected', 'duplicate'] as const
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]

/** As the newsroom and the asker read them. */
export const STATUS_LABELS: Record<QuestionStatus, string> = {
  new: 'Mới', assigned: 'Đã phân công', in_progress: 'Đang xử lý', awaiting_approval: 'Chờ duyệt trả lời',
  answered: 'Đã trả lời', rejected: 'Từ chối', duplicate: 'Trùng',
}

/** A closed case takes no more work; its contact details are erased after the retention period. */
export const CLOSED_STATUSES: readonly QuestionStatus[] = ['answered', 'rejected', 'duplicate']
export const isClosed = (status: QuestionStatus) => CLOSED_STATUSES.includes(status)

/** Citizens' questions are answered within ten working days of receipt. */
export const ANSWER_WORKING_DAYS = 10

/**
 * The workflow as data: each step, the statuses it starts from, where it leads, and the right
 * it needs. Rejecting and marking a duplicate need a reason the asker reads.
 */
export const STEPS = {
  assign: { from: ['new', 'assigned', 'in_progress'], to: 'assigned', right: 'question.approve', label: 'Phân công' },
  start: { from: ['assigned'], to: 'in_progress', right: 'question.answer', label: 'Nhận xử lý' },
  submit: { from: ['in_progress'], to: 'awaiting_approval', right: 'question.answer', label: 'Gửi duyệt trả lời' },
  approve: { from: ['awaiting_approval'], to: 'answered', right: 'question.approve', label: 'Duyệt và đăng trả lời' },
  return: { from: ['awaiting_approval'], to: 'in_progress', right: 'question.approve', label: 'Trả lại để sửa' },
  reject: { from: ['new', 'assigned', 'in_progress'], to: 'rejected', right: 'question.approve', label: 'Từ chối' },
  duplicate: { from: ['new', 'assigned', 'in_progress'], to: 'duplicate', right: 'question.approve', label: 'Đánh dấu trùng' },
} as const satisfies Record<string, { from: readonly QuestionStatus[]; to: QuestionStatus; right: Action; label: string }>
export type Step = keyof typeof STEPS
export const isStep = (value: string): value is Step => value in STEPS

export function stepsFrom(status: QuestionStatus): Step[] {
  return (Object.keys(STEPS) as Step[]).filter((s) => (STEPS[s].from as readonly QuestionStatus[]).includes(status))
}

/** Hỏi đáp's cases are HD-2026-000123 (the shared tracking code of cases/). */
export const CODE_PREFIX = 'HD'
/** Its rows in the shared case history. */
export const CASE_KIND = 'question'

export const PUBLIC_NAME_CHOICES = ['full', 'initials', 'anonymous'] as const
export type PublicNameChoice = (typeof PUBLIC_NAME_CHOICES)[number]
export const ANONYMOUS_NAME = 'Bạn đọc'

/** The name published with the answer, as the asker chose: in full, by initials ("N.V.A."), or none. */
export function publicNameOf(name: string, choice: PublicNameChoice): string {
  if (choice === 'full') return name
  if (choice === 'anonymous') return ANONYMOUS_NAME
  const initials = name.split(/\s+/).filter(Boolean).map((w) => w[0]!.toLocaleUpperCase('vi'))
  return initials.length ? `${initials.join('.')}.` : ANONYMOUS_NAME
}

export const NAME_MAX = 100
export const EMAIL_MAX = 200
export const ADDRESS_MAX = 300
export const TITLE_MAX = 200
export const BODY_MAX = 5000
export const NOTE_MAX = 2000

export interface QuestionTopic {
  id: number
  name: string
}

/** A case as the newsroom sees it; contact details are emptied for those not allowed them. */
export interface QuestionCase {
  id: number
  code: string
  topic: QuestionTopic
  title: string
  body: string
  publicName: string
  askerName: string
  email: string
  phone: string
  address: string
  status: QuestionStatus
  assignee: { id: number; name: string } | undefined
  /** The unit of the organisation it was given to, by the name it had then. */
  unit: { id: number; name: string } | undefined
  dueOn: string
  answerHtml: string
  slug: string | null
  publishedAt: Date | null
  isFaq: boolean
  receivedAt: Date
  closedAt: Date | null
  contactErasedAt: Date | null
  lang: string
}

export type HistoryEntry = CaseHistoryEntry<QuestionStatus>

export interface InternalNote {
  id: number
  body: string
  at: Date
  userName: string | null
}

/** An answered, approved question as readers see it: never the contact details. */
export interface PublishedQuestion {
  id: number
  slug: string
  topic: QuestionTopic
  title: string
  body: string
  publicName: string
  answerHtml: string
  receivedAt: Date
  publishedAt: Date
  updatedAt: Date
  isFaq: boolean
}
