// Word lists for the generated articles. They are written by hand, in the register of a
// provincial mass-mobilisation portal, so that pages carry the same mix of multi-byte
// characters (and roughly the same lengths) as real ones: encoding and escaping costs
// depend on that, and a lorem-ipsum body would understate them.

/** Where the articles go. Weighted so the measured category (tin-tuc/dan-van) has plenty. */
export const CATEGORIES: readonly { path: string; weight: number }[] = [
  { path: 'tin-tuc/dan-van', weight: 4 },
  { path: 'tin-tuc/kinh-te', weight: 2 },
  { path: 'tin-tuc/xa-hoi', weight: 2 },
  { path: 'chi-dao-dieu-hanh', weight: 1 },
  { path: 'guong-dien-hinh/co-so', weight: 2 },
  { path: 'guong-dien-hinh/tap-the', weight: 1 },
  { path: 'dan-van-kheo/mo-hinh-hay', weight: 2 },
  { path: 'thong-bao', weight: 1 },
]

export const PLACES = [
  'TP Quy Nhơn', 'thị xã An Nhơn', 'thị xã Hoài Nhơn', 'huyện Tây Sơn', 'huyện Phù Cát', 'huyện Phù Mỹ',
  'huyện Tuy Phước', 'huyện Vĩnh Thạnh', 'huyện Vân Canh', 'huyện An Lão', 'huyện Hoài Ân',
  'xã Nhơn Hải', 'xã Cát Tiến', 'phường Bùi Thị Xuân', 'xã Mỹ Thắng', 'xã Ân Tường Tây', 'xã Canh Liên',
] as const

export const ORGANISATIONS = [
  'Ban Dân vận Tỉnh ủy', 'Ủy ban MTTQ Việt Nam tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh đoàn',
  'Hội Nông dân tỉnh', 'Hội Cựu chiến binh tỉnh', 'Liên đoàn Lao động tỉnh', 'Ban Dân vận Huyện ủy',
  'UBND huyện', 'Đảng ủy xã', 'Ban Thường trực Ủy ban MTTQ huyện', 'Hội Người cao tuổi tỉnh',
  'Sở Nội vụ', 'Sở Nông nghiệp và Phát triển nông thôn', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh',
] as const

export const EVENTS = [
  'Hội nghị tổng kết', 'Hội nghị sơ kết 6 tháng', 'Tọa đàm về', 'Tập huấn nghiệp vụ', 'Ra mắt mô hình',
  'Biểu dương điển hình', 'Kiểm tra, giám sát việc thực hiện', 'Triển khai kế hoạch', 'Gặp mặt, đối thoại về',
  'Lễ phát động', 'Đại hội đại biểu', 'Hội thi tìm hiểu',
] as const

export const TOPICS = [
  'công tác dân vận', 'Quy chế dân chủ ở cơ sở', 'phong trào thi đua “Dân vận khéo”',
  'chương trình xây dựng nông thôn mới', 'công tác cải cách hành chính', 'công tác dân tộc, tôn giáo',
  'cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”', 'công tác giảm nghèo bền vững',
  'công tác chuyển đổi số', 'phong trào “Ngày thứ bảy tình nguyện”', 'việc tiếp công dân và đối thoại với nhân dân',
  'công tác bảo vệ môi trường', 'chính sách hỗ trợ hộ nghèo, hộ cận nghèo', 'việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'công tác phòng, chống thiên tai', 'việc xây dựng đô thị văn minh', 'phát triển kinh tế tập thể, hợp tác xã',
] as const

export const SUBJECTS = [
  'Các cấp ủy, chính quyền địa phương', 'Đội ngũ cán bộ, đảng viên', 'Mặt trận và các đoàn thể chính trị - xã hội',
  'Ban Chỉ đạo thực hiện Quy chế dân chủ', 'Hệ thống dân vận các cấp', 'Lãnh đạo các sở, ban, ngành',
  'Chi hội phụ nữ thôn', 'Đoàn viên thanh niên', 'Hội viên nông dân', 'Nhân dân trên địa bàn',
  'Tổ hòa giải ở cơ sở', 'Ban công tác Mặt trận khu dân cư', 'Các tập thể, cá nhân điển hình',
] as const

export const VERBS = [
  'đã chủ động tham mưu', 'tích cực triển khai', 'phối hợp tổ chức thực hiện', 'quán triệt sâu rộng',
  'đẩy mạnh tuyên truyền, vận động về', 'thường xuyên kiểm tra, giám sát', 'tập trung lãnh đạo, chỉ đạo',
  'tổ chức sơ kết, đánh giá', 'kịp thời nắm bắt tình hình và giải quyết', 'nâng cao chất lượng',
  'đổi mới nội dung, phương thức thực hiện', 'huy động mọi nguồn lực cho',
] as const

export const OUTCOMES = [
  'đạt nhiều kết quả tích cực', 'tạo sự đồng thuận cao trong nhân dân', 'góp phần giữ vững ổn định chính trị',
  'củng cố niềm tin của nhân dân đối với Đảng, chính quyền', 'hoàn thành và vượt các chỉ tiêu đề ra',
  'được cấp trên ghi nhận, biểu dương', 'lan tỏa sâu rộng trong cộng đồng', 'từng bước nâng cao đời sống vật chất, tinh thần của người dân',
  'giải quyết dứt điểm nhiều vụ việc tồn đọng, kéo dài', 'tạo chuyển biến rõ nét về nhận thức và hành động',
] as const

export const CONNECTIVES = [
  'Bên cạnh đó,', 'Tuy nhiên,', 'Nhờ vậy,', 'Thời gian tới,', 'Theo báo cáo,', 'Đáng chú ý,', 'Cùng với đó,',
  'Phát biểu chỉ đạo hội nghị,', 'Qua đó,', 'Trong năm,', 'Để đạt được kết quả trên,',
] as const

export const TALLIES = [
  'mô hình “Dân vận khéo”', 'hộ gia đình thoát nghèo', 'km đường giao thông nông thôn', 'cuộc đối thoại với nhân dân',
  'lượt cán bộ được tập huấn', 'ngôi nhà Đại đoàn kết', 'tập thể, cá nhân được khen thưởng', 'ý kiến, kiến nghị của cử tri',
  'thủ tục hành chính được giải quyết trực tuyến', 'suất quà tặng hộ khó khăn',
] as const

export const TAGS = [
  'Dân vận khéo', 'Hội nghị tổng kết', 'Quy chế dân chủ', 'Nông thôn mới', 'Cải cách hành chính', 'Chuyển đổi số',
  'Giảm nghèo', 'Mặt trận Tổ quốc', 'Phụ nữ', 'Thanh niên', 'Nông dân', 'Cựu chiến binh', 'Dân tộc', 'Tôn giáo',
  'Gương điển hình', 'Văn bản chỉ đạo', 'Phòng chống thiên tai', 'Đô thị văn minh',
] as const

export const BYLINE_KINDS = ['T/h', 'Theo', 'Bài và ảnh', 'Ảnh', 'Bài'] as const
export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'] as const
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Hữu', 'Thị Thu', 'Đức', 'Kim'] as const
export const GIVEN_NAMES = ['Hải', 'Hà', 'Bình', 'Dũng', 'Hương', 'Lan', 'Tuấn', 'Phương', 'Sơn', 'Trâm', 'Nhân', 'Thảo', 'Quý', 'Vỹ', 'Đông', 'Yến'] as const
