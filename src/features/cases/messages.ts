import { defineMessages } from '../../platform/i18n/index.ts'

/** /tra-cuu: the look-up of every kind of citizen's case (Hỏi đáp, Phản ánh kiến nghị). */
export const caseMessages = defineMessages('cases', {
  trackHeading: 'Tra cứu hồ sơ',
  trackIntro: 'Nhập mã hồ sơ (ví dụ HD-2026-000123 cho câu hỏi, PA-2026-000045 cho phản ánh, kiến nghị) và thư điện tử hoặc số điện thoại bạn đã ghi khi gửi.',
  code: 'Mã hồ sơ',
  contact: 'Thư điện tử hoặc số điện thoại',
  lookUp: 'Tra cứu',
  notFound: 'Không tìm thấy hồ sơ với mã và thông tin liên hệ này. Xin kiểm tra lại.',
  tooManyLookups: 'Bạn đã tra cứu sai quá nhiều lần. Xin thử lại sau {minutes} phút.',
  crossSite: 'Chỉ tra cứu được từ trang của chúng tôi.',
  status: 'Tình trạng',
  history: 'Quá trình xử lý',
  due: 'Hạn trả lời',
}, {
  trackHeading: 'Track a case',
  trackIntro: 'Enter the tracking code (e.g. HD-2026-000123 for a question, PA-2026-000045 for feedback) and the e-mail or phone you gave.',
  code: 'Tracking code',
  contact: 'E-mail or phone',
  lookUp: 'Look up',
  notFound: 'No case matches this code and contact. Please check them.',
  tooManyLookups: 'Too many failed look-ups. Please try again in {minutes} minutes.',
  crossSite: 'Cases are looked up from our own pages only.',
  status: 'Status',
  history: 'History',
  due: 'Answer due',
})
