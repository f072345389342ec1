import type { Db } from '../../platform/db/connect.ts'
import { html } from '../../platform/views/html.ts'
import { listHistory, type CaseKind } from '../cases/index.ts'
import { findCaseByCode } from './feedback.repository.ts'
import { CASE_KIND, CODE_PREFIX, isClosed, type FeedbackStatus } from './feedback.ts'
import { feedbackMessages, STATUS_MESSAGE_KEYS } from './messages.ts'
import { paragraphs } from './views/paragraphs.ts'

/** Phản ánh's PA- cases as /tra-cuu shows them: the status history, the body it went to, the result. */
export function feedbackCaseKind(db: Db): CaseKind {
  return {
    prefix: CODE_PREFIX,
    async find(code, locale) {
      const t = locale.t(feedbackMessages)
      const f = await findCaseByCode(db, code)
      if (!f) return undefined
      const history = await listHistory<FeedbackStatus>(db, CASE_KIND, f.id)
      return {
        code: f.code, title: f.title, status: t(STATUS_MESSAGE_KEYS[f.status]), closed: isClosed(f.status), dueOn: f.dueOn, email: f.email, phone: f.phone,
        history: history.map((h) => ({ status: t(STATUS_MESSAGE_KEYS[h.status]), note: h.note, at: h.at })),
        ...(f.status === 'resolved' ? { result: { heading: t('result'), body: paragraphs(f.resultText) } } : {}),
        ...(f.status === 'not_competent' ? { result: { heading: t('result'), body: html`<p>${t('belongsTo', { body: f.bodyName })}</p>` } } : {}),
      }
    },
  }
}
