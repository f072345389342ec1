// The register's demo: the bodies of a province (one district dissolved on 1 July 2025, as
// districts were abolished then), its fields, and 30 documents of several kinds, bodies and
// validity states. Numbers and summaries are made up for the demo, in the real formats.

export interface DemoIssuer {
  key: string
  name: string
  abbreviation: string
  parent?: string
  activeFrom?: string
  activeUntil?: string
  mergedInto?: string
}

export const demoIssuers: DemoIssuer[] = [
  { key: 'qh', name: 'Quốc hội', abbreviation: 'QH' },
  { key: 'ubnd', name: 'Ủy ban nhân dân tỉnh', abbreviation: 'UBND' },
  { key: 'hdnd', name: 'Hội đồng nhân dân tỉnh', abbreviation: 'HĐND' },
  { key: 'bdv', name: 'Ban Dân vận Tỉnh ủy', abbreviation: 'BDVTU' },
  { key: 'stp', name: 'Sở Tư pháp', abbreviation: 'STP', parent: 'ubnd' },
  { key: 'sgd', name: 'Sở Giáo dục và Đào tạo', abbreviation: 'SGDĐT', parent: 'ubnd' },
  { key: 'huyen', name: 'Ủy ban nhân dân huyện Tuy Phước', abbreviation: 'UBND', parent: 'ubnd', activeUntil: '2025-07-01' },
]

export const demoFields = ['Đất đai', 'Giáo dục, đào tạo', 'Tư pháp', 'Dân vận', 'Tài chính, ngân sách', 'Xây dựng', 'Y tế', 'Nông nghiệp']

export interface DemoDocument {
  key: string
  kind: string
  issuer: string
  number: string
  summary: string
  signer: string
  issuedOn: string
  /** A day, or a number of days after the demo's "today" (for the states that hang on it). */
  effectiveFrom?: string | number
  effectiveUntil?: string
  fields: string[]
  override?: { validity: 'partly_expired' | 'suspended'; reason: string }
  replaces?: string[]
  amends?: string[]
  guides?: string[]
  /** A draft out for comments, its window in days around the demo's "today", and the articles a comment may concern. */
  consultation?: { opensIn: number; closesIn: number; clauses: string[] }
  /** Left as a draft in the newsroom (not published). */
  draft?: true
  bodyHtml?: string
}

