import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { insertArticle, sanitizeArticleBody, uniqueArticleSlug, type ArticleStatus } from '../articles/index.ts'
import { recordAudit } from '../audit/index.ts'
import type { DraftInput, EditorialArticle } from './draft.ts'
import { findMedia, imageSources } from '../media/index.ts'
import { findEditorialArticle, moveArticle, slugTakenByAnother, updateArticleContent, type ChosenLeadImage } from './editorial.repository.ts'
import { notify, usersWhoMay } from './notification.repository.ts'
import { insertRevision, snapshotOf, type RevisionSnapshot } from './revision.repository.ts'
import { nextStatus, STATUS_LABELS, TRANSITION_LABELS, TRANSITION_RIGHT, type Transition } from './workflow.ts'

export interface TransitionOptions {
  reason?: string
  publishAt?: Date
}

interface Actor {
  user: NewsroomUser
  ip: string
}

// The newsroom's rules for articles: who may write, edit, move them through the workflow, and
// what each step leaves behind (a revision, an audit entry, notifications, a cache purge).
export class Editorial {
  constructor(private readonly db: Db, private readonly events: NewsroomEventBus, private readonly clock: Clock, private readonly mediaBase?: string) {}

  async get(user: NewsroomUser, id: number): Promise<EditorialArticle> {
    const article = await findEditorialArticle(this.db, id)
    if (!article) throw new NotFoundError('Article not found', 'Không tìm thấy bài viết.')
    if (!this.#mayOpen(user, article)) throw new ForbiddenError()
    return article
  }

  async create({ user, ip }: Actor, input: DraftInput): Promise<number> {
    if (!may(user, 'article.write', input.categoryId)) throw new ValidationError({ categoryId: 'Bạn không được viết bài trong chuyên mục này.' })
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
      await updateArticleContent(trx, id, clean, await this.#leadImage(trx, input.leadImageId), now)
      await insertRevision(trx, id, user.id, snapshotOf(clean), now)
      await recordAudit(trx, { userId: user.id, action: 'article.create', itemType: 'article', itemId: id, ip }, now)
      return id
    })
  }

  async save({ user, ip }: Actor, id: number, input: DraftInput): Promise<void> {
    const now = this.clock.now()
    const before = await this.get(user, id)
    if (!this.#mayEdit(user, before) || !this.#mayEdit(user, { ...before, categoryId: input.categoryId })) throw new ForbiddenError()
    await this.db.transaction().execute(async (trx) => {
      const slug = input.slug ?? before.slug
      if (await slugTakenByAnother(trx, slug, id)) throw new ValidationError({ slug: 'Đường dẫn này đã có bài khác dùng.' })
      const clean = { ...input, slug, bodyHtml: sanitizeArticleBody(input.bodyHtml) }
      await updateArticleContent(trx, id, clean, await this.#leadImage(trx, input.leadImageId), now)
      await insertRevision(trx, id, user.id, snapshotOf(clean), now)
      await recordAudit(trx, { userId: user.id, action: 'article.save', itemType: 'article', itemId: id, ip }, now)
    })
    if (before.status === 'published') this.events.emit('article.changed', { articleId: id, categoryIds: [before.categoryId, input.categoryId] })
  }

  /** Puts a saved revision back as the article's content; that is itself a new revision. */
  async restore(actor: Actor, id: number, snapshot: RevisionSnapshot): Promise<void> {
    await this.save(actor, id, { ...snapshot, expiresAt: snapshot.expiresAt ? new Date(snapshot.expiresAt) : undefined, leadImageId: snapshot.leadImageId ?? undefined })
    await recordAudit(this.db, { userId: actor.user.id, action: 'article.restore', itemType: 'article', itemId: id, ip: actor.ip }, this.clock.now())
  }

  async transition({ user, ip }: Actor, id: number, transition: Transition, options: TransitionOptions = {}): Promise<ArticleStatus> {
    const now = this.clock.now()
    const article = await this.get(user, id)
    const to = nextStatus(article.status, transition)
    if (!to) {
      throw new InvalidTransitionError(`cannot ${transition} an article that is ${article.status}`,
        `Không thể "${TRANSITION_LABELS[transition]}" bài đang ở trạng thái "${STATUS_LABELS[article.status]}".`)
    }
    this.#authorise(user, article, transition)
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
      await recordAudit(trx, { userId: user.id, action: `article.${transition}`, itemType: 'article', itemId: id, ip, details: { from: article.status, to, ...(changes.returnReason ? { reason: changes.returnReason } : {}) } }, now)
      await this.#notify(trx, user, article, transition, now)
      return true
    })
    if (!moved) throw new InvalidTransitionError('the article changed meanwhile', 'Bài viết vừa được người khác thay đổi. Xin tải lại trang.')
    if (to === 'published' || article.status === 'published') this.events.emit('article.changed', { articleId: id, categoryIds: [article.categoryId] })
    return to
  }

  async #leadImage(db: Db, mediaId: number | undefined): Promise<ChosenLeadImage | undefined> {
    if (mediaId === undefined) return undefined
    const media = await findMedia(db, mediaId)
    if (!media) throw new ValidationError({ leadImageId: 'Không tìm thấy ảnh này trong thư viện.' })
    const sources = imageSources(media, undefined, this.mediaBase)
    return { id: media.id, url: sources.src, srcset: sources.srcset, alt: media.alt, caption: media.caption, width: sources.width, height: sources.height }
  }

  #authorise(user: NewsroomUser, article: EditorialArticle, transition: Transition): void {
    if (!may(user, TRANSITION_RIGHT[transition], article.categoryId)) throw new ForbiddenError()
    const own = article.authorId === user.id
    if ((transition === 'submit' || transition === 'reopen') && !own && !may(user, 'article.edit-others', article.categoryId)) throw new ForbiddenError()
    // Four eyes: whoever wrote an article does not approve it.
    if (transition === 'approve' && own) {
      throw new ForbiddenError('authors cannot approve their own article', 'Người viết không tự duyệt bài của mình.')
    }
  }

  #mayOpen(user: NewsroomUser, article: EditorialArticle): boolean {
    return article.authorId === user.id
      || may(user, 'article.edit-others', article.categoryId) || may(user, 'article.review', article.categoryId) || may(user, 'article.publish', article.categoryId)
  }

  #mayEdit(user: NewsroomUser, article: Pick<EditorialArticle, 'authorId' | 'categoryId' | 'status'>): boolean {
    if (article.authorId === user.id && article.status === 'draft') return may(user, 'article.write', article.categoryId)
    return may(user, 'article.edit-others', article.categoryId)
  }

  async #notify(db: Db, actor: NewsroomUser, article: EditorialArticle, transition: Transition, now: Date): Promise<void> {
    const link = `/toa-soan/bai-viet/${article.id}`
    if (transition === 'submit') {
      await notify(db, (await usersWhoMay(db, ['editor', 'approver', 'administrator'], article.categoryId)).filter((id) => id !== actor.id),
        `${actor.name} gửi duyệt bài "${article.title}"`, link, now)
    } else if (transition === 'approve') {
      await notify(db, (await usersWhoMay(db, ['approver', 'administrator'], article.categoryId)).filter((id) => id !== actor.id),
        `Bài "${article.title}" đã được duyệt, chờ xuất bản`, link, now)
    }
    if (article.authorId !== null && article.authorId !== actor.id && ['return', 'approve', 'publish', 'schedule', 'unpublish'].includes(transition)) {
      await notify(db, [article.authorId], `Bài "${article.title}": ${TRANSITION_LABELS[transition].toLowerCase()} (${actor.name})`, link, now)
    }
  }
}
