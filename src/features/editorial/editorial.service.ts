import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { hasOwnChangeGrant, type NewsroomUser } from '../accounts/index.ts'
import { insertArticle, sanitizeArticleBody, uniqueArticleSlug, type ArticleStatus } from '../articles/index.ts'
import { recordAudit } from '../audit/index.ts'
import { canOpen, canPublishOwnChanges, canSaveInto, canWriteIn, transitionRefusal, transitionsFor } from './article.policy.ts'
import type { DraftInput, EditorialArticle } from './draft.ts'
import { EditConflictError, type SaveOutcome } from './edit-conflict.ts'
import { claimVersion, findEditorialArticle, moveArticle, recordApproval, sendBackForReview, slugTakenByAnother, updateArticleContent } from './editorial.repository.ts'
import { chooseLeadImage } from './lead-image.ts'
import { deletePendingChange, savePendingChange } from './pending-change.repository.ts'
import { PendingChangeReview } from './pending-change.service.ts'
import { notify, usersWhoMay } from './notification.repository.ts'
import type { WorkflowMail } from './workflow-mail.ts'
import { insertRevision, snapshotOf, type RevisionSnapshot } from './revision.repository.ts'
import { nextStatus, STATUS_LABELS, TRANSITION_LABELS, type Transition } from './workflow.ts'

export interface TransitionOptions {
  reason?: string
  publishAt?: Date
}

export interface Actor {
  user: NewsroomUser
  ip: string
}

/**
 * Work on a body before it is saved, outside the transaction (it may fetch over the network):
 * the videos module puts YouTube pictures in. It returns the body to save.
 */
export type BodyPreparer = (bodyHtml: string, actor: Actor) => Promise<string>

/** States whose text someone approved: a change sends them back to review. */
const SENT_BACK_ON_CHANGE: readonly ArticleStatus[] = ['approved', 'scheduled', 'unpublished', 'expired']

// The newsroom's work on articles: writing, editing, moving them through the workflow (who may
// do each is article.policy.ts), and what each step leaves behind (a revision, an audit entry, notifications, a cache purge).
export class Editorial {
  /** Changes to published articles, waiting for review. */
  readonly changes: PendingChangeReview

  constructor(private readonly db: Db, private readonly events: NewsroomEventBus, private readonly clock: Clock, private readonly mediaBase?: string,
    private readonly prepareBody?: BodyPreparer, private readonly mail?: WorkflowMail) {
    this.changes = new PendingChangeReview(db, this, events, clock, mediaBase)
  }

  async get(user: NewsroomUser, id: number): Promise<EditorialArticle> {
    const article = await findEditorialArticle(this.db, id)
    if (!article) throw new NotFoundError('Article not found', 'Không tìm thấy bài viết.')
    if (!canOpen(user, article)) throw new ForbiddenError()
    return article
  }

  async create({ user, ip }: Actor, typed: DraftInput): Promise<number> {
    if (!canWriteIn(user, typed.categoryId)) throw new ValidationError({ categoryId: 'Bạn không được viết bài trong chuyên mục này.' })
    const input = await this.#prepared({ user, ip }, typed)
    const now = this.clock.now()
    return this.db.transaction().execute(async (trx) => {
      const slug = input.slug ?? (await uniqueArticleSlug(trx, input.title))
      if (input.slug && (await slugTakenByAnother(trx, slug, undefined))) throw new ValidationError({ slug: 'Đường dẫn này đã có bài khác dùng.' })
      const clean = { ...input, slug, bodyHtml: sanitizeArticleBody(input.bodyHtml) }
      const id = await insertArticle(trx, {
        slug, title: clean.title, lead: clean.lead, bodyHtml: clean.bodyHtml, byline: { kind: clean.bylineKind, name: clean.bylineName },
        source: clean.source, categoryId: clean.categoryId, status: 'draft', publishedAt: undefined, leadImage: undefined,
        tags: [], authorId: user.id,
      }, now)
      await updateArticleContent(trx, id, clean, await chooseLeadImage(trx, input.leadImageId, this.mediaBase), user.id, now)
      await insertRevision(trx, id, user.id, snapshotOf(clean), now)
      await recordAudit(trx, { userId: user.id, action: 'article.create', itemType: 'article', itemId: id, ip }, now)
      return id
    })
  }

