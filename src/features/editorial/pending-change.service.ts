import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import type { NewsroomUser } from '../accounts/index.ts'
import { recordAudit } from '../audit/index.ts'
import { canDecideChange } from './article.policy.ts'
import type { EditorialArticle } from './draft.ts'
import { EditConflictError } from './edit-conflict.ts'
import { claimVersion, recordApproval, slugTakenByAnother, updateArticleContent } from './editorial.repository.ts'
import type { Actor, Editorial } from './editorial.service.ts'
import { chooseLeadImage } from './lead-image.ts'
import { notify } from './notification.repository.ts'
import { deletePendingChange, findPendingChange, type PendingChange } from './pending-change.repository.ts'

// A change to a published article waits beside it; readers keep the approved text. Someone who
// may publish in the article's categories and did not write the change accepts it (the public
// pages are purged) or returns it with a reason. Both name the version they looked at.
export class PendingChangeReview {
  constructor(private readonly db: Db, private readonly editorial: Editorial, private readonly events: NewsroomEventBus, private readonly clock: Clock, private readonly mediaBase?: string) {}

  /** The article and its pending change, for someone who may open the article. */
  async get(user: NewsroomUser, id: number): Promise<{ article: EditorialArticle; change: PendingChange }> {
    const article = await this.editorial.get(user, id)
    const change = await findPendingChange(this.db, id)
    if (!change) throw new NotFoundError('No pending change', 'Bài này không có bản sửa nào đang chờ duyệt.')
    return { article, change }
  }

  mayDecide(user: NewsroomUser, article: EditorialArticle, change: PendingChange): boolean {
    return canDecideChange(user, article, { categoryId: change.snapshot.categoryId, contributorIds: change.contributorIds })
  }

  async accept({ user, ip }: Actor, id: number, seenVersion: number | undefined): Promise<void> {
    const now = this.clock.now()
    const { article, change } = await this.#decidable(user, id)
    const input = { ...change.snapshot, expiresAt: change.snapshot.expiresAt ? new Date(change.snapshot.expiresAt) : undefined, leadImageId: change.snapshot.leadImageId ?? undefined }
    await this.db.transaction().execute(async (trx) => {
      if (seenVersion === undefined || !(await claimVersion(trx, id, seenVersion))) throw new EditConflictError()
      if (await slugTakenByAnother(trx, change.snapshot.slug!, id)) {
        throw new InvalidTransitionError('slug taken', 'Đường dẫn của bản sửa đã có bài khác dùng; xin trả lại để người sửa chọn đường dẫn khác.')
      }
      await updateArticleContent(trx, id, { ...input, slug: change.snapshot.slug! }, await chooseLeadImage(trx, input.leadImageId, this.mediaBase), change.savedById, now)
      await recordApproval(trx, id, user.id)
      await deletePendingChange(trx, id)
      await recordAudit(trx, { userId: user.id, action: 'article.accept-change', itemType: 'article', itemId: id, ip, details: { contributors: change.contributorIds, status: article.status } }, now)
      await notify(trx, change.contributorIds, `Bản sửa bài "${article.title}" đã được chấp nhận (${user.name})`, `/toa-soan/bai-viet/${id}`, now)
    })
    if (article.status === 'published') this.events.emit('article.changed', { articleId: id, categoryIds: [article.categoryId, change.snapshot.categoryId] })
  }

  async return({ user, ip }: Actor, id: number, seenVersion: number | undefined, reasonText: string | undefined): Promise<void> {
    const now = this.clock.now()
    const { article, change } = await this.#decidable(user, id)
    const reason = reasonText?.normalize('NFC').trim().slice(0, 2000) ?? ''
    if (!reason) throw new ValidationError({ reason: 'Xin ghi lý do trả lại bản sửa.' })
    await this.db.transaction().execute(async (trx) => {
      if (seenVersion === undefined || !(await claimVersion(trx, id, seenVersion))) throw new EditConflictError()
      await deletePendingChange(trx, id)
      await recordAudit(trx, { userId: user.id, action: 'article.return-change', itemType: 'article', itemId: id, ip, details: { contributors: change.contributorIds, reason } }, now)
      await notify(trx, change.contributorIds, `Bản sửa bài "${article.title}" bị trả lại (${user.name}): ${reason}`, `/toa-soan/bai-viet/${id}`, now)
    })
  }

  async #decidable(user: NewsroomUser, id: number): Promise<{ article: EditorialArticle; change: PendingChange }> {
    const found = await this.get(user, id)
    if (found.change.contributorIds.includes(user.id)) throw new ForbiddenError('authors of a change cannot accept it', 'Người sửa không tự duyệt bản sửa của mình.')
    if (!this.mayDecide(user, found.article, found.change)) throw new ForbiddenError()
    return found
  }
}
