// The duties of a state portal the compliance page lists, in its order: data, so that a newer
// decree (one that renumbers or adds duties) replaces this file and nothing else. Each module
// that can tell whether a duty is met declares a check for its id (PortalModule.compliance);
// a duty no module checks reads "chưa áp dụng".
//
// The references are at the level of the article, as the issue gives them (Decree 42/2022/NĐ-CP
// Art. 4: what is published; Art. 7: English, print and save, the portal's functions; Art. 8:
// keeping it current; Circular 22/2023/TT-BTTTT: EMC, structured data, keeping it running);
// check them against the text in force before relying on a clause number.

export interface Duty {
  /** Stable: the id the modules' checks name. */
  id: string
  /** As the communications officer reads it. */
  name: string
  clauses: readonly string[]
  /** A duty measured as a rate against a threshold the administrator sets (percent). */
  threshold?: { label: string; defaultPercent: number }
}

const ND42 = 'Nghị định 42/2022/NĐ-CP'
const TT22 = 'Thông tư 22/2023/TT-BTTTT'

export const DUTIES: readonly Duty[] = [
  { id: 'structure-published', name: 'Công bố cơ cấu tổ chức, chức năng, nhiệm vụ và thông tin liên hệ của cơ quan, đơn vị, cán bộ đầu mối', clauses: [`${ND42}, Điều 4`] },
  { id: 'structure-english', name: 'Bản tiếng Anh của cơ cấu tổ chức, chức năng, nhiệm vụ và thông tin liên hệ, cập nhật theo bản tiếng Việt', clauses: [`${ND42}, Điều 7`] },
  { id: 'documents-on-time', name: 'Đăng văn bản chỉ đạo, điều hành, văn bản quy phạm pháp luật chậm nhất 02 ngày làm việc kể từ ngày ban hành', clauses: [`${ND42}, Điều 4, Điều 8`] },
  {
    id: 'questions-on-time', name: 'Trả lời câu hỏi của người dân, doanh nghiệp trong thời hạn', clauses: [`${ND42}, Điều 4`],
    threshold: { label: 'Tỷ lệ tối thiểu câu hỏi được trả lời đúng hạn trong 90 ngày gần nhất', defaultPercent: 90 },
  },
  { id: 'feedback-tracking', name: 'Tiếp nhận phản ánh, kiến nghị và cho người gửi theo dõi kết quả xử lý trực tuyến', clauses: [`${ND42}, Điều 4`] },
  { id: 'ratings', name: 'Cho người dân đánh giá mức độ hữu ích của thông tin', clauses: [`${ND42}, Điều 7`] },
  { id: 'print-save', name: 'In và lưu (tải về) mọi tin, bài, văn bản', clauses: [`${ND42}, Điều 7`] },
  { id: 'search', name: 'Tìm kiếm thông tin trên cổng hoạt động', clauses: [`${ND42}, Điều 7`] },
  { id: 'accessibility', name: 'Hỗ trợ người khuyết tật tiếp cận thông tin (có kiểm tra khả năng tiếp cận được ghi lại)', clauses: [`${ND42}, Điều 7`] },
  { id: 'emc-code', name: 'Gắn mã theo dõi của hệ thống EMC trên mọi trang trước khi vận hành chính thức', clauses: [TT22] },
  { id: 'structured-data', name: 'Lưu trữ thông tin dưới dạng dữ liệu có cấu trúc và chia sẻ qua dịch vụ dữ liệu', clauses: [TT22] },
  { id: 'backup', name: 'Sao lưu dữ liệu trong 24 giờ qua, bảo đảm cổng hoạt động liên tục', clauses: [TT22] },
]

export const findDuty = (id: string): Duty | undefined => DUTIES.find((d) => d.id === id)