  /**
   * Saves the form made from `baseVersion`. A draft or an article in review changes at once; an
   * approved, scheduled or withdrawn one changes and goes back to review; a published one keeps
   * its live text and the change waits for someone else (see pending-change.service.ts). Holders
   * of the administrator's grant change any state at once (still audited).
   */
  async save({ user, ip }: Actor, id: number, typed: DraftInput, baseVersion: number | undefined): Promise<{ outcome: SaveOutcome; version: number }> {
    const now = this.clock.now()
    const before = await this.get(user, id)
    if (!canSaveInto(user, before, typed.categoryId)) throw new ForbiddenError()
    const input = await this.#prepared({ user, ip }, typed)
    const granted = await this.mayPublishOwnChanges(user, before.categoryId, input.categoryId)
    const outcome: SaveOutcome = granted ? 'saved' : before.status === 'published' ? 'pending' : SENT_BACK_ON_CHANGE.includes(before.status) ? 'sent-back' : 'saved'
    await this.db.transaction().execute(async (trx) => {
      const slug = input.slug ?? before.slug
      if (await slugTakenByAnother(trx, slug, id)) throw new ValidationError({ slug: 'Đường dẫn này đã có bài khác dùng.' })
      const clean = { ...input, slug, bodyHtml: sanitizeArticleBody(input.bodyHtml) }
      if (baseVersion === undefined || !(await claimVersion(trx, id, baseVersion, before.status))) throw new EditConflictError()
      if (outcome === 'pending') {
        if (await savePendingChange(trx, id, snapshotOf(clean), user.id, now)) {
          await notify(trx, (await usersWhoMay(trx, ['approver', 'administrator'], before.categoryId)).filter((u) => u !== user.id),
            `${user.name} sửa bài đã xuất bản "${before.title}", chờ duyệt`, `/toa-soan/bai-viet/${id}/ban-sua`, now)
        }
      } else {
        await updateArticleContent(trx, id, clean, await chooseLeadImage(trx, input.leadImageId, this.mediaBase), user.id, now)
        // The form showed the pending change (if any), so this save includes it.
        await deletePendingChange(trx, id)
        if (outcome === 'sent-back') {
          await sendBackForReview(trx, id, before.status, now)
          await this.#notify(trx, user, before, 'submit', now)
        }
      }
      await insertRevision(trx, id, user.id, snapshotOf(clean), now)
      await recordAudit(trx, {
        userId: user.id, action: 'article.save', itemType: 'article', itemId: id, ip,
        details: { status: before.status, outcome, version: baseVersion + 1, ...(granted && before.status !== 'draft' && before.status !== 'in_review' ? { ownChangeGrant: true } : {}) },
      }, now)
    })
    if (outcome === 'sent-back') this.mail?.wake()
    if (before.status === 'published' && outcome === 'saved') this.events.emit('article.changed', { articleId: id, categoryIds: [before.categoryId, input.categoryId] })
    return { outcome, version: baseVersion! + 1 }
  }

  /** Puts a saved revision back as the article's content; that is itself a save, under the same rules. */
  async restore(actor: Actor, id: number, snapshot: RevisionSnapshot, baseVersion: number | undefined): Promise<{ outcome: SaveOutcome; version: number }> {
    const result = await this.save(actor, id, { ...snapshot, expiresAt: snapshot.expiresAt ? new Date(snapshot.expiresAt) : undefined, leadImageId: snapshot.leadImageId ?? undefined }, baseVersion)
    await recordAudit(this.db, { userId: actor.user.id, action: 'article.restore', itemType: 'article', itemId: id, ip: actor.ip, details: { outcome: result.outcome } }, this.clock.now())
    return result
  }

