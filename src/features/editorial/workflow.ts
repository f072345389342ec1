import type { Action } from '../accounts/index.ts'
import type { ArticleStatus } from '../articles/index.ts'

// The approval workflow as data: from each state, the transitions allowed and where they lead.
export const TRANSITIONS = {
  draft: { submit: 'in_review' },
  in_review: { approve: 'approved', return: 'draft' },
  approved: { publish: 'published', schedule: 'scheduled', return: 'draft' },
  scheduled: { publish: 'published', unschedule: 'approved' },
  published: { unpublish: 'unpublished', expire: 'expired' },
  unpublished: { publish: 'published', reopen: 'draft' },
  expired: { publish: 'published', reopen: 'draft' },
} as const satisfies Record<ArticleStatus, Partial<Record<string, ArticleStatus>>>

export type Transition = 'submit' | 'approve' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'unpublish' | 'expire' | 'reopen'
export const ALL_TRANSITIONS: readonly Transition[] = ['submit', 'approve', 'return', 'publish', 'schedule', 'unschedule', 'unpublish', 'expire', 'reopen']

/** The right each transition needs, in the article's category. */
export const TRANSITION_RIGHT: Record<Transition, Action> = {
  submit: 'article.write',
  reopen: 'article.write',
  approve: 'article.review',
  return: 'article.review',
  publish: 'article.publish',
  schedule: 'article.publish',
  unschedule: 'article.publish',
  unpublish: 'article.publish',
  expire: 'article.publish',
}

/**
 * The scheduler acts as the system, not as a person: it may only carry out what people decided,
 * publishing an article someone scheduled and expiring a published one at its expiry time. Each
 * move must also be in TRANSITIONS, like people's.
 */
export const SYSTEM_TRANSITIONS = {
  publish: ['scheduled'],
  expire: ['published'],
} as const satisfies Partial<Record<Transition, readonly ArticleStatus[]>>
export type SystemTransition = keyof typeof SYSTEM_TRANSITIONS

export function systemMay(from: ArticleStatus, transition: Transition): transition is SystemTransition {
  const allowedFrom: readonly ArticleStatus[] | undefined = (SYSTEM_TRANSITIONS as Partial<Record<Transition, readonly ArticleStatus[]>>)[transition]
  return allowedFrom?.includes(from) === true && nextStatus(from, transition) !== undefined
}

export const TRANSITION_LABELS: Record<Transition, string> = {
  submit: 'Gửi duyệt',
  approve: 'Duyệt',
  return: 'Trả lại',
  publish: 'Xuất bản ngay',
  schedule: 'Hẹn giờ xuất bản',
  unschedule: 'Hủy hẹn giờ',
  unpublish: 'Gỡ bài',
  expire: 'Cho hết hạn',
  reopen: 'Mở lại để sửa',
}

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Bản nháp',
  in_review: 'Chờ biên tập',
  approved: 'Chờ xuất bản',
  scheduled: 'Hẹn giờ',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ',
  expired: 'Hết hạn',
}

export function nextStatus(from: ArticleStatus, transition: Transition): ArticleStatus | undefined {
  return (TRANSITIONS[from] as Partial<Record<Transition, ArticleStatus>>)[transition]
}

export function transitionsFrom(from: ArticleStatus): Transition[] {
  return Object.keys(TRANSITIONS[from]) as Transition[]
}
