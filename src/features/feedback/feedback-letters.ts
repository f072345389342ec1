import type { Letter } from '../../platform/mail.ts'
import { dayText } from '../cases/index.ts'
import { STATUS_LABELS, type FeedbackCase, type FeedbackStatus } from './feedback.ts'

// The letters a citizen receives: the code on receipt, each status change, the result. In words
// only (the mail module lays them out); Vietnamese, as the newsroom writes them.

export function receivedLetter(f: { code: string; title: string; senderName: string; email: string; dueOn: string }, publicUrl: string): Letter {
  return {
    kind: 'feedback-received', to: f.email, lang: 'vi', subject: `Đã tiếp nhận phản ánh của bạn — mã hồ sơ ${f.code}`,
    paragraphs: [
      `Xin chào ${f.senderName},`,
      `Chúng tôi đã tiếp nhận phản ánh, kiến nghị “${f.title}”. Mã hồ sơ của bạn: ${f.code}.`,
      `Hạn trả lời kết quả: ${dayText(f.dueOn)}. Bạn sẽ nhận thư khi hồ sơ thay đổi tình trạng và khi có kết quả.`,
      'Để tra cứu, nhập mã hồ sơ cùng thư điện tử này.',
    ],
    action: { label: 'Tra cứu hồ sơ', href: `${publicUrl}/tra-cuu` },
  }
}

/** What changed, as the citizen reads it: the body it went to, or the result. */
export function statusLetter(f: FeedbackCase, status: FeedbackStatus, publicUrl: string): Letter {
  const said = status === 'forwarded' ? [`Hồ sơ đã được chuyển tới: ${f.bodyName}.`]
    : status === 'not_competent' ? [`Việc này không thuộc thẩm quyền của chúng tôi; xin gửi tới: ${f.bodyName}.`]
      : status === 'resolved' ? ['Kết quả xử lý:', f.resultText] : []
  return {
    kind: status === 'resolved' ? 'feedback-resolved' : 'feedback-status', to: f.email, lang: 'vi',
    subject: status === 'resolved' ? `Phản ánh ${f.code} đã có kết quả` : `Hồ sơ ${f.code}: ${STATUS_LABELS[status]}`,
    paragraphs: [
      `Xin chào ${f.senderName},`,
      `Phản ánh “${f.title}” (mã hồ sơ ${f.code}) nay ở tình trạng: ${STATUS_LABELS[status]}.`,
      ...said,
      ...(status === 'resolved' || status === 'not_competent' ? [] : [`Hạn trả lời kết quả: ${dayText(f.dueOn)}.`]),
    ],
    action: { label: 'Tra cứu hồ sơ', href: `${publicUrl}/tra-cuu` },
  }
}
