import type { Clock } from '../../platform/clock.ts'
import { createLocale, phrase, type Locale, type Translate } from '../../platform/i18n/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { findPublishedArticleById, type Article } from '../articles/index.ts'
import { AbuseControl, CommentsClosedError, resubmissionOf, spamReasonOf } from './abuse-control.ts'
import type { AbuseCounters } from './abuse-counters.ts'
import type { CommentStatus } from './comment.ts'
import { commentMessages } from './messages.ts'
import { validateCommentForm, type CommentFormValues } from './comment-form.ts'
import { findApprovedComment, findComment, insertComment, listSameText } from './comment.repository.ts'
import { commentsOpen, needsModeration, type CommentSettingsStore } from './comment-settings.ts'

// Comments are the Vietnamese portal's: their messages are said in Vietnamese unless the page asks otherwise.
const vietnamese = createLocale('vi')

export interface Sender {
  ip: string
  userAgent: string
}

export interface Accepted {
  article: Article
  /** What the reader is told: 'approved' only when the category publishes without moderation. */
  shown: 'pending' | 'approved'
}

export class ReaderComments {
  readonly #abuse: AbuseControl

  constructor(private readonly db: Db, private readonly events: NewsroomEventBus, private readonly clock: Clock,
    private readonly settings: CommentSettingsStore, counters: AbuseCounters) {
    this.#abuse = new AbuseControl(counters)
  }

  /** A published article that takes comments now, or NotFound / CommentsClosed. */
  async openArticle(articleId: number): Promise<Article> {
    const article = await findPublishedArticleById(this.db, articleId)
    if (!article) throw new NotFoundError('Article not found', phrase(commentMessages, 'articleNotOpen'))
    if (!commentsOpen(await this.settings.current(), article, this.clock.now())) throw new CommentsClosedError()
    return article
  }

  /**
   * Checks, classifies and stores a reader's comment. Spam is stored too (in the spam folder,
   * with why); the reader is told the same as for any comment awaiting moderation. The row is
   * committed before this returns, so an answer always means a saved comment.
   */
  async moderated(article: Article): Promise<boolean> {
    return needsModeration(await this.settings.current(), article.categoryId)
  }

  /** `locale` is the page's: the form's messages are said in its words. */
  async submit(article: Article, values: CommentFormValues, sender: Sender, locale: Locale = vietnamese): Promise<Accepted> {
    const t = locale.t(commentMessages)
    const now = this.clock.now()
    const settings = await this.settings.current()
    const submission = validateCommentForm(values, t)
    const parentId = submission.replyTo === undefined ? null : await this.#replyRoot(article.id, submission.replyTo, t)
    await this.#abuse.checkRate(sender.ip, article.id, now)
    const sameText = await listSameText(this.db, submission.body)
    const submitted = { articleId: article.id, authorEmail: submission.authorEmail, body: submission.body, honeypot: values.website }
    const earlier = resubmissionOf(submitted, sameText, now)
    if (earlier) return { article, shown: earlier.status === 'approved' ? 'approved' : 'pending' }
    await this.#abuse.admit(settings.challengeSecret, sender.ip, article.id, values, now)
    const spamReason = spamReasonOf(submitted, sameText, settings.blocklist, now)
    const status: CommentStatus = spamReason ? 'spam' : needsModeration(settings, article.categoryId) ? 'pending' : 'approved'
    await insertComment(this.db, {
      articleId: article.id, parentId, authorName: submission.authorName, authorEmail: submission.authorEmail, body: submission.body,
      status, spamReason: spamReason ?? '', ip: sender.ip, userAgent: sender.userAgent.slice(0, 500),
    }, now)
    if (status === 'approved') this.events.emit('comments.changed', { articleId: article.id })
    return { article, shown: status === 'approved' ? 'approved' : 'pending' }
  }

  /** The comment a reply hangs under: replies to a reply go under its first comment. */
  async #replyRoot(articleId: number, replyTo: number, t: Translate<(typeof commentMessages)['vi']>): Promise<number> {
    const parent = await findComment(this.db, replyTo)
    if (!parent || parent.articleId !== articleId || parent.status !== 'approved') {
      throw new ValidationError({ replyTo: t('replyTargetMissing') })
    }
    return parent.parentId ?? parent.id
  }

  /** The approved comment a reader replies to, for the reply form without JavaScript. */
  async replyTarget(articleId: number, commentId: number): Promise<{ id: number; authorName: string; body: string } | undefined> {
    return findApprovedComment(this.db, articleId, commentId)
  }
}
