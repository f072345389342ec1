import type { Db } from '../../platform/db/connect.ts'
import { trustedHtml } from '../../platform/views/html.ts'
import type { CaseKind } from '../cases/index.ts'
import { questionMessages, STATUS_MESSAGE_KEYS } from './messages.ts'
import { QUESTION_PATHS } from './question-paths.ts'
import { findCaseByCode, listHistory } from './question.repository.ts'
import { CODE_PREFIX, isClosed } from './question.ts'

/** Hỏi đáp's HD- cases as /tra-cuu shows them: the status history, and the answer once published. */
export function questionCaseKind(db: Db): CaseKind {
  return {
    prefix: CODE_PREFIX,
    async find(code, locale) {
      const t = locale.t(questionMessages)
      const q = await findCaseByCode(db, code)
      if (!q) return undefined
      const history = await listHistory(db, q.id)
      const answeredAt = q.status === 'answered' ? q.slug : null
      return {
        code: q.code, title: q.title, status: t(STATUS_MESSAGE_KEYS[q.status]), closed: isClosed(q.status), dueOn: q.dueOn, email: q.email, phone: q.phone,
        history: history.map((h) => ({ status: t(STATUS_MESSAGE_KEYS[h.status]), note: h.note, at: h.at })),
        // The answer was sanitised when saved (sanitizeArticleBody).
        ...(answeredAt ? { result: { heading: t('answerHeading'), body: trustedHtml(q.answerHtml), link: { href: QUESTION_PATHS[locale.lang].question(answeredAt), label: t('answerPublished') } } } : {}),
      }
    },
  }
}
