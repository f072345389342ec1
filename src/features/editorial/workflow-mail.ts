import type { Db } from '../../platform/db/connect.ts'
import type { Mailer } from '../../platform/mail.ts'
import { usersWhoChoseMail, type NewsroomUser } from '../accounts/index.ts'
import type { EditorialArticle } from './draft.ts'

// Workflow letters, each to those who chose it on their own page ("Nhận thư khi…"): the author
// whose article came back, with the reason; the reviewers an article now waits for. Queued in
// the transition's transaction, so there is a letter exactly when the step was kept.
export class WorkflowMail {
  constructor(private readonly mailer: Mailer, private readonly publicUrl: string) {}

  wake(): void {
    this.mailer.wake()
  }

  async returned(db: Db, article: EditorialArticle, actor: NewsroomUser, reason: string): Promise<void> {
    // Mail off: nothing is kept for later, a pile of stale workflow letters would help nobody.
    if (!this.mailer.enabled || article.authorId === null || article.authorId === actor.id) return
    for (const author of await usersWhoChoseMail(db, [article.authorId], 'returned')) {
      await this.mailer.queue(db, {
        kind: 'Bài bị trả lại', to: author.email, lang: 'vi', subject: `Bài "${article.title}" bị trả lại`,
        paragraphs: [`Xin chào ${author.name},`, `${actor.name} đã trả lại bài "${article.title}" của bạn, với lý do:`, reason,
          'Bài đã về trạng thái bản nháp; xin sửa và gửi duyệt lại.', unsubscribe],
        action: { label: 'Mở bài viết', href: this.#link(article.id) },
      })
    }
  }

  async waiting(db: Db, reviewerIds: readonly number[], article: EditorialArticle, actor: NewsroomUser): Promise<void> {
    if (!this.mailer.enabled) return
    for (const reviewer of await usersWhoChoseMail(db, reviewerIds, 'waiting')) {
      await this.mailer.queue(db, {
        kind: 'Bài chờ duyệt', to: reviewer.email, lang: 'vi', subject: `Bài chờ duyệt: "${article.title}"`,
        paragraphs: [`Xin chào ${reviewer.name},`, `${actor.name} đã gửi duyệt bài "${article.title}". Bài đang chờ bạn (hoặc một người duyệt khác của chuyên mục) xem xét.`, unsubscribe],
        action: { label: 'Duyệt bài', href: this.#link(article.id) },
      })
    }
  }

  #link(articleId: number): string {
    return new URL(`/toa-soan/bai-viet/${articleId}`, this.publicUrl).href
  }
}

const unsubscribe = 'Bạn nhận thư này vì đã chọn nhận thư ở trang Tài khoản của tôi trong tòa soạn (/toa-soan/tai-khoan); có thể tắt ở đó.'