export const demoDocuments: DemoDocument[] = [
  {
    key: 'qd07-2016', kind: 'Quyết định', issuer: 'ubnd', number: '07/2016/QĐ-UBND', signer: 'Nguyễn Văn An', issuedOn: '2016-02-22', effectiveFrom: '2016-03-05',
    summary: 'Ban hành Quy định về quản lý, sử dụng đất đai trên địa bàn tỉnh', fields: ['Đất đai'],
  },
  {
    key: 'qd15-2021', kind: 'Quyết định', issuer: 'ubnd', number: '15/2021/QĐ-UBND', signer: 'Trần Thị Bích', issuedOn: '2021-03-12', effectiveFrom: '2021-03-25',
    summary: 'Ban hành Quy định về quản lý, sử dụng đất đai trên địa bàn tỉnh, thay thế Quyết định số 07/2016/QĐ-UBND', fields: ['Đất đai'], replaces: ['qd07-2016'],
    bodyHtml: '<p><strong>Điều 1.</strong> Ban hành kèm theo Quyết định này Quy định về quản lý, sử dụng đất đai trên địa bàn tỉnh.</p><p><strong>Điều 2.</strong> Quyết định này có hiệu lực kể từ ngày 25 tháng 3 năm 2021 và thay thế Quyết định số 07/2016/QĐ-UBND.</p>',
  },
  {
    key: 'qd22-2023', kind: 'Quyết định', issuer: 'ubnd', number: '22/2023/QĐ-UBND', signer: 'Trần Thị Bích', issuedOn: '2023-06-08', effectiveFrom: '2023-06-20',
    summary: 'Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 15/2021/QĐ-UBND', fields: ['Đất đai'], amends: ['qd15-2021'],
  },
  {
    key: 'nq05-2022', kind: 'Nghị quyết', issuer: 'hdnd', number: '05/2022/NQ-HĐND', signer: 'Lê Văn Cường', issuedOn: '2022-07-15', effectiveFrom: '2022-08-01',
    summary: 'Quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2022 - 2023', fields: ['Giáo dục, đào tạo', 'Tài chính, ngân sách'], effectiveUntil: '2023-07-31',
  },
  {
    key: 'nq12-2023', kind: 'Nghị quyết', issuer: 'hdnd', number: '12/2023/NQ-HĐND', signer: 'Lê Văn Cường', issuedOn: '2023-07-20', effectiveFrom: '2023-08-01',
    summary: 'Quy định mức thu học phí đối với cơ sở giáo dục công lập từ năm học 2023 - 2024', fields: ['Giáo dục, đào tạo', 'Tài chính, ngân sách'],
    override: { validity: 'partly_expired', reason: 'Khoản 2 Điều 3 hết hiệu lực theo Nghị quyết số 08/2025/NQ-HĐND.' },
  },
  {
    key: 'nq08-2025', kind: 'Nghị quyết', issuer: 'hdnd', number: '08/2025/NQ-HĐND', signer: 'Lê Văn Cường', issuedOn: '2025-04-18', effectiveFrom: '2025-05-01',
    summary: 'Sửa đổi khoản 2 Điều 3 Nghị quyết số 12/2023/NQ-HĐND về mức thu học phí', fields: ['Giáo dục, đào tạo'], amends: ['nq12-2023'],
  },
  {
    key: 'nq20-2024', kind: 'Nghị quyết', issuer: 'hdnd', number: '20/2024/NQ-HĐND', signer: 'Lê Văn Cường', issuedOn: '2024-12-10', effectiveFrom: '2025-01-01',
    summary: 'Dự toán thu, chi ngân sách địa phương và phân bổ dự toán ngân sách tỉnh năm 2025', fields: ['Tài chính, ngân sách'], effectiveUntil: '2025-12-31',
  },
  {
    key: 'ct03-2024', kind: 'Chỉ thị', issuer: 'ubnd', number: '03/CT-UBND', signer: 'Nguyễn Văn An', issuedOn: '2024-02-05', effectiveFrom: '2024-02-05',
    summary: 'Về tăng cường công tác phòng, chống dịch bệnh mùa mưa lũ', fields: ['Y tế'],
  },
  {
    key: 'ct05-2025', kind: 'Chỉ thị', issuer: 'ubnd', number: '05/CT-UBND', signer: 'Trần Thị Bích', issuedOn: '2025-03-03', effectiveFrom: '2025-03-03',
    summary: 'Về đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số trong giải quyết hồ sơ của người dân, doanh nghiệp', fields: ['Tư pháp'],
    override: { validity: 'suspended', reason: 'Ngưng hiệu lực theo Quyết định số 410/QĐ-UBND trong thời gian rà soát sau sắp xếp đơn vị hành chính.' },
  },
  {
    key: 'kh45-2025', kind: 'Kế hoạch', issuer: 'ubnd', number: '45/KH-UBND', signer: 'Nguyễn Văn An', issuedOn: '2025-03-20', effectiveFrom: '2025-03-20',
    summary: 'Triển khai Đề án sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương hai cấp', fields: ['Tư pháp'],
  },
  {
    key: 'kh120-2026', kind: 'Kế hoạch', issuer: 'ubnd', number: '120/KH-UBND', signer: 'Trần Thị Bích', issuedOn: '2026-11-20', effectiveFrom: 12,
    summary: 'Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2027', fields: ['Tư pháp'],
  },
  {
    key: 'hd02-2022', kind: 'Hướng dẫn', issuer: 'stp', number: '02/HD-STP', signer: 'Phạm Minh Đức', issuedOn: '2022-09-14', effectiveFrom: '2022-09-14',
    summary: 'Hướng dẫn thực hiện Quy định về quản lý, sử dụng đất đai ban hành kèm theo Quyết định số 15/2021/QĐ-UBND', fields: ['Đất đai', 'Tư pháp'], guides: ['qd15-2021'],
  },
  {
    key: 'hd15-2023', kind: 'Hướng dẫn', issuer: 'bdv', number: '15-HD/BDVTU', signer: 'Võ Thị Hạnh', issuedOn: '2023-04-10', effectiveFrom: '2023-04-10',
    summary: 'Hướng dẫn thực hiện Quy chế dân chủ ở cơ sở năm 2023', fields: ['Dân vận'],
  },
  {
    key: 'hd21-2025', kind: 'Hướng dẫn', issuer: 'bdv', number: '21-HD/BDVTU', signer: 'Võ Thị Hạnh', issuedOn: '2025-02-25', effectiveFrom: '2025-02-25',
    summary: 'Hướng dẫn thực hiện công tác dân vận chính quyền giai đoạn 2025 - 2030', fields: ['Dân vận'],
  },
  {
    key: 'qd1250-2025', kind: 'Quyết định', issuer: 'ubnd', number: '1250/QĐ-UBND', signer: 'Nguyễn Văn An', issuedOn: '2025-05-06', effectiveFrom: '2025-05-06',
    summary: 'Công bố danh mục thủ tục hành chính mới ban hành trong lĩnh vực hộ tịch thuộc thẩm quyền giải quyết của Sở Tư pháp', fields: ['Tư pháp'],
  },
  {
    key: 'qd30-2026', kind: 'Quyết định', issuer: 'ubnd', number: '30/2026/QĐ-UBND', signer: 'Trần Thị Bích', issuedOn: '2026-11-25', effectiveFrom: 10,
    summary: 'Ban hành Quy định phân cấp quản lý nhà nước về xây dựng trên địa bàn tỉnh', fields: ['Xây dựng'],
  },
  {
    key: 'qd18-2019', kind: 'Quyết định', issuer: 'huyen', number: '18/2019/QĐ-UBND', signer: 'Đặng Văn Hùng', issuedOn: '2019-08-12', effectiveFrom: '2019-08-22',
    summary: 'Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn huyện Tuy Phước', fields: ['Xây dựng'],
  },
  {
    key: 'qd09-2020', kind: 'Quyết định', issuer: 'huyen', number: '09/2020/QĐ-UBND', signer: 'Đặng Văn Hùng', issuedOn: '2020-04-02', effectiveFrom: '2020-04-15',
    summary: 'Quy định hỗ trợ phát triển sản xuất nông nghiệp hàng hóa trên địa bàn huyện giai đoạn 2020 - 2025', fields: ['Nông nghiệp'], effectiveUntil: '2025-06-30',
  },
  {
    key: 'qd11-2018', kind: 'Quyết định', issuer: 'sgd', number: '11/2018/QĐ-SGDĐT', signer: 'Huỳnh Thị Lan', issuedOn: '2018-08-20', effectiveFrom: '2018-09-01',
    summary: 'Ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh', fields: ['Giáo dục, đào tạo'],
  },
  {
    key: 'qd27-2025', kind: 'Quyết định', issuer: 'ubnd', number: '27/2025/QĐ-UBND', signer: 'Trần Thị Bích', issuedOn: '2025-08-15', effectiveFrom: '2025-09-01',
    summary: 'Ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh, thay thế Quyết định số 11/2018/QĐ-SGDĐT', fields: ['Giáo dục, đào tạo'], replaces: ['qd11-2018'],
  },
  {
    key: 'luat-dat-dai', kind: 'Luật', issuer: 'qh', number: '31/2024/QH15', signer: 'Trần Thanh Mẫn', issuedOn: '2024-01-18', effectiveFrom: '2024-08-01',
    summary: 'Luật Đất đai (văn bản tham khảo đăng lại để tiện tra cứu)', fields: ['Đất đai'],
  },
  {
    key: 'cv456', kind: 'Công văn', issuer: 'ubnd', number: '456/UBND-KT', signer: 'Nguyễn Văn An', issuedOn: '2026-03-09',
    summary: 'Về việc đôn đốc giải ngân vốn đầu tư công năm 2026', fields: ['Tài chính, ngân sách'],
  },
  {
    key: 'cv789', kind: 'Công văn', issuer: 'stp', number: '789/STP-HCTP', signer: 'Phạm Minh Đức', issuedOn: '2026-05-14',
    summary: 'Về việc triển khai cấp Phiếu lý lịch tư pháp trên ứng dụng định danh điện tử', fields: ['Tư pháp'],
  },
  {
    key: 'cv1021', kind: 'Công văn', issuer: 'bdv', number: '1021-CV/BDVTU', signer: 'Võ Thị Hạnh', issuedOn: '2026-10-02',
    summary: 'Về việc nắm tình hình tư tưởng, tâm trạng của Nhân dân sau sắp xếp đơn vị hành chính', fields: ['Dân vận'],
  },
  {
    key: 'tb88', kind: 'Thông báo', issuer: 'ubnd', number: '88/TB-UBND', signer: 'Trần Thị Bích', issuedOn: '2026-09-21',
    summary: 'Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về tiến độ xây dựng nông thôn mới', fields: ['Nông nghiệp'],
  },
  {
    key: 'tb12', kind: 'Thông báo', issuer: 'sgd', number: '12/TB-SGDĐT', signer: 'Huỳnh Thị Lan', issuedOn: '2026-06-01',
    summary: 'Lịch tuyển sinh vào lớp 10 trung học phổ thông năm học 2026 - 2027', fields: ['Giáo dục, đào tạo'],
  },
  {
    key: 'bc230', kind: 'Báo cáo', issuer: 'ubnd', number: '230/BC-UBND', signer: 'Nguyễn Văn An', issuedOn: '2026-10-28',
    summary: 'Tình hình kinh tế - xã hội 10 tháng đầu năm 2026', fields: ['Tài chính, ngân sách'],
  },
  {
    key: 'bc17', kind: 'Báo cáo', issuer: 'bdv', number: '17-BC/BDVTU', signer: 'Võ Thị Hạnh', issuedOn: '2026-07-05',
    summary: 'Sơ kết công tác dân vận 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026', fields: ['Dân vận'],
  },
  {
    key: 'du-thao', kind: 'Nghị quyết', issuer: 'hdnd', number: 'Dự thảo NQ-HĐND (lần 2)', signer: '', issuedOn: '2026-11-30',
    summary: 'Dự thảo Nghị quyết quy định chính sách hỗ trợ người có công và thân nhân trên địa bàn tỉnh', fields: ['Tài chính, ngân sách'],
    consultation: { opensIn: -7, closesIn: 23, clauses: ['Điều 1', 'Điều 2', 'Điều 3'] },
    bodyHtml: '<p><strong>Điều 1. Phạm vi điều chỉnh</strong></p><p>Nghị quyết này quy định chính sách hỗ trợ người có công với cách mạng và thân nhân.</p><p><strong>Điều 2. Đối tượng áp dụng</strong></p><p><strong>Điều 3. Mức hỗ trợ</strong></p>',
  },
  {
    key: 'qd-nhap', kind: 'Quyết định', issuer: 'ubnd', number: '35/2026/QĐ-UBND', signer: 'Trần Thị Bích', issuedOn: '2026-12-01', effectiveFrom: 8,
    summary: 'Ban hành Quy chế phối hợp trong công tác bồi thường, hỗ trợ, tái định cư', fields: ['Đất đai'], draft: true,
  },
]