  async #prepared(actor: Actor, input: DraftInput): Promise<DraftInput> {
    return this.prepareBody ? { ...input, bodyHtml: await this.prepareBody(input.bodyHtml, actor) } : input
  }

  /** The administrator's grant, and the right to publish in every category the change touches. */
  async mayPublishOwnChanges(user: NewsroomUser, ...categoryIds: number[]): Promise<boolean> {
    return canPublishOwnChanges(user, await hasOwnChangeGrant(this.db, user.id), ...categoryIds)
  }

  /** The workflow buttons this user sees on this article (the policy's, with their grant read). */
  async transitionsFor(user: NewsroomUser, article: EditorialArticle): Promise<Transition[]> {
    return transitionsFor(user, article, await hasOwnChangeGrant(this.db, user.id))
  }

  async transition({ user, ip }: Actor, id: number, transition: Transition, options: TransitionOptions = {}): Promise<ArticleStatus> {
    const now = this.clock.now()
    const article = await this.get(user, id)
    const to = nextStatus(article.status, transition)
    if (!to) {
      throw new InvalidTransitionError(`cannot ${transition} an article that is ${article.status}`,
        `Không thể "${TRANSITION_LABELS[transition]}" bài đang ở trạng thái "${STATUS_LABELS[article.status]}".`)
    }
    const refusal = transitionRefusal(user, article, transition, await hasOwnChangeGrant(this.db, user.id))
    if (refusal) throw new ForbiddenError(refusal.message, refusal.messageVi)
    const changes: { publishedAt?: Date; returnReason?: string } = {}
    if (transition === 'return') {
      const reason = options.reason?.normalize('NFC').trim() ?? ''
      if (!reason) throw new ValidationError({ reason: 'Xin ghi lý do trả lại bài.' })
      changes.returnReason = reason.slice(0, 2000)
    }
    if (transition === 'schedule') {
      if (!options.publishAt || options.publishAt <= now) throw new ValidationError({ publishAt: 'Xin chọn thời điểm xuất bản ở tương lai.' })
      changes.publishedAt = options.publishAt
    }
    if (transition === 'publish') changes.publishedAt = article.status === 'scheduled' || !article.publishedAt ? now : article.publishedAt
    if (transition === 'submit') changes.returnReason = ''
    const moved = await this.db.transaction().execute(async (trx) => {
      if (!(await moveArticle(trx, id, article.status, to, now, changes))) return false
      if (transition === 'approve') await recordApproval(trx, id, user.id)
      await recordAudit(trx, { userId: user.id, action: `article.${transition}`, itemType: 'article', itemId: id, ip, details: { from: article.status, to, ...(changes.returnReason ? { reason: changes.returnReason } : {}) } }, now)
      await this.#notify(trx, user, article, transition, now, changes.returnReason)
      return true
    })
    if (!moved) throw new InvalidTransitionError('the article changed meanwhile', 'Bài viết vừa được người khác thay đổi. Xin tải lại trang.')
    this.mail?.wake()
    if (to === 'published' || article.status === 'published') this.events.emit('article.changed', { articleId: id, categoryIds: [article.categoryId] })
    return to
  }

  /** In the newsroom for everyone concerned; by mail to those of them who chose it (workflow-mail.ts). */
  async #notify(db: Db, actor: NewsroomUser, article: EditorialArticle, transition: Transition, now: Date, reason?: string): Promise<void> {
    const link = `/toa-soan/bai-viet/${article.id}`
    if (transition === 'submit') {
      const reviewers = (await usersWhoMay(db, ['editor', 'approver', 'administrator'], article.categoryId)).filter((id) => id !== actor.id)
      await notify(db, reviewers, `${actor.name} gửi duyệt bài "${article.title}"`, link, now)
      await this.mail?.waiting(db, reviewers, article, actor)
    } else if (transition === 'return' && reason) {
      await this.mail?.returned(db, article, actor, reason)
    } else if (transition === 'approve') {
      await notify(db, (await usersWhoMay(db, ['approver', 'administrator'], article.categoryId)).filter((id) => id !== actor.id),
        `Bài "${article.title}" đã được duyệt, chờ xuất bản`, link, now)
    }
    if (article.authorId !== null && article.authorId !== actor.id && ['return', 'approve', 'publish', 'schedule', 'unpublish'].includes(transition)) {
      await notify(db, [article.authorId], `Bài "${article.title}": ${TRANSITION_LABELS[transition].toLowerCase()} (${actor.name})`, link, now)
    }
  }
}
