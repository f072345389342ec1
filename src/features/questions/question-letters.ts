import { createLocale, defineMessages, LANGUAGES, type Lang } from '../../platform/i18n/index.ts'
import type { Letter } from '../../platform/mail.ts'
import { bodyText } from '../articles/index.ts'
import { questionMessages, STATUS_MESSAGE_KEYS } from './messages.ts'
import { QUESTION_PATHS } from './question-paths.ts'
import { STATUS_LABELS, type QuestionCase, type QuestionStatus } from './question.ts'

// The letters an asker receives: the code on receipt, each status change, the answer. In words
// only (the mail module lays them out); in Vietnamese, or in English for a question asked on the
// English pages, with links to the pages in that language.

export const questionLetterMessages = defineMessages('question-letters', {
  receivedSubject: 'Đã nhận câu hỏi của bạn — mã hồ sơ {code}',
  hello: 'Xin chào {name},',
  receivedText: 'Chúng tôi đã nhận câu hỏi “{title}”. Mã hồ sơ của bạn: {code}.',
  receivedDue: 'Hạn trả lời: {date}. Bạn sẽ nhận thư khi hồ sơ thay đổi tình trạng và khi có trả lời.',
  receivedTrack: 'Để tra cứu, nhập mã hồ sơ cùng thư điện tử này.',
  track: 'Tra cứu hồ sơ',
  answeredSubject: 'Câu hỏi {code} đã được trả lời',
  statusSubject: 'Hồ sơ {code}: {status}',
  statusText: 'Câu hỏi “{title}” (mã hồ sơ {code}) nay ở tình trạng: {status}.',
  answer: 'Trả lời:',
  due: 'Hạn trả lời: {date}.',
  seeAnswer: 'Xem trả lời',
}, {
  receivedSubject: 'Your question was received — tracking code {code}',
  hello: 'Hello {name},',
  receivedText: 'We received your question “{title}”. Your tracking code: {code}.',
  receivedDue: 'Answer due by {date}. You will get a letter when the case changes and when it is answered.',
  receivedTrack: 'To track it, enter the code with this e-mail address.',
  track: 'Track the question',
  answeredSubject: 'Question {code} has been answered',
  statusSubject: 'Case {code}: {status}',
  statusText: 'Your question “{title}” (tracking code {code}) is now: {status}.',
  answer: 'Answer:',
  due: 'Answer due by {date}.',
  seeAnswer: 'See the answer',
})

const dayText = (day: string) => day.split('-').reverse().join('/')
const locales = Object.fromEntries(LANGUAGES.map((lang) => [lang, createLocale(lang)])) as Record<Lang, ReturnType<typeof createLocale>>
const langOf = (lang: string): Lang => (lang === 'en' ? 'en' : 'vi')

export function receivedLetter(q: { code: string; title: string; askerName: string; email: string; dueOn: string; lang: string }, publicUrl: string): Letter {
  const lang = langOf(q.lang)
  const t = locales[lang].t(questionLetterMessages)
  return {
    kind: 'question-received', to: q.email, lang, subject: t('receivedSubject', { code: q.code }),
    paragraphs: [t('hello', { name: q.askerName }), t('receivedText', { title: q.title, code: q.code }), t('receivedDue', { date: dayText(q.dueOn) }), t('receivedTrack')],
    action: { label: t('track'), href: `${publicUrl}${QUESTION_PATHS[lang].track}` },
  }
}

export function statusLetter(q: QuestionCase, status: QuestionStatus, note: string, publicUrl: string): Letter {
  const lang = langOf(q.lang)
  const t = locales[lang].t(questionLetterMessages)
  // The newsroom's own short labels in Vietnamese; the citizens' pages' words in English.
  const statusText = lang === 'vi' ? STATUS_LABELS[status] : locales[lang].t(questionMessages)(STATUS_MESSAGE_KEYS[status])
  const answered = status === 'answered' && q.slug
  return {
    kind: answered ? 'question-answered' : 'question-status', to: q.email, lang,
    subject: answered ? t('answeredSubject', { code: q.code }) : t('statusSubject', { code: q.code, status: statusText }),
    paragraphs: [
      t('hello', { name: q.askerName }),
      t('statusText', { title: q.title, code: q.code, status: statusText }),
      ...(note ? [note] : []),
      ...(answered ? [t('answer'), bodyText(q.answerHtml)] : [t('due', { date: dayText(q.dueOn) })]),
    ],
    action: answered ? { label: t('seeAnswer'), href: `${publicUrl}${QUESTION_PATHS[lang].question(q.slug!)}` } : { label: t('track'), href: `${publicUrl}${QUESTION_PATHS[lang].track}` },
  }
}
