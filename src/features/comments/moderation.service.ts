import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { recordAudit } from '../audit/index.ts'
import { BODY_MAX, type CommentStatus, type ModeratedComment } from './comment.ts'
import { cleanCommentText } from './comment-text.ts'
import {
  countByStatus, deleteComments, findArticleTitles, findComments, findForModeration, listForModeration, setCommentStatus, updateComment,
  type ModerationFilter,
} from './comment.repository.ts'
import { readCommentSettings, setArticleClosed, setUnmoderatedCategories, writeSetting, type CommentSettings } from './comment-settings.ts'

export interface Moderator {
  userId: number
  ip: string
}

export const BULK_ACTIONS = { approve: 'approved', reject: 'rejected', spam: 'spam', delete: undefined } as const
export type BulkAction = keyof typeof BULK_ACTIONS

export interface CommentSettingsInput {
  closeAfterDays: number | undefined
  blocklistText: string
  unmoderatedCategoryIds: number[]
}

const REPLY_MAX = 4000

// Every moderator's act commits with its audit entry; what readers see changes only after the
// commit, announced as 'comments.changed' so that the article's cached pages are purged.
export class CommentModeration {
  constructor(private readonly db: Db, private readonly events: NewsroomEventBus, private readonly clock: Clock) {}

  counts(filter: ModerationFilter): Promise<Record<CommentStatus, number>> {
    return countByStatus(this.db, filter)
  }

  list(filter: ModerationFilter & { status: CommentStatus; beforeId?: number; limit: number }): Promise<ModeratedComment[]> {
    return listForModeration(this.db, filter)
  }

  async get(id: number): Promise<ModeratedComment> {
    const comment = await findForModeration(this.db, id)
    if (!comment) throw new NotFoundError('Comment not found', 'Không tìm thấy ý kiến này.')
    return comment
  }

  async apply(who: Moderator, action: BulkAction, ids: readonly number[]): Promise<number> {
    const now = this.clock.now()
    const touched = await this.db.transaction().execute(async (trx) => {
      const comments = await findComments(trx, ids)
      const found = comments.map((c) => c.id)
      const status = BULK_ACTIONS[action]
      if (status) await setCommentStatus(trx, found, status, who.userId, now)
      else await deleteComments(trx, found)
      for (const c of comments) {
        await recordAudit(trx, {
          userId: who.userId, ip: who.ip, action: `comment.${action}`, itemType: 'comment', itemId: c.id,
          details: { articleId: c.articleId, from: c.status, ...(action === 'delete' ? { author: c.authorName, text: c.body } : {}) },
        }, now)
      }
      return comments
    })
    for (const articleId of new Set(touched.map((c) => c.articleId))) this.events.emit('comments.changed', { articleId })
    return touched.length
  }

  /** A typo fixed, links allowed, the organisation's reply; optionally approved in the same step. */
  async edit(who: Moderator, id: number, input: { body: string; linksAllowed: boolean; replyText: string }, approve: boolean): Promise<void> {
    const body = cleanCommentText(input.body)
    const replyText = cleanCommentText(input.replyText)
    const errors: Record<string, string> = {}
    if (!body) errors.body = 'Nội dung ý kiến không được để trống.'
    else if (body.length > BODY_MAX) errors.body = `Ý kiến dài quá ${BODY_MAX} ký tự.`
    if (replyText.length > REPLY_MAX) errors.replyText = `Lời trả lời dài quá ${REPLY_MAX} ký tự.`
    if (Object.keys(errors).length > 0) throw new ValidationError(errors)
    const now = this.clock.now()
    const before = await this.get(id)
    await this.db.transaction().execute(async (trx) => {
      await updateComment(trx, id, { body, linksAllowed: input.linksAllowed, replyText }, before, who.userId, now)
      const audit = (action: string, details: Record<string, unknown>) =>
        recordAudit(trx, { userId: who.userId, ip: who.ip, action, itemType: 'comment', itemId: id, details: { articleId: before.articleId, ...details } }, now)
      if (body !== before.body || input.linksAllowed !== before.linksAllowed) {
        await audit('comment.edit', { before: before.body, after: body, linksAllowed: input.linksAllowed })
      }
      if (replyText !== before.replyText) await audit('comment.reply', { reply: replyText })
      if (approve && before.status !== 'approved') {
        await setCommentStatus(trx, [id], 'approved', who.userId, now)
        await audit('comment.approve', { from: before.status })
      }
    })
    this.events.emit('comments.changed', { articleId: before.articleId })
  }

  settings(): Promise<CommentSettings> {
    return readCommentSettings(this.db)
  }

  async saveSettings(who: Moderator, input: CommentSettingsInput): Promise<void> {
    const now = this.clock.now()
    const before = await readCommentSettings(this.db)
    await this.db.transaction().execute(async (trx) => {
      await writeSetting(trx, 'close_after_days', input.closeAfterDays === undefined ? '' : String(input.closeAfterDays))
      await writeSetting(trx, 'blocklist', input.blocklistText)
      await setUnmoderatedCategories(trx, input.unmoderatedCategoryIds)
      await recordAudit(trx, {
        userId: who.userId, ip: who.ip, action: 'comment.settings', itemType: 'comment-settings', itemId: '',
        details: { closeAfterDays: input.closeAfterDays ?? null, blocklist: input.blocklistText, unmoderatedCategoryIds: input.unmoderatedCategoryIds },
      }, now)
    })
    this.events.emit('comment-settings.changed', { everyArticle: before.closeAfterDays !== input.closeAfterDays })
  }

  async setArticleClosed(who: Moderator, articleId: number, closed: boolean): Promise<void> {
    const now = this.clock.now()
    if ((await findArticleTitles(this.db, [articleId])).length === 0) throw new NotFoundError('Article not found', 'Không tìm thấy bài viết này.')
    await this.db.transaction().execute(async (trx) => {
      await setArticleClosed(trx, articleId, closed, now)
      await recordAudit(trx, { userId: who.userId, ip: who.ip, action: closed ? 'comment.close-article' : 'comment.open-article', itemType: 'article', itemId: articleId }, now)
    })
    this.events.emit('comment-settings.changed', { everyArticle: false })
    this.events.emit('comments.changed', { articleId })
  }
}
