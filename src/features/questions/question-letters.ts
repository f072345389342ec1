import type { Letter } from '../../platform/mail.ts'
import { bodyText } from '../articles/index.ts'
import { STATUS_LABELS, type QuestionCase, type QuestionStatus } from './question.ts'

// The letters an asker receives: the code on receipt, each status change, the answer. In words
// only (the mail module lays them out); Vietnamese, as the newsroom writes them.

const dayText = (day: string) => day.split('-').reverse().join('/')

export function receivedLetter(q: { code: string; title: string; askerName: string; email: string; dueOn: string }, publicUrl: string): Letter {
  return {
    kind: 'question-received', to: q.email, lang: 'vi', subject: `Đã nhận câu hỏi của bạn — mã hồ sơ ${q.code}`,
    paragraphs: [
      `Xin chào ${q.askerName},`,
      `Chúng tôi đã nhận câu hỏi “${q.title}”. Mã hồ sơ của bạn: ${q.code}.`,
      `Hạn trả lời: ${dayText(q.dueOn)}. Bạn sẽ nhận thư khi hồ sơ thay đổi tình trạng và khi có trả lời.`,
      'Để tra cứu, nhập mã hồ sơ cùng thư điện tử này.',
    ],
    action: { label: 'Tra cứu hồ sơ', href: `${publicUrl}/tra-cuu` },
  }
}

export function statusLetter(q: QuestionCase, status: QuestionStatus, note: string, publicUrl: string): Letter {
  const answered = status === 'answered' && q.slug
  return {
    kind: answered ? 'question-answered' : 'question-status', to: q.email, lang: 'vi',
    subject: answered ? `Câu hỏi ${q.code} đã được trả lời` : `Hồ sơ ${q.code}: ${STATUS_LABELS[status]}`,
    paragraphs: [
      `Xin chào ${q.askerName},`,
      `Câu hỏi “${q.title}” (mã hồ sơ ${q.code}) nay ở tình trạng: ${STATUS_LABELS[status]}.`,
      ...(note ? [note] : []),
      ...(answered ? ['Trả lời:', bodyText(q.answerHtml)] : [`Hạn trả lời: ${dayText(q.dueOn)}.`]),
    ],
    action: answered ? { label: 'Xem trả lời', href: `${publicUrl}/hoi-dap/${q.slug}` } : { label: 'Tra cứu hồ sơ', href: `${publicUrl}/tra-cuu` },
  }
}

