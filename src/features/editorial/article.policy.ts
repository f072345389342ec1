import { currentRights } from '../../platform/newsroom-rights.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import type { EditorialArticle } from './draft.ts'
import { TRANSITION_RIGHT, transitionsFrom, type Transition } from './workflow.ts'

// The one place that says who may do what to an article. Routes (which buttons show), the
// service (what it refuses) and the queues all ask here. Role rights and category lists come
// from accounts (`may`); what is added here is whose article it is, the state it is in, and the
// four-eyes rules. Rules are pure: whatever needs the database (the administrator's "publish own
// changes" grant) is read by the caller and passed in.

type ArticleFacts = Pick<EditorialArticle, 'authorId' | 'categoryId' | 'status'>
type TextFacts = Pick<EditorialArticle, 'authorId' | 'categoryId' | 'status' | 'changedBy' | 'approvedBy'>

/** A refusal, with the reason an editor reads (undefined: the generic "no right"). */
export interface Refusal {
  refused: true
  message?: string
  messageVi?: string
}
const refuse = (message?: string, messageVi?: string): Refusal => ({ refused: true, message, messageVi })
const own = (user: NewsroomUser, article: Pick<EditorialArticle, 'authorId'>) => article.authorId === user.id

/** The rights that let a user work on others' articles, each opening them. */
const OPENING_RIGHTS = ['article.edit-others', 'article.review', 'article.publish'] as const

/** Opening an article (the form, its revisions, its preview): its author, or anyone who works on others' articles there. */
export function canOpen(user: NewsroomUser, article: ArticleFacts): boolean {
  return own(user, article) || OPENING_RIGHTS.some((right) => may(user, right, article.categoryId))
}

/** The articles a user may open, for a list to ask the database for: canOpen over a whole table. */
export type ArticleReach =
  | { everything: true }
  /** Their own, and, when categoryIds is given, every article in those categories. */
  | { everything: false; authorId: number; categoryIds: number[] }

export function articleReach(user: NewsroomUser): ArticleReach {
  const held = OPENING_RIGHTS.filter((right) => may(user, right))
  if (held.length === 0) return { everything: false, authorId: user.id, categoryIds: [] }
  if (user.categoryIds.length === 0 || held.some((right) => !currentRights().byCategory(right))) return { everything: true }
  return { everything: false, authorId: user.id, categoryIds: user.categoryIds.filter((c) => held.some((right) => may(user, right, c))) }
}

export const canSeeRevision = canOpen

/**
 * Changing the text: the author while it is their draft and they still write in its category;
 * past the draft, or someone else's, only who edits others' articles in that category.
 */
export function canEdit(user: NewsroomUser, article: ArticleFacts): boolean {
  if (own(user, article) && article.status === 'draft') return may(user, 'article.write', article.categoryId)
  return may(user, 'article.edit-others', article.categoryId)
}

/** Restoring an earlier save is a save. */
export const canRestore = canEdit

/** Saving it into this category (the one it is in, or the one the form moves it to). */
export function canSaveInto(user: NewsroomUser, article: ArticleFacts, categoryId: number): boolean {
  return canEdit(user, article) && canEdit(user, { ...article, categoryId })
}

export function canWriteIn(user: NewsroomUser, categoryId: number): boolean {
  return may(user, 'article.write', categoryId)
}

/** Who works from which queue: writers from their own, reviewers from "Chờ biên tập", publishers from the rest (in their categories). */
export const worksAs = {
  writer: (user: NewsroomUser) => may(user, 'article.write'),
  reviewer: (user: NewsroomUser) => may(user, 'article.review'),
  publisher: (user: NewsroomUser) => may(user, 'article.publish'),
}

/** No one publishes text that only they have seen: they changed it last and no one else approved it since. */
export function onlyTheyHaveSeen(user: NewsroomUser, article: Pick<EditorialArticle, 'changedBy' | 'approvedBy'>): boolean {
  return article.changedBy === user.id && (article.approvedBy === null || article.approvedBy === user.id)
}

/** The administrator's "publish own changes" grant counts only where the user may publish, in every category a change touches. */
export function canPublishOwnChanges(user: NewsroomUser, hasGrant: boolean, ...categoryIds: number[]): boolean {
  return hasGrant && categoryIds.every((c) => may(user, 'article.publish', c))
}

/** Whether this user may publish the article's current text (four eyes, unless granted). */
export function canPublishText(user: NewsroomUser, article: TextFacts, hasGrant: boolean): boolean {
  return !onlyTheyHaveSeen(user, article) || canPublishOwnChanges(user, hasGrant, article.categoryId)
}

/** Why this user may not take this transition on this article, or undefined when they may. */
export function transitionRefusal(user: NewsroomUser, article: TextFacts, transition: Transition, hasGrant: boolean): Refusal | undefined {
  if (!may(user, TRANSITION_RIGHT[transition], article.categoryId)) return refuse()
  if ((transition === 'submit' || transition === 'reopen') && !own(user, article) && !may(user, 'article.edit-others', article.categoryId)) return refuse()
  // Four eyes: whoever wrote an article does not approve it.
  if (transition === 'approve' && own(user, article)) return refuse('authors cannot approve their own article', 'Người viết không tự duyệt bài của mình.')
  if ((transition === 'publish' || transition === 'schedule') && article.status === 'approved' && !canPublishText(user, article, hasGrant)) {
    return refuse('no one publishes text only they have seen', 'Bạn vừa sửa và tự duyệt nội dung này; cần một người khác duyệt hoặc xuất bản.')
  }
  return undefined
}

export function canTransition(user: NewsroomUser, article: TextFacts, transition: Transition, hasGrant: boolean): boolean {
  return transitionRefusal(user, article, transition, hasGrant) === undefined
}

/** The workflow buttons to show: the table's transitions from here that this user may take. */
export function transitionsFor(user: NewsroomUser, article: TextFacts, hasGrant: boolean): Transition[] {
  return transitionsFrom(article.status).filter((t) => canTransition(user, article, t, hasGrant))
}

/** Accepting or returning a pending change: who publishes in both categories and did not write any of it. */
export function canDecideChange(user: NewsroomUser, article: Pick<EditorialArticle, 'categoryId'>, change: { categoryId: number; contributorIds: readonly number[] }): boolean {
  return may(user, 'article.publish', article.categoryId) && may(user, 'article.publish', change.categoryId) && !change.contributorIds.includes(user.id)
}
