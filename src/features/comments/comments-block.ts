import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import type { PortalChrome } from '../site/index.ts'
import { listApprovedComments } from './comment.repository.ts'
import { commentsOpen, needsModeration, type CommentSettingsStore } from './comment-settings.ts'
import { COMMENT_SCRIPT } from './comment-script.ts'
import { emptyCommentForm } from './views/comment-form.view.ts'
import { commentsBlockView } from './views/comments-block.view.ts'

export const COMMENTS_SHOWN_MAX = 500

export interface CommentedArticle {
  id: number
  categoryId: number
  publishedAt: Date
  /** False when no comment of it was ever approved: nothing to look up. */
  mayHaveComments: boolean
}

/**
 * What the article page shows of its comments. It is rendered into the cached page, so its
 * cost is paid once per purge: one indexed query, none for an article no comment of which was
 * ever approved (settings and the site name are in memory).
 */
export function commentsBlock(deps: { db: Db; clock: Clock; settings: CommentSettingsStore; chrome: PortalChrome }) {
  return async (article: CommentedArticle, articlePath: string, newestFirst: boolean): Promise<SafeHtml> => {
    const [comments, settings, site] = await Promise.all([
      article.mayHaveComments ? listApprovedComments(deps.db, article.id, COMMENTS_SHOWN_MAX) : [], deps.settings.current(), deps.chrome.settings(),
    ])
    const open = commentsOpen(settings, article, deps.clock.now())
    return commentsBlockView({
      articleId: article.id, articlePath, comments, newestFirst, siteName: site.name, scriptUrl: COMMENT_SCRIPT.url,
      form: open ? { ...emptyCommentForm(article.id), moderated: needsModeration(settings, article.categoryId) } : undefined,
    }, deps.chrome.locale('vi'))
  }
}
