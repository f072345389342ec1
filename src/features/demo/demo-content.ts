// Demo content for an empty database: the portal of a provincial mass-mobilisation
// commission (Ban Dân vận Tỉnh ủy Bình Định). Everything here is illustrative; the
// first article reproduces the seed page that defines the product.

export interface DemoCategory {
  slug: string
  name: string
  parentSlug?: string
  position: number
}

export type DemoBylineKind = 'T/h' | 'Theo' | 'Bài và ảnh' | 'Ảnh' | 'Bài'

export interface DemoArticle {
  title: string
  lead: string
  /** Only <p>, <h2>, <h3>, <ul>/<ol>/<li>, <blockquote>, <strong>, <em> and <figure> with <img>/<figcaption>. */
  bodyHtml: string
  categorySlug: string
  bylineKind: DemoBylineKind
  bylineName: string
  source?: string
  publishedAt: string
  tags: string[]
  /** `file` is a name under demo-images/. */
  leadImage?: { file: string; alt: string; caption: string }
}

export interface DemoLinkGroup {
  name: string
  links: { name: string; url: string }[]
}

export interface DemoWeatherPlace {
  name: string
  latitude: number
  longitude: number
  position: number
}

export interface DemoSite {
  name: string
  tagline: string
  governingBody: string
  responsiblePerson: string
  licence: string
  address: string
  phone: string
  email: string
}

export const demoSite: DemoSite = {
  name: 'Ban Dân vận Tỉnh ủy Bình Định',
  tagline: 'Trang thông tin điện tử – Dân biết, dân bàn, dân làm, dân kiểm tra',
  governingBody: 'Ban Dân vận Tỉnh ủy Bình Định',
  responsiblePerson: 'Trần Văn Bình – Trưởng Ban Biên tập (dữ liệu minh họa)',
  licence: 'Giấy phép số 00/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bình Định cấp (dữ liệu minh họa)',
  address: 'Số 01 Trần Phú, TP Quy Nhơn, tỉnh Bình Định (dữ liệu minh họa)',
  phone: '0256 3xxx xxx',
  email: 'banbientap@example.vn',
}

export const demoCategories: DemoCategory[] = [
  { slug: 'tin-tuc', name: 'Tin tức', position: 1 },
  { slug: 'dan-van', name: 'Dân vận', parentSlug: 'tin-tuc', position: 1 },
  { slug: 'mat-tran-doan-the', name: 'Mặt trận - Đoàn thể', parentSlug: 'tin-tuc', position: 2 },
  { slug: 'tin-co-so', name: 'Tin cơ sở', parentSlug: 'tin-tuc', position: 3 },

  { slug: 'dan-van-chinh-quyen', name: 'Dân vận chính quyền', position: 2 },
  { slug: 'quy-che-dan-chu-o-co-so', name: 'Quy chế dân chủ ở cơ sở', parentSlug: 'dan-van-chinh-quyen', position: 1 },
  { slug: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính', parentSlug: 'dan-van-chinh-quyen', position: 2 },

  { slug: 'dan-van-kheo', name: 'Dân vận khéo', position: 3 },
  { slug: 'mo-hinh-hay', name: 'Mô hình hay', parentSlug: 'dan-van-kheo', position: 1 },
  { slug: 'xay-dung-nong-thon-moi', name: 'Xây dựng nông thôn mới', parentSlug: 'dan-van-kheo', position: 2 },

  { slug: 'dan-toc-ton-giao', name: 'Dân tộc - Tôn giáo', position: 4 },
  { slug: 'cong-tac-dan-toc', name: 'Công tác dân tộc', parentSlug: 'dan-toc-ton-giao', position: 1 },
  { slug: 'cong-tac-ton-giao', name: 'Công tác tôn giáo', parentSlug: 'dan-toc-ton-giao', position: 2 },

  { slug: 'guong-dien-hinh', name: 'Gương điển hình', position: 5 },

  { slug: 'van-ban-tu-lieu', name: 'Văn bản - Tư liệu', position: 6 },
  { slug: 'van-ban-chi-dao', name: 'Văn bản chỉ đạo', parentSlug: 'van-ban-tu-lieu', position: 1 },
  { slug: 'tu-lieu', name: 'Tư liệu', parentSlug: 'van-ban-tu-lieu', position: 2 },
]

export const demoLinkGroups: DemoLinkGroup[] = [
  {
    name: 'Liên kết website',
    links: [
      { name: 'Ban Dân vận Trung ương', url: 'https://danvan.vn' },
      { name: 'Báo điện tử Đảng Cộng sản Việt Nam', url: 'https://dangcongsan.vn' },
      { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
      { name: 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam', url: 'https://quochoi.vn' },
      { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', url: 'https://mattran.org.vn' },
      { name: 'Báo Nhân Dân', url: 'https://nhandan.vn' },
      { name: 'Cổng Thông tin điện tử tỉnh Bình Định', url: 'https://binhdinh.gov.vn' },
      { name: 'Báo Bình Định', url: 'https://baobinhdinh.vn' },
    ],
  },
  {
    name: 'Cơ quan trong tỉnh',
    links: [
      { name: 'Trang thông tin điện tử Đảng bộ tỉnh Bình Định', url: 'https://binhdinh.dcs.vn' },
      { name: 'Cổng Dịch vụ công tỉnh Bình Định', url: 'https://dichvucong.binhdinh.gov.vn' },
      { name: 'Sở Nông nghiệp và Phát triển nông thôn', url: 'https://snnptnt.binhdinh.gov.vn' },
      { name: 'Ủy ban nhân dân huyện Tây Sơn', url: 'https://tayson.binhdinh.gov.vn' },
      { name: 'Trường Đại học Quy Nhơn', url: 'https://qnu.edu.vn' },
    ],
  },
]

export const demoWeatherPlaces: DemoWeatherPlace[] = [
  { name: 'Quy Nhơn', latitude: 13.776, longitude: 109.224, position: 1 },
  { name: 'An Nhơn', latitude: 13.889, longitude: 109.111, position: 2 },
  { name: 'Hoài Nhơn', latitude: 14.433, longitude: 109.016, position: 3 },
  { name: 'Tây Sơn', latitude: 13.908, longitude: 108.918, position: 4 },
]

export const demoArticles: DemoArticle[] = [
  // The seed article, exactly as on the page that defines the product.
  {
    title: 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021',
    lead: 'Dự và chỉ đạo hội nghị có đồng chí Lê Quốc Chỉnh – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.',
    bodyHtml: [
      '<p>Ghi nhận, biểu dương kết quả mà Ban Dân vận Tỉnh ủy và hệ thống dân vận của tỉnh đã đạt được trong năm 2020, đồng chí Lê Quốc Chỉnh – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh yêu cầu: trong năm 2021, Ngành dân vận tập trung thực hiện tốt 5 nhiệm vụ trọng tâm; trong đó, đặc biệt lưu ý thực hiện tốt việc định hướng, xây dựng trọng tâm trọng điểm đối với công tác giám sát, phản biện. Với chủ đề “Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở” hệ thống dân vận các cấp tiếp tục đổi mới, nâng cao chất lượng và hiệu quả công tác tham mưu cho cấp ủy các cấp về công tác dân vận; tăng cường công tác tuyên truyền, vận động nhân dân, xây dựng khối đoàn kết toàn dân góp phần củng cố vững chắc lòng tin của nhân dân đối với Đảng và Nhà nước. Thực hiện tốt Quy chế công tác dân vận của hệ thống chính trị, phát huy vai trò của nhân dân tham gia xây dựng Đảng, chính quyền “Trong sạch vững mạnh”; đẩy mạnh các phong trào thi đua yêu nước, trọng tâm là phong trào thi đua “Dân vận khéo” gắn với Cuộc vận động “Xây dựng nông thôn mới, đô thị văn minh” lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, bầu cử Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026.</p>',
      '<p>Năm 2020, các cấp ủy đảng, chính quyền đã quan tâm chú trọng triển khai nhiệm vụ công tác dân vận, thực hiện năm “Dân vận khéo”. Công tác dân vận của các cơ quan nhà nước được đẩy mạnh, tập trung vào công tác cải cách hành chính; tiếp dân, giải quyết đơn thư khiếu nại, tố cáo của công dân; đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị; tuyên truyền, vận động nhân dân tích cực tham gia phát triển kinh tế - xã hội, phòng chống dịch bệnh Covid-19 hiệu quả. Công tác dân vận, MTTQ và các đoàn thể chính trị - xã hội đã đóng góp tích cực trong việc tuyên truyền, vận động nhân dân và huy động nhiều nguồn đóng góp cho công tác phòng chống dịch, công tác từ thiện, nhân đạo, thực hiện chính sách an sinh xã hội của tỉnh. Tham gia góp ý xây dựng Đảng, chính quyền được phát huy mạnh mẽ; mối quan hệ giữa cấp ủy, chính quyền với nhân dân ngày càng gắn bó góp phần giữ vững tình hình an ninh chính trị, trật tự an toàn xã hội, tổ chức thành công Đại hội Đảng bộ các cấp nhiệm kỳ 2020 – 2025, hướng tới Đại hội Đảng toàn quốc lần thứ XIII. Hệ thống dân vận các cấp đã tích cực, chủ động trong công tác tham mưu, đề xuất, phối hợp với chính quyền và các cơ quan liên quan thực hiện các nhiệm vụ công tác dân vận, góp phần hoàn thành nhiệm vụ chính trị của địa phương./.</p>',
    ].join('\n'),
    categorySlug: 'dan-van',
    bylineKind: 'T/h',
    bylineName: 'Lê Hải',
    publishedAt: '2021-01-15T02:30:00.000Z',
    tags: ['Dân vận khéo', 'Hội nghị tổng kết'],
  },

  // ── Tin tức › Dân vận ──────────────────────────────────────────────────────
  {
    title: 'Kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 – 15/10/2020)',
    lead: 'Sáng 14/10, Ban Dân vận Tỉnh ủy tổ chức gặp mặt các thế hệ cán bộ làm công tác dân vận qua các thời kỳ nhân kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng.',
    bodyHtml: [
      '<p>Tham dự buổi gặp mặt có đại diện lãnh đạo Thường trực Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh cùng nhiều đồng chí nguyên là lãnh đạo Ban Dân vận Tỉnh ủy qua các thời kỳ.</p>',
      '<p>Ôn lại chặng đường 90 năm, các đại biểu khẳng định: công tác dân vận luôn là nhiệm vụ có ý nghĩa chiến lược đối với sự nghiệp cách mạng của Đảng. Trên quê hương Bình Định, từ những năm kháng chiến gian khổ đến thời kỳ đổi mới, đội ngũ cán bộ dân vận đã bám dân, bám cơ sở, góp phần xây dựng khối đại đoàn kết toàn dân tộc, tạo nền tảng vững chắc cho sự phát triển của tỉnh.</p>',
      '<h2>Nhiều dấu ấn trong nhiệm kỳ 2015 – 2020</h2>',
      '<p>Trong nhiệm kỳ vừa qua, hệ thống dân vận các cấp đã tham mưu cấp ủy ban hành nhiều văn bản lãnh đạo, chỉ đạo sát với thực tiễn; thực hiện có hiệu quả Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Phong trào thi đua “Dân vận khéo” lan tỏa rộng khắp, nhiều mô hình được công nhận ở các cấp.</p>',
      '<p>Dịp này, nhiều tập thể, cá nhân có thành tích xuất sắc trong công tác dân vận được biểu dương, khen thưởng. Các đại biểu mong muốn thế hệ cán bộ dân vận hôm nay tiếp tục giữ gìn, phát huy truyền thống, thực hiện tốt phương châm “trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”.</p>',
    ].join('\n'),
    categorySlug: 'dan-van',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Nguyễn Thị Thu Hà',
    publishedAt: '2020-10-14T04:10:00.000Z',
    tags: ['Ngày truyền thống dân vận', 'Dân vận khéo'],
    leadImage: {
      file: 'hoi-truong.svg',
      alt: 'Hội trường trang trọng với bàn chủ tọa phía trước và các hàng ghế đại biểu',
      caption: 'Quang cảnh buổi gặp mặt các thế hệ cán bộ làm công tác dân vận.',
    },
  },
  {
    title: 'Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2020',
    lead: 'Trong 6 tháng đầu năm, hệ thống dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân thực hiện tốt các biện pháp phòng chống dịch Covid-19 và chuẩn bị chu đáo cho đại hội đảng bộ các cấp.',
    bodyHtml: [
      '<p>Theo báo cáo tại hội nghị, ngay từ đầu năm, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành chương trình công tác dân vận năm 2020; hướng dẫn các huyện, thị, thành ủy xây dựng kế hoạch triển khai phù hợp với tình hình từng địa phương.</p>',
      '<p>Trước diễn biến phức tạp của dịch Covid-19, hệ thống dân vận, Mặt trận Tổ quốc và các đoàn thể đã vận động nhân dân chấp hành nghiêm các biện pháp giãn cách xã hội; đồng thời tiếp nhận, phân bổ kịp thời các nguồn ủng hộ đến người lao động mất việc làm, hộ nghèo và hộ có hoàn cảnh khó khăn.</p>',
      '<h2>Nhiệm vụ 6 tháng cuối năm</h2>',
      '<ul>',
      '<li>Tuyên truyền, vận động nhân dân tham gia đóng góp ý kiến vào dự thảo văn kiện đại hội đảng bộ các cấp;</li>',
      '<li>Nắm chắc tình hình nhân dân, kịp thời tham mưu giải quyết những vấn đề bức xúc, phát sinh ở cơ sở;</li>',
      '<li>Đẩy mạnh phong trào thi đua “Dân vận khéo”, chú trọng nhân rộng các mô hình hiệu quả;</li>',
      '<li>Chủ động chuẩn bị các hoạt động kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng.</li>',
      '</ul>',
      '<p>Phát biểu kết luận, lãnh đạo Ban Dân vận Tỉnh ủy đề nghị các cơ quan, đơn vị nâng cao tinh thần trách nhiệm, bám sát cơ sở, lắng nghe tâm tư, nguyện vọng của nhân dân để tham mưu cấp ủy giải quyết kịp thời, không để phát sinh điểm nóng.</p>',
    ].join('\n'),
    categorySlug: 'dan-van',
    bylineKind: 'T/h',
    bylineName: 'Phạm Văn Lộc',
    publishedAt: '2020-07-08T02:20:00.000Z',
    tags: ['Sơ kết', 'Covid-19'],
  },
  {
    title: 'Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2021',
    lead: 'Hơn 200 cán bộ làm công tác dân vận ở các xã, phường, thị trấn được cập nhật kiến thức và kỹ năng vận động quần chúng trong tình hình mới.',
    bodyHtml: [
      '<p>Trong hai ngày, các học viên được báo cáo viên của Ban Dân vận Tỉnh ủy truyền đạt các chuyên đề: những điểm mới trong văn kiện Đại hội XIII của Đảng liên quan đến công tác dân vận; kỹ năng nắm tình hình nhân dân và xử lý các tình huống phát sinh ở cơ sở; nghiệp vụ thực hiện quy chế dân chủ ở cơ sở.</p>',
      '<p>Chuyên đề về kỹ năng đối thoại với nhân dân thu hút sự quan tâm của đông đảo học viên. Thông qua các tình huống cụ thể như giải phóng mặt bằng, tranh chấp đất đai, ô nhiễm môi trường, học viên cùng trao đổi cách tiếp cận, lắng nghe và thuyết phục người dân trên tinh thần thấu tình, đạt lý.</p>',
      '<blockquote><p>Cán bộ dân vận phải nói để dân hiểu, làm để dân tin. Muốn vậy, trước hết phải chịu khó đến với dân, nghe dân nói cho hết, rồi mới cùng dân tìm cách giải quyết.</p></blockquote>',
      '<p>Đó là chia sẻ của một báo cáo viên tại lớp tập huấn, cũng là điều mà nhiều học viên tâm đắc sau khóa học. Trong năm 2021, Ban Dân vận Tỉnh ủy sẽ tiếp tục phối hợp với các huyện, thị, thành ủy bồi dưỡng nghiệp vụ cho cán bộ dân vận ở thôn, làng, khu phố.</p>',
    ].join('\n'),
    categorySlug: 'dan-van',
    bylineKind: 'Bài',
    bylineName: 'Trần Minh Tuấn',
    publishedAt: '2021-03-05T01:40:00.000Z',
    tags: ['Tập huấn', 'Quy chế dân chủ'],
  },
  {
    title: 'Chủ động tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp',
    lead: 'Ban Dân vận Tỉnh ủy vừa hướng dẫn hệ thống dân vận các cấp tăng cường tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026.',
    bodyHtml: [
      '<p>Theo hướng dẫn, Ban Dân vận các huyện, thị, thành ủy và đảng ủy trực thuộc phối hợp với Ủy ban MTTQ Việt Nam cùng cấp tham gia công tác hiệp thương, giới thiệu người ứng cử; nắm chắc tình hình tư tưởng, tâm trạng của nhân dân trước, trong và sau ngày bầu cử.</p>',
      '<p>Công tác tuyên truyền được thực hiện bằng nhiều hình thức phù hợp với từng đối tượng: qua hệ thống loa truyền thanh cơ sở, sinh hoạt chi bộ, họp tổ dân phố, hội nghị cử tri nơi cư trú. Ở vùng đồng bào dân tộc thiểu số, các địa phương phát huy vai trò của già làng, người có uy tín để cử tri hiểu rõ quyền và nghĩa vụ của mình.</p>',
      '<h2>Chú trọng địa bàn có đông đồng bào có đạo</h2>',
      '<p>Đối với địa bàn có đông đồng bào theo tôn giáo, hướng dẫn yêu cầu phối hợp với chức sắc, chức việc vận động tín đồ tham gia bầu cử đầy đủ, đúng thời gian; bố trí thời gian bỏ phiếu hợp lý, không trùng với giờ sinh hoạt tôn giáo.</p>',
      '<p>Các cơ quan dân vận cũng được giao theo dõi việc tiếp xúc cử tri, tổng hợp kiến nghị của cử tri gửi đến các cấp có thẩm quyền, góp phần để cuộc bầu cử thật sự là ngày hội của toàn dân.</p>',
    ].join('\n'),
    categorySlug: 'dan-van',
    bylineKind: 'Theo',
    bylineName: 'Minh Thư',
    source: 'Báo Bình Định',
    publishedAt: '2021-03-24T03:05:00.000Z',
    tags: ['Bầu cử', 'Mặt trận Tổ quốc'],
  },

  // ── Tin tức ────────────────────────────────────────────────────────────────
  {
    title: 'Cả hệ thống chính trị vào cuộc, hỗ trợ nhân dân khắc phục hậu quả mưa lũ',
    lead: 'Ngay sau khi nước rút, cán bộ, đoàn viên, hội viên các đoàn thể đã có mặt tại các thôn bị ngập sâu ở Tuy Phước, An Nhơn, Tây Sơn để giúp dân dọn dẹp nhà cửa, ổn định cuộc sống.',
    bodyHtml: [
      '<p>Tại xã Phước Sơn (huyện Tuy Phước), hàng chục đoàn viên thanh niên cùng lực lượng dân quân đã dùng máy bơm, xẻng xúc bùn non bám trong nhà dân, trường học và trạm y tế. Ở nhiều thôn, các chi hội phụ nữ nấu cơm, mang nước uống đến tận nhà cho những hộ neo đơn, người cao tuổi.</p>',
      '<p>Ủy ban MTTQ Việt Nam tỉnh kịp thời phát động cuộc vận động ủng hộ đồng bào bị thiệt hại do thiên tai. Các tổ chức, doanh nghiệp, cơ sở tôn giáo và người dân trong, ngoài tỉnh hưởng ứng tích cực; gạo, mì tôm, nước uống, áo phao được phân bổ đến đúng người, đúng địa bàn.</p>',
      '<h2>Công khai, minh bạch nguồn cứu trợ</h2>',
      '<p>Để việc hỗ trợ đến đúng đối tượng, Ban Dân vận Tỉnh ủy đề nghị các địa phương công khai danh sách hộ được nhận hỗ trợ tại nhà văn hóa thôn, khu phố; phát huy vai trò giám sát của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng.</p>',
      '<p>“Lũ rút đến đâu, cán bộ có mặt đến đó. Bà con thấy chính quyền, đoàn thể ở bên mình thì yên tâm hơn nhiều”, một cán bộ Mặt trận xã chia sẻ.</p>',
    ].join('\n'),
    categorySlug: 'tin-tuc',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Võ Ngọc Anh',
    publishedAt: '2020-11-05T09:30:00.000Z',
    tags: ['Phòng chống thiên tai', 'An sinh xã hội', 'Mặt trận Tổ quốc'],
    leadImage: {
      file: 'mua-lu.svg',
      alt: 'Nhà dân chìm trong nước lũ, một chiếc thuyền chở người đi giữa dòng nước',
      caption: 'Nhiều khu dân cư vùng hạ lưu bị ngập sâu trong đợt mưa lũ (ảnh minh họa).',
    },
  },

  // ── Tin tức › Mặt trận - Đoàn thể ──────────────────────────────────────────
  {
    title: 'Ấm áp Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư',
    lead: 'Nhân kỷ niệm 90 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 – 18/11/2020), các khu dân cư trong tỉnh đồng loạt tổ chức Ngày hội Đại đoàn kết toàn dân tộc.',
    bodyHtml: [
      '<p>Tại khu phố 3, phường Nhơn Bình (TP Quy Nhơn), ngày hội diễn ra trong không khí đầm ấm với phần lễ ngắn gọn và nhiều hoạt động văn hóa, thể thao do chính người dân tổ chức. Ban công tác Mặt trận khu phố báo cáo kết quả thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và biểu dương các hộ gia đình tiêu biểu.</p>',
      '<p>Ở những huyện vừa chịu ảnh hưởng của mưa lũ, ngày hội được tổ chức gọn nhẹ, dành kinh phí thăm hỏi, tặng quà cho các gia đình bị thiệt hại. Nhiều khu dân cư lồng ghép bàn giao nhà “Đại đoàn kết” cho hộ nghèo.</p>',
      '<figure><img src="/media/demo/nha-dai-doan-ket.svg" alt="Ngôi nhà mới mái đỏ giữa vườn cây, trước nhà là một gia đình"><figcaption>Một căn nhà “Đại đoàn kết” được bàn giao cho hộ nghèo dịp ngày hội.</figcaption></figure>',
      '<p>Ngày hội còn là dịp để cấp ủy, chính quyền lắng nghe ý kiến của nhân dân. Nhiều kiến nghị về vệ sinh môi trường, chiếu sáng khu dân cư, an ninh trật tự được ghi nhận và chuyển đến cơ quan chức năng xem xét, giải quyết.</p>',
    ].join('\n'),
    categorySlug: 'mat-tran-doan-the',
    bylineKind: 'Ảnh',
    bylineName: 'Đặng Quốc Việt',
    publishedAt: '2020-11-17T08:45:00.000Z',
    tags: ['Mặt trận Tổ quốc', 'Đại đoàn kết'],
    leadImage: {
      file: 'ngay-hoi.svg',
      alt: 'Cờ dây nhiều màu, hai dãy lều và đông người dân dự ngày hội',
      caption: 'Người dân khu phố 3, phường Nhơn Bình vui Ngày hội Đại đoàn kết toàn dân tộc.',
    },
  },
  {
    title: 'Hội Nông dân hỗ trợ hội viên khôi phục sản xuất sau thiên tai',
    lead: 'Hội Nông dân tỉnh phối hợp cung ứng giống, phân bón trả chậm và giải ngân vốn từ Quỹ hỗ trợ nông dân, giúp hội viên sớm ổn định sản xuất vụ Đông Xuân 2020 – 2021.',
    bodyHtml: [
      '<p>Sau đợt mưa lũ cuối năm, nhiều diện tích lúa, hoa màu và ao nuôi thủy sản của nông dân ở các huyện phía Nam tỉnh bị hư hại. Các cấp hội đã nhanh chóng rà soát, thống kê thiệt hại của từng hộ hội viên để có phương án hỗ trợ phù hợp.</p>',
      '<p>Hội Nông dân tỉnh phối hợp với các doanh nghiệp vật tư nông nghiệp cung ứng phân bón theo hình thức trả chậm, không tính lãi đến cuối vụ; đồng thời ưu tiên giải ngân nguồn vốn Quỹ hỗ trợ nông dân cho các hộ bị thiệt hại nặng để tái đàn vật nuôi, khôi phục ao nuôi.</p>',
      '<h3>Tổ hội nghề nghiệp phát huy hiệu quả</h3>',
      '<p>Tại nhiều địa phương, các tổ hội nghề nghiệp đã tổ chức đổi công, giúp nhau nạo vét kênh mương nội đồng, khơi thông dòng chảy trước khi xuống giống. Cách làm này vừa tiết kiệm chi phí, vừa thắt chặt tình làng nghĩa xóm.</p>',
      '<p>Thời gian tới, Hội tiếp tục phối hợp với ngành nông nghiệp hướng dẫn hội viên chuyển đổi cơ cấu cây trồng thích ứng với biến đổi khí hậu, liên kết sản xuất theo chuỗi giá trị.</p>',
    ].join('\n'),
    categorySlug: 'mat-tran-doan-the',
    bylineKind: 'Theo',
    bylineName: 'Thanh Tâm',
    source: 'Cổng Thông tin điện tử tỉnh Bình Định',
    publishedAt: '2020-12-09T02:50:00.000Z',
    tags: ['Hội Nông dân', 'Phòng chống thiên tai'],
  },
  {
    title: 'Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2020',
    lead: 'Hàng nghìn đoàn viên, thanh niên trong tỉnh tham gia lễ ra quân với nhiều phần việc thiết thực hướng về cơ sở, vùng khó khăn.',
    bodyHtml: [
      '<p>Chiến dịch năm nay tập trung vào các nội dung: tham gia xây dựng nông thôn mới, đô thị văn minh; bảo vệ môi trường; hỗ trợ học sinh ôn thi tốt nghiệp THPT; chăm sóc sức khỏe cộng đồng và tiếp tục tuyên truyền phòng chống dịch Covid-19.</p>',
      '<ol>',
      '<li>Các đội hình “Mùa hè xanh” của sinh viên về các xã miền núi Vân Canh, An Lão, Vĩnh Thạnh dạy chữ, tổ chức sinh hoạt hè cho thiếu nhi.</li>',
      '<li>Đoàn viên ở các xã ven biển thu gom rác thải nhựa, làm sạch bãi biển.</li>',
      '<li>Đội hình thầy thuốc trẻ khám bệnh, cấp thuốc miễn phí cho người cao tuổi, gia đình chính sách.</li>',
      '</ol>',
      '<p>Nhiều cơ sở đoàn đã chủ động bàn với cấp ủy, chính quyền để nhận những phần việc cụ thể, có địa chỉ như thắp sáng ngõ xóm, xây dựng sân chơi cho thiếu nhi, tu sửa nhà nhân ái.</p>',
      '<p>Phát biểu tại lễ ra quân, lãnh đạo Tỉnh đoàn đề nghị mỗi đội hình tình nguyện thực hiện tốt phương châm “ba cùng” với nhân dân, để mỗi đoàn viên là một tuyên truyền viên tích cực ở cơ sở.</p>',
    ].join('\n'),
    categorySlug: 'mat-tran-doan-the',
    bylineKind: 'Bài',
    bylineName: 'Lê Thị Ngọc Trâm',
    publishedAt: '2020-06-21T01:10:00.000Z',
    tags: ['Đoàn Thanh niên', 'Tình nguyện'],
  },
  {
    title: 'Phụ nữ Bình Định chung tay xây dựng gia đình “5 không, 3 sạch”',
    lead: 'Cuộc vận động xây dựng gia đình “5 không, 3 sạch” đang được các cấp Hội Liên hiệp Phụ nữ trong tỉnh triển khai gắn với xây dựng nông thôn mới.',
    bodyHtml: [
      '<p><strong>“5 không”</strong> là không đói nghèo; không vi phạm pháp luật và tệ nạn xã hội; không có bạo lực gia đình; không sinh con thứ ba trở lên; không có trẻ suy dinh dưỡng và bỏ học. <strong>“3 sạch”</strong> là sạch nhà, sạch bếp, sạch ngõ. Những tiêu chí giản dị ấy đã trở thành việc làm hằng ngày của nhiều gia đình hội viên.</p>',
      '<p>Tại huyện Hoài Ân, các chi hội phụ nữ duy trì ngày thứ Bảy tình nguyện, cùng nhau dọn vệ sinh, trồng hoa dọc các ngõ xóm. Nhiều hội viên còn góp vốn xoay vòng, giúp nhau phát triển kinh tế, giảm nghèo bền vững.</p>',
      '<p>Theo đánh giá của Hội LHPN tỉnh, cuộc vận động đã góp phần hoàn thành các tiêu chí về môi trường, văn hóa trong xây dựng nông thôn mới; đồng thời nâng cao vai trò, vị thế của phụ nữ trong gia đình và cộng đồng.</p>',
    ].join('\n'),
    categorySlug: 'mat-tran-doan-the',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Bùi Thị Mai',
    publishedAt: '2020-09-16T02:15:00.000Z',
    tags: ['Hội Liên hiệp Phụ nữ', 'Nông thôn mới'],
  },

  // ── Tin tức › Tin cơ sở ────────────────────────────────────────────────────
  {
    title: 'Phù Cát hưởng ứng Ngày Đại dương thế giới, ra quân trồng dương liễu chắn cát',
    lead: 'Hưởng ứng Ngày Đại dương thế giới 8/6, hàng trăm cán bộ, đoàn viên và người dân các xã ven biển huyện Phù Cát đã ra quân trồng dương liễu, làm sạch bãi biển.',
    bodyHtml: [
      '<p>Tại bãi biển thuộc xã Cát Hải, lực lượng tham gia chia thành nhiều nhóm: nhóm trồng cây trên các bãi cát trống, nhóm thu gom rác thải nhựa, lưới cũ dạt vào bờ. Hàng nghìn cây dương liễu giống đã được trồng xuống dọc dải cát ven biển.</p>',
      '<p>Theo người dân địa phương, rừng dương liễu ven biển có vai trò đặc biệt quan trọng: chắn gió, chắn cát bay, bảo vệ nhà cửa, ruộng vườn và hạn chế xói lở vào mùa mưa bão. Vì vậy, việc trồng và bảo vệ rừng phòng hộ luôn được bà con đồng tình hưởng ứng.</p>',
      '<h2>Mỗi hộ dân nhận chăm sóc một hàng cây</h2>',
      '<p>Để cây trồng sống và phát triển tốt, Ủy ban MTTQ xã phối hợp với các chi hội vận động mỗi hộ dân sống gần khu vực trồng rừng nhận chăm sóc, bảo vệ một hàng cây; đồng thời đưa nội dung bảo vệ rừng phòng hộ vào hương ước, quy ước của thôn.</p>',
      '<p>Dịp này, các đại biểu cũng phát động phong trào hạn chế sử dụng túi ni lông, đồ nhựa dùng một lần, chung tay giữ gìn môi trường biển và đại dương xanh, sạch.</p>',
    ].join('\n'),
    categorySlug: 'tin-co-so',
    bylineKind: 'Theo',
    bylineName: 'Hoài Thu',
    source: 'Đài Phát thanh và Truyền hình Bình Định',
    publishedAt: '2020-06-08T03:20:00.000Z',
    tags: ['Môi trường', 'Đoàn Thanh niên'],
    leadImage: {
      file: 'bien-ven-bo.svg',
      alt: 'Bờ biển với bãi cát vàng, hàng dương liễu xanh và một cánh buồm ngoài khơi',
      caption: 'Rừng dương liễu phòng hộ dọc bờ biển Phù Cát.',
    },
  },
  {
    title: 'Hoài Nhơn: Nâng cao hiệu quả công tác hoà giải ở cơ sở',
    lead: 'Các tổ hoà giải ở thôn, khu phố của thị xã Hoài Nhơn đã giải quyết thành công nhiều mâu thuẫn, tranh chấp nhỏ ngay từ cơ sở, góp phần giữ gìn tình làng nghĩa xóm.',
    bodyHtml: [
      '<p>Thị xã Hoài Nhơn hiện có hàng trăm tổ hoà giải với đội ngũ hoà giải viên là trưởng thôn, trưởng khu phố, cán bộ Mặt trận, hội viên cựu chiến binh, phụ nữ và người cao tuổi có uy tín trong cộng đồng. Các tổ hoà giải thường xuyên được bồi dưỡng kiến thức pháp luật và kỹ năng hoà giải.</p>',
      '<p>Ông Trần Văn Thành, tổ trưởng tổ hoà giải một khu phố ở phường Tam Quan, chia sẻ: “Làm hoà giải phải kiên trì, khách quan, nghe cả hai bên nói. Nhiều vụ việc phải đến nhà năm, bảy lần, ngồi uống nước, nói chuyện thì bà con mới mở lòng”.</p>',
      '<h2>Giữ gìn tình làng nghĩa xóm</h2>',
      '<p>Theo Phòng Tư pháp thị xã, phần lớn vụ việc được đưa ra hoà giải liên quan đến tranh chấp ranh giới đất, lối đi chung, mâu thuẫn trong gia đình và giữa các hộ hàng xóm. Tỷ lệ hoà giải thành đạt cao, hạn chế đáng kể đơn thư vượt cấp.</p>',
      '<p>Thời gian tới, thị xã tiếp tục kiện toàn các tổ hoà giải, bố trí kinh phí hỗ trợ hoà giải viên theo quy định của Luật Hoà giải ở cơ sở, đồng thời nhân rộng các cách làm hay để mỗi khu dân cư thật sự hoà thuận, bình yên.</p>',
    ].join('\n'),
    categorySlug: 'tin-co-so',
    bylineKind: 'Bài',
    bylineName: 'Nguyễn Văn Hùng',
    publishedAt: '2020-08-19T02:40:00.000Z',
    tags: ['Hòa giải ở cơ sở', 'Quy chế dân chủ'],
  },
  {
    title: 'Đại hội đại biểu Đảng bộ thị xã An Nhơn nhiệm kỳ 2020 – 2025',
    lead: 'Đại hội đã thảo luận, thông qua nghị quyết với mục tiêu xây dựng Đảng bộ thị xã trong sạch, vững mạnh, phát huy sức mạnh khối đại đoàn kết để xây dựng An Nhơn ngày càng văn minh, hiện đại.',
    bodyHtml: [
      '<p>Tham dự đại hội có các đại biểu chính thức đại diện cho toàn thể đảng viên trong Đảng bộ thị xã, cùng đại diện lãnh đạo Tỉnh ủy và các sở, ban, ngành của tỉnh.</p>',
      '<p>Báo cáo chính trị trình đại hội đánh giá: nhiệm kỳ 2015 – 2020, Đảng bộ và nhân dân thị xã đã đoàn kết, nỗ lực vượt qua khó khăn, hoàn thành phần lớn các chỉ tiêu nghị quyết đề ra. Kinh tế tiếp tục tăng trưởng; kết cấu hạ tầng đô thị và nông thôn được đầu tư; đời sống vật chất, tinh thần của nhân dân được nâng lên.</p>',
      '<h2>Phát huy sức mạnh khối đại đoàn kết</h2>',
      '<p>Một trong những bài học kinh nghiệm được đại hội rút ra là luôn coi trọng công tác dân vận, phát huy quyền làm chủ của nhân dân; mọi chủ trương lớn đều được bàn bạc công khai, dân chủ để tạo sự đồng thuận trong xã hội.</p>',
      '<p>Đại hội đã bầu Ban Chấp hành Đảng bộ thị xã khóa mới và bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.</p>',
    ].join('\n'),
    categorySlug: 'tin-co-so',
    bylineKind: 'T/h',
    bylineName: 'Hồ Văn Sang',
    publishedAt: '2020-07-16T10:00:00.000Z',
    tags: ['Đại hội Đảng'],
  },
  {
    title: 'Xã Phước Hòa xây dựng khu dân cư hòa thuận, an toàn',
    lead: 'Gắn công tác hòa giải với phong trào toàn dân bảo vệ an ninh Tổ quốc, xã Phước Hòa (huyện Tuy Phước) đã giữ vững bình yên ở từng thôn xóm.',
    bodyHtml: [
      '<p>Những năm gần đây, các thôn của xã Phước Hòa đều thành lập tổ tự quản về an ninh trật tự, duy trì tuần tra vào ban đêm, nhất là ở các khu vực giáp ranh. Người dân chủ động cung cấp thông tin về đối tượng khả nghi cho công an xã để kịp thời xử lý.</p>',
      '<p>Song song với đó, các tổ hòa giải hoạt động nền nếp. Mỗi vụ việc phát sinh đều được tổ hòa giải nắm bắt từ sớm, phân công người có uy tín trong dòng họ, khu dân cư đến gặp gỡ, phân tích đúng sai để các bên tự nguyện hòa giải.</p>',
      '<blockquote><p>Chuyện trong xóm thì người trong xóm nói với nhau dễ nghe hơn. Có khi chỉ một buổi ngồi lại là hai nhà hết giận.</p></blockquote>',
      '<p>Chính quyền xã cũng định kỳ tổ chức đối thoại với nhân dân tại các thôn, công khai các khoản thu, chi và kế hoạch đầu tư, tạo niềm tin và sự đồng thuận trong nhân dân.</p>',
    ].join('\n'),
    categorySlug: 'tin-co-so',
    bylineKind: 'Theo',
    bylineName: 'Quang Minh',
    source: 'Báo Bình Định',
    publishedAt: '2020-09-29T03:30:00.000Z',
    tags: ['Hòa giải ở cơ sở', 'An ninh trật tự'],
  },

  // ── Dân vận chính quyền ────────────────────────────────────────────────────
  {
    title: 'Tiếp công dân: cán bộ phải gần dân, nghe dân nói cho hết',
    lead: 'Nhiều vụ việc khiếu nại kéo dài đã được giải quyết dứt điểm nhờ người đứng đầu trực tiếp tiếp dân, đối thoại thẳng thắn và kiên trì thuyết phục.',
    bodyHtml: [
      '<p>Thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, chính quyền các cấp trong tỉnh đã chú trọng công tác tiếp công dân, giải quyết khiếu nại, tố cáo. Lịch tiếp công dân định kỳ của người đứng đầu được công khai để người dân biết, theo dõi.</p>',
      '<p>Một lãnh đạo huyện kể lại: có hộ dân khiếu nại về giá bồi thường đất suốt nhiều năm. Thay vì chỉ trả lời bằng văn bản, huyện tổ chức nhiều buổi làm việc ngay tại nhà dân, cùng rà soát từng hạng mục, giải thích rõ căn cứ pháp lý. Khi thấy chính quyền làm việc thấu đáo, công khai, gia đình đã rút đơn và bàn giao mặt bằng.</p>',
      '<h2>Bài học từ phong trào “Dân vận khéo”</h2>',
      '<p>Từ thực tiễn phong trào thi đua “Dân vận khéo”, nhiều địa phương rút ra rằng: tiếp dân không chỉ là nghe và ghi chép, mà phải hiểu được nguyện vọng chính đáng đằng sau mỗi lá đơn. Cán bộ cần nói rõ việc gì làm được, việc gì chưa làm được và vì sao, tránh hứa suông.</p>',
      '<ul>',
      '<li>Tiếp dân đúng lịch, đúng thành phần, không ủy quyền tràn lan;</li>',
      '<li>Vụ việc phức tạp phải xuống tận cơ sở để xác minh, đối thoại;</li>',
      '<li>Công khai kết quả giải quyết để nhân dân giám sát.</li>',
      '</ul>',
    ].join('\n'),
    categorySlug: 'dan-van-chinh-quyen',
    bylineKind: 'Theo',
    bylineName: 'Thu Hiền',
    source: 'Tạp chí Dân vận',
    publishedAt: '2021-01-27T02:10:00.000Z',
    tags: ['Tiếp công dân', 'Dân vận chính quyền'],
  },

  // ── Dân vận chính quyền › Quy chế dân chủ ở cơ sở ──────────────────────────
  {
    title: 'Thực hiện dân chủ trong cơ quan hành chính nhà nước: nhiều chuyển biến tích cực',
    lead: 'Việc thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước theo Nghị định số 04/2015/NĐ-CP của Chính phủ đã góp phần xây dựng đội ngũ cán bộ, công chức có trách nhiệm, phục vụ nhân dân tốt hơn.',
    bodyHtml: [
      '<p>Các sở, ban, ngành và UBND các huyện, thị xã, thành phố đã ban hành, sửa đổi quy chế dân chủ, quy chế làm việc, quy chế chi tiêu nội bộ phù hợp với thực tế. Những nội dung cán bộ, công chức phải được biết, được tham gia ý kiến đều được công khai bằng nhiều hình thức: niêm yết, thông báo tại hội nghị, đăng trên trang thông tin điện tử của đơn vị.</p>',
      '<p>Hội nghị cán bộ, công chức hằng năm được tổ chức đúng quy định, trở thành diễn đàn để người lao động góp ý vào kế hoạch công tác, việc bố trí, sử dụng cán bộ và cải thiện điều kiện làm việc.</p>',
      '<h2>Còn những hạn chế cần khắc phục</h2>',
      '<p>Bên cạnh kết quả đạt được, ở một số nơi việc thực hiện quy chế dân chủ còn hình thức; việc tiếp thu, phản hồi ý kiến của cán bộ, công chức và nhân dân có lúc chưa kịp thời. Một bộ phận cán bộ còn thiếu tác phong gần dân, ngại tiếp xúc, đối thoại.</p>',
      '<p>Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh đề nghị người đứng đầu các cơ quan, đơn vị nêu cao trách nhiệm, gắn việc thực hiện dân chủ với cải cách hành chính, xây dựng chính quyền thân thiện, vì nhân dân phục vụ.</p>',
    ].join('\n'),
    categorySlug: 'quy-che-dan-chu-o-co-so',
    bylineKind: 'T/h',
    bylineName: 'Phạm Văn Lộc',
    publishedAt: '2020-12-02T02:35:00.000Z',
    tags: ['Quy chế dân chủ', 'Dân vận chính quyền'],
  },
  {
    title: 'Hoài Ân: Đối thoại với nhân dân – cầu nối giữa chính quyền và người dân',
    lead: 'Năm 2020, các xã, thị trấn ở huyện Hoài Ân đều tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; nhiều kiến nghị được giải quyết ngay tại hội nghị.',
    bodyHtml: [
      '<p>Tại các buổi đối thoại, bà con thẳng thắn nêu những vấn đề mình quan tâm: tiến độ cấp giấy chứng nhận quyền sử dụng đất, việc bình xét hộ nghèo, chế độ cho người có công, nước tưới cho đồng ruộng trong mùa khô. Lãnh đạo địa phương trả lời cụ thể từng nội dung; với những việc vượt thẩm quyền, địa phương chuyển đến cơ quan cấp trên và thông báo kết quả cho người dân.</p>',
      '<p>Theo đánh giá của Ban Dân vận Huyện ủy Hoài Ân, đối thoại trực tiếp giúp cấp ủy, chính quyền nắm bắt tâm tư, nguyện vọng của nhân dân; người dân cũng hiểu rõ hơn chủ trương, chính sách và những khó khăn của địa phương, từ đó đồng thuận cùng chính quyền.</p>',
      '<h3>Sau đối thoại phải có kết luận và theo dõi</h3>',
      '<p>Để đối thoại không dừng lại ở hình thức, huyện yêu cầu sau mỗi hội nghị phải có thông báo kết luận, phân công rõ cơ quan, người chịu trách nhiệm giải quyết và thời hạn hoàn thành; Ủy ban MTTQ các xã, thị trấn có trách nhiệm giám sát việc thực hiện.</p>',
    ].join('\n'),
    categorySlug: 'quy-che-dan-chu-o-co-so',
    bylineKind: 'Theo',
    bylineName: 'Văn Lưu',
    source: 'Cổng Thông tin điện tử tỉnh Bình Định',
    publishedAt: '2020-12-16T02:00:00.000Z',
    tags: ['Quy chế dân chủ', 'Đối thoại với dân'],
  },

  // ── Dân vận chính quyền › Cải cách hành chính ──────────────────────────────
  {
    title: 'Ứng dụng công nghệ thông tin để tiếp nhận, trả lời phản ánh của người dân',
    lead: 'Một số địa phương trong tỉnh đang thí điểm tiếp nhận phản ánh, kiến nghị của người dân qua điện thoại thông minh, giúp người dân theo dõi kết quả xử lý mà không phải đến trực tiếp cơ quan nhà nước.',
    bodyHtml: [
      '<p>Ứng dụng được xây dựng trên nền tảng công nghệ thông tin đơn giản, dễ sử dụng: người dân chỉ cần chụp ảnh, mô tả ngắn gọn sự việc như rác thải tồn đọng, đèn chiếu sáng hư hỏng, lấn chiếm vỉa hè… rồi gửi đi. Phản ánh được chuyển ngay đến cơ quan có trách nhiệm và phải được phản hồi trong thời hạn quy định.</p>',
      '<p>Theo cán bộ phụ trách, điểm mới là mọi phản ánh và kết quả xử lý đều được công khai. Người dân có thể đánh giá mức độ hài lòng, qua đó tạo áp lực tích cực để cán bộ, công chức làm việc nhanh hơn, trách nhiệm hơn.</p>',
      '<h2>Chuyển đổi số phải lấy người dân làm trung tâm</h2>',
      '<p>Tuy vậy, ở các xã miền núi, vùng đồng bào dân tộc thiểu số, nhiều người dân chưa có điện thoại thông minh hoặc chưa quen sử dụng. Vì vậy, bên cạnh kênh trực tuyến, các địa phương vẫn duy trì hòm thư góp ý, tiếp công dân định kỳ và phát huy vai trò của tổ dân vận thôn trong việc tiếp nhận, chuyển tải ý kiến của nhân dân.</p>',
      '<ul>',
      '<li>Đoàn viên thanh niên hướng dẫn người cao tuổi cài đặt và sử dụng ứng dụng;</li>',
      '<li>Cán bộ bộ phận một cửa hỗ trợ người dân nộp hồ sơ dịch vụ công trực tuyến;</li>',
      '<li>Kết quả xử lý phản ánh được đưa vào tiêu chí đánh giá cán bộ, công chức cuối năm.</li>',
      '</ul>',
    ].join('\n'),
    categorySlug: 'cai-cach-hanh-chinh',
    bylineKind: 'Bài',
    bylineName: 'Đinh Thị Hoa',
    publishedAt: '2021-02-24T03:15:00.000Z',
    tags: ['Chuyển đổi số', 'Cải cách hành chính', 'Dân vận chính quyền'],
    leadImage: {
      file: 'chuyen-doi-so.svg',
      alt: 'Màn hình máy tính và điện thoại thông minh trên bàn làm việc, phía trên là các điểm kết nối mạng',
      caption: 'Người dân có thể gửi phản ánh và theo dõi kết quả xử lý trực tuyến.',
    },
  },
  {
    title: 'Bộ phận một cửa: lấy sự hài lòng của người dân làm thước đo',
    lead: 'Thân thiện, tận tình và đúng hẹn – đó là những điều người dân ghi nhận khi đến giao dịch tại bộ phận tiếp nhận và trả kết quả ở nhiều xã, phường trong tỉnh.',
    bodyHtml: [
      '<p>Có mặt tại bộ phận một cửa của UBND phường Quang Trung (TP Quy Nhơn) vào buổi sáng đầu tuần, chúng tôi thấy người dân đến làm thủ tục khá đông nhưng không khí vẫn trật tự. Công chức tiếp nhận hồ sơ niềm nở hướng dẫn; hồ sơ nào còn thiếu đều được ghi rõ một lần những giấy tờ cần bổ sung.</p>',
      '<p>Bà Nguyễn Thị Lan, một người dân đến làm thủ tục chứng thực, cho biết: “Trước đây tôi phải đi lại vài lần mới xong, giờ cán bộ hướng dẫn kỹ, hẹn ngày nào là có kết quả ngày đó”.</p>',
      '<h2>Thực hiện “4 xin, 4 luôn”</h2>',
      '<p>Nhiều địa phương đã đưa phương châm “4 xin, 4 luôn” (xin chào, xin lỗi, xin cảm ơn, xin phép; luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ) vào quy tắc ứng xử của cán bộ, công chức. Hòm phiếu đánh giá mức độ hài lòng được đặt ngay tại quầy giao dịch.</p>',
      '<p>Ban Dân vận Tỉnh ủy xác định, dân vận chính quyền trước hết thể hiện ở thái độ phục vụ của từng cán bộ, công chức khi tiếp xúc với người dân. Mỗi hồ sơ được giải quyết đúng hẹn là một lần củng cố niềm tin của nhân dân đối với chính quyền.</p>',
    ].join('\n'),
    categorySlug: 'cai-cach-hanh-chinh',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Võ Ngọc Anh',
    publishedAt: '2020-08-05T02:30:00.000Z',
    tags: ['Cải cách hành chính', 'Dân vận chính quyền'],
    leadImage: {
      file: 'tru-so.svg',
      alt: 'Trụ sở ủy ban nhân dân có hàng cột trắng, mái ngói đỏ và cột cờ bên cạnh',
      caption: 'Bộ phận tiếp nhận và trả kết quả đặt tại trụ sở UBND phường (ảnh minh họa).',
    },
  },

  // ── Dân vận khéo ───────────────────────────────────────────────────────────
  {
    title: 'Phát động phong trào thi đua “Dân vận khéo” năm 2021',
    lead: 'Phong trào năm 2021 hướng mạnh về cơ sở, chú trọng những mô hình gắn với thực hiện quy chế dân chủ, phát triển kinh tế - xã hội và xây dựng hệ thống chính trị.',
    bodyHtml: [
      '<p>Theo kế hoạch, các cơ quan, đơn vị, địa phương đăng ký mô hình, điển hình “Dân vận khéo” ngay từ đầu năm, xác định rõ nội dung, địa bàn, người chịu trách nhiệm và kết quả cần đạt. Mỗi cấp ủy cơ sở chỉ đạo xây dựng ít nhất một mô hình gắn với nhiệm vụ chính trị trọng tâm của địa phương.</p>',
      '<h2>Bốn lĩnh vực trọng tâm</h2>',
      '<ol>',
      '<li>Phát triển kinh tế, giảm nghèo bền vững, xây dựng nông thôn mới và đô thị văn minh;</li>',
      '<li>Văn hóa – xã hội, bảo vệ môi trường, phòng chống dịch bệnh;</li>',
      '<li>Quốc phòng, an ninh, giữ gìn trật tự an toàn xã hội;</li>',
      '<li>Xây dựng Đảng, xây dựng hệ thống chính trị, thực hiện quy chế dân chủ ở cơ sở.</li>',
      '</ol>',
      '<p>Cùng với việc xây dựng mô hình mới, các địa phương rà soát những mô hình đã được công nhận trong giai đoạn trước; mô hình nào còn phát huy hiệu quả thì tiếp tục duy trì, mô hình nào không còn phù hợp thì điều chỉnh hoặc thay thế.</p>',
      '<p>Việc đánh giá, công nhận mô hình phải thực chất, dựa trên hiệu quả và sự hài lòng của nhân dân, tránh chạy theo số lượng. Những mô hình hay sẽ được giới thiệu trên trang thông tin điện tử của Ban Dân vận Tỉnh ủy để các địa phương học tập, nhân rộng.</p>',
    ].join('\n'),
    categorySlug: 'dan-van-kheo',
    bylineKind: 'T/h',
    bylineName: 'Lê Hải',
    publishedAt: '2021-02-23T01:30:00.000Z',
    tags: ['Dân vận khéo', 'Thi đua'],
  },

  // ── Dân vận khéo › Mô hình hay ─────────────────────────────────────────────
  {
    title: 'Mô hình “Dân vận khéo” trong chỉnh trang khu dân cư ở phường Ghềnh Ráng',
    lead: 'Nhờ cách làm dân chủ, công khai, nhiều hộ dân ở phường Ghềnh Ráng (TP Quy Nhơn) đã tự nguyện tháo dỡ công trình lấn chiếm, góp tiền chỉnh trang các con hẻm.',
    bodyHtml: [
      '<p>Trước đây, nhiều con hẻm trong khu dân cư chật hẹp, xuống cấp, mùa mưa thường ngập úng. Khi phường triển khai chương trình chỉnh trang, Ban công tác Mặt trận và các chi hội đã tổ chức họp dân ở từng tổ, bàn bạc công khai phương án thiết kế, mức đóng góp và cách thức giám sát thi công.</p>',
      '<p>Những hộ có hoàn cảnh khó khăn được miễn, giảm đóng góp; đảng viên, cán bộ hưu trí gương mẫu đi đầu tháo dỡ mái che, bậc tam cấp lấn ra hẻm. Thấy cách làm minh bạch, người dân đồng tình, có hộ còn hiến thêm đất để mở rộng lối đi.</p>',
      '<h2>Dân bàn, dân làm, dân giám sát</h2>',
      '<p>Mỗi công trình đều có tổ giám sát do người dân bầu ra. Vật liệu, khối lượng thi công, chi phí được niêm yết công khai tại nhà văn hóa khu vực. Sau khi hoàn thành, các hộ tự phân công nhau giữ gìn vệ sinh, trồng cây xanh, lắp đèn chiếu sáng.</p>',
      '<p>Mô hình đã được Ban Dân vận Thành ủy Quy Nhơn công nhận là mô hình “Dân vận khéo” tiêu biểu và đang được nhân rộng ra các phường khác.</p>',
    ].join('\n'),
    categorySlug: 'mo-hinh-hay',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Trần Minh Tuấn',
    publishedAt: '2020-09-09T02:25:00.000Z',
    tags: ['Dân vận khéo', 'Đô thị văn minh'],
  },
  {
    title: 'Vân Canh: “Dân vận khéo” giúp đồng bào Chăm H’roi phát triển kinh tế',
    lead: 'Bằng cách “cầm tay chỉ việc”, cán bộ xã và các đoàn thể ở huyện Vân Canh đã giúp nhiều hộ đồng bào Chăm H’roi mạnh dạn trồng keo, nuôi bò, từng bước thoát nghèo.',
    bodyHtml: [
      '<p>Canh Liên là xã vùng cao của huyện Vân Canh, nơi có đông đồng bào dân tộc thiểu số sinh sống. Trước đây, bà con chủ yếu làm rẫy theo lối truyền thống, năng suất thấp, đời sống còn nhiều khó khăn.</p>',
      '<p>Thực hiện phong trào thi đua “Dân vận khéo”, các đoàn thể của xã phân công cán bộ phụ trách từng nhóm hộ. Cán bộ đến tận nương rẫy hướng dẫn bà con kỹ thuật trồng keo lai, làm chuồng trại nuôi bò hợp vệ sinh, cách tính toán chi tiêu trong gia đình.</p>',
      '<figure><img src="/media/demo/lang-nha-san.svg" alt="Những ngôi nhà sàn nằm dưới chân núi, xen giữa cây xanh, phía trước là dòng suối"><figcaption>Một góc làng đồng bào dân tộc thiểu số ở huyện miền núi Vân Canh.</figcaption></figure>',
      '<p>Anh Đinh Văn Hới, người Chăm H’roi trong xã, kể: “Lúc đầu mình cũng sợ vay vốn rồi không trả được. Cán bộ đến nhà nói chuyện nhiều lần, chỉ cho cách làm, giờ nhà có đàn bò năm con, rẫy keo cũng sắp thu hoạch”.</p>',
      '<p>Từ mô hình này, nhiều hộ đã thoát nghèo, tự nguyện làm đơn xin ra khỏi danh sách hộ nghèo. Huyện ủy Vân Canh đánh giá đây là mô hình cần tiếp tục nhân rộng ở các xã vùng đồng bào dân tộc thiểu số.</p>',
    ].join('\n'),
    categorySlug: 'mo-hinh-hay',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Hồ Văn Sang',
    publishedAt: '2020-10-28T02:35:00.000Z',
    tags: ['Dân vận khéo', 'Đồng bào dân tộc thiểu số', 'Giảm nghèo'],
  },
  {
    title: 'Công an chính quy về xã: gần dân bằng những việc làm cụ thể',
    lead: 'Không chỉ giữ gìn an ninh trật tự, nhiều cán bộ công an chính quy ở các xã còn giúp dân làm thủ tục, sửa nhà, gặt lúa, trở thành chỗ dựa tin cậy của bà con.',
    bodyHtml: [
      '<p>Từ khi được bố trí về các xã, lực lượng công an chính quy đã nhanh chóng nắm địa bàn, nắm từng hộ dân. Vào mùa thu hoạch, nhiều tổ công tác giúp các gia đình neo đơn gặt lúa, phơi thóc; ngày nghỉ, cán bộ đến từng nhà hướng dẫn bà con làm thủ tục đăng ký cư trú, cấp căn cước công dân.</p>',
      '<p>Tại một số xã, công an phối hợp với đoàn thanh niên lập nhóm Zalo về an ninh trật tự của thôn để người dân kịp thời báo tin. Nhờ vậy, nhiều vụ trộm cắp tài sản, đánh bạc đã được phát hiện và xử lý nhanh chóng.</p>',
      '<p>Theo đánh giá của Ban Dân vận các huyện ủy, tác phong gần dân, tận tụy của lực lượng công an xã chính quy là minh chứng sinh động cho tinh thần “Dân vận khéo” trong lực lượng vũ trang, góp phần củng cố thế trận lòng dân ngay từ cơ sở.</p>',
    ].join('\n'),
    categorySlug: 'mo-hinh-hay',
    bylineKind: 'Bài',
    bylineName: 'Nguyễn Văn Hùng',
    publishedAt: '2020-12-22T01:55:00.000Z',
    tags: ['Dân vận khéo', 'An ninh trật tự'],
  },

  // ── Dân vận khéo › Xây dựng nông thôn mới ──────────────────────────────────
  {
    title: 'Tây Sơn: Nhân dân hiến đất, góp công làm đường giao thông nông thôn',
    lead: 'Từ đầu năm đến nay, người dân nhiều xã ở huyện Tây Sơn đã tự nguyện hiến hàng nghìn mét vuông đất, góp ngày công để bê tông hóa các tuyến đường giao thông nông thôn.',
    bodyHtml: [
      '<p>Ở xã Tây Xuân, con đường đất trước đây mùa mưa lầy lội, mùa nắng bụi mù nay đã được mở rộng, bê tông phẳng phiu. Để có con đường này, hàng chục hộ dân đã tự nguyện tháo dỡ tường rào, cổng ngõ, hiến đất mà không nhận bồi thường.</p>',
      '<p>Ông Lê Văn Tư, một người dân trong thôn hiến gần 100 m² đất vườn, nói: “Đường rộng thì xe chở lúa, chở keo vào tận nơi, con cháu đi học cũng an toàn. Mình bớt chút đất mà cả xóm được hưởng”.</p>',
      '<h2>Cán bộ, đảng viên đi trước</h2>',
      '<p>Theo lãnh đạo UBND xã, cách làm là họp dân bàn bạc công khai từ chủ trương, quy mô tuyến đường đến phần đóng góp của từng hộ; đảng viên, cán bộ thôn gương mẫu hiến đất trước. Nhà nước hỗ trợ xi măng, nhân dân góp công, góp cát đá và cử đại diện giám sát chất lượng thi công.</p>',
      '<p>Phong trào làm đường giao thông nông thôn theo phương châm “Nhà nước và nhân dân cùng làm” đã giúp nhiều xã của huyện Tây Sơn hoàn thành tiêu chí giao thông trong xây dựng nông thôn mới.</p>',
    ].join('\n'),
    categorySlug: 'xay-dung-nong-thon-moi',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Phan Thanh Bình',
    publishedAt: '2020-08-26T02:05:00.000Z',
    tags: ['Nông thôn mới', 'Giao thông nông thôn'],
    leadImage: {
      file: 'duong-lang.svg',
      alt: 'Con đường bê tông thẳng tắp giữa cánh đồng, hai bên là nhà dân và cây xanh',
      caption: 'Tuyến đường bê tông mới hoàn thành nhờ người dân hiến đất, góp công.',
    },
  },
  {
    title: 'Phù Mỹ: Người dân đồng thuận dồn điền, đổi thửa',
    lead: 'Nhờ làm tốt công tác vận động, nhiều cánh đồng nhỏ lẻ ở huyện Phù Mỹ đã được quy hoạch lại thành những thửa ruộng lớn, thuận lợi cho cơ giới hóa sản xuất.',
    bodyHtml: [
      '<p>Dồn điền, đổi thửa là việc khó vì động chạm trực tiếp đến quyền lợi của từng hộ. Ruộng tốt, ruộng xấu, ruộng gần, ruộng xa đều phải tính toán sao cho công bằng. Vì vậy, các xã của huyện Phù Mỹ xác định công tác dân vận phải đi trước một bước.</p>',
      '<p>Ban vận động ở các thôn gồm cán bộ thôn, đại diện Hội Nông dân, Hội Cựu chiến binh và những người am hiểu đồng ruộng. Phương án được đưa ra bàn nhiều lần ở các cuộc họp thôn, lắng nghe ý kiến, điều chỉnh cho đến khi đa số bà con đồng ý.</p>',
      '<blockquote><p>Thửa ruộng lớn thì máy gặt vào được, chi phí giảm hẳn. Lúc đầu nhiều người còn băn khoăn, nhưng cán bộ giải thích rõ ràng, đo đạc công khai nên ai cũng yên tâm.</p></blockquote>',
      '<p>Sau dồn điền, đổi thửa, hệ thống kênh mương nội đồng, bờ vùng, bờ thửa được quy hoạch lại; nhiều cánh đồng lớn hình thành, liên kết với doanh nghiệp bao tiêu sản phẩm, giúp nông dân yên tâm sản xuất.</p>',
    ].join('\n'),
    categorySlug: 'xay-dung-nong-thon-moi',
    bylineKind: 'Theo',
    bylineName: 'Ngọc Nhuận',
    source: 'Báo Bình Định',
    publishedAt: '2020-11-25T02:45:00.000Z',
    tags: ['Nông thôn mới', 'Hội Nông dân'],
    leadImage: {
      file: 'canh-dong.svg',
      alt: 'Những thửa ruộng lớn xanh mướt trải dài đến chân núi',
      caption: 'Cánh đồng lớn hình thành sau dồn điền, đổi thửa.',
    },
  },
  {
    title: 'Xây dựng nông thôn mới: khi người dân là chủ thể',
    lead: 'Ở nhiều xã của thị xã An Nhơn, người dân không chỉ góp công, góp của mà còn trực tiếp bàn bạc, quyết định và giám sát các công trình trong xây dựng nông thôn mới.',
    bodyHtml: [
      '<p>Tại xã Nhơn Lộc, mỗi công trình phúc lợi như nhà văn hóa thôn, sân thể thao, hệ thống chiếu sáng đều được đưa ra họp dân lấy ý kiến. Người dân được biết tổng kinh phí, phần Nhà nước hỗ trợ và phần nhân dân đóng góp, từ đó tự nguyện tham gia.</p>',
      '<p>Ban Giám sát đầu tư của cộng đồng theo dõi từ khâu chọn đơn vị thi công đến nghiệm thu công trình. Nhờ vậy, chất lượng công trình được bảo đảm, không phát sinh khiếu kiện.</p>',
      '<h2>Tiêu chí “mềm” cũng được chú trọng</h2>',
      '<p>Không chỉ đầu tư hạ tầng, các địa phương còn quan tâm đến những tiêu chí về văn hóa, môi trường, an ninh trật tự. Nhiều thôn duy trì phong trào “Ngày Chủ nhật xanh”, trồng hoa, cây xanh; các dòng họ ký cam kết không có con cháu vi phạm pháp luật.</p>',
      '<p>Theo Ban Dân vận Thị ủy An Nhơn, phát huy vai trò chủ thể của người dân chính là yếu tố quyết định để phong trào xây dựng nông thôn mới phát triển bền vững.</p>',
    ].join('\n'),
    categorySlug: 'xay-dung-nong-thon-moi',
    bylineKind: 'Bài',
    bylineName: 'Phan Thanh Bình',
    publishedAt: '2021-03-16T02:20:00.000Z',
    tags: ['Nông thôn mới', 'Quy chế dân chủ'],
  },

  // ── Dân tộc - Tôn giáo › Công tác dân tộc ──────────────────────────────────
  {
    title: 'Vĩnh Thạnh: Đổi thay ở những làng đồng bào Bana',
    lead: 'Điện, nước sạch, trường học đã về đến các làng vùng cao của xã Vĩnh Sơn; nhiều hộ đồng bào Bana đã biết trồng keo, cây ăn quả và chăn nuôi để nâng cao thu nhập.',
    bodyHtml: [
      '<p>Theo chân cán bộ Ban Dân vận Huyện ủy Vĩnh Thạnh lên các làng của xã Vĩnh Sơn, chúng tôi nhận thấy diện mạo vùng cao đã khác xưa. Những ngôi nhà sàn được sửa sang sạch sẽ, gia súc được nhốt chuồng cách xa nơi ở; trẻ em đến tuổi đều được đến trường.</p>',
      '<p>Có được sự đổi thay ấy là nhờ các chương trình, chính sách hỗ trợ của Nhà nước được triển khai đồng bộ, cùng với sự kiên trì vận động của đội ngũ cán bộ cơ sở. Cán bộ xã thường xuyên “ba cùng” với bà con, hướng dẫn cách làm ăn, vận động bỏ dần các hủ tục lạc hậu.</p>',
      '<h2>Phát huy vai trò người có uy tín</h2>',
      '<p>Già làng, trưởng làng và người có uy tín được huyện đặc biệt coi trọng. Trước mỗi chủ trương mới, cán bộ thường gặp già làng để trao đổi trước; sau đó chính già làng đứng ra vận động con cháu trong làng thực hiện.</p>',
      '<p>Thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số, huyện Vĩnh Thạnh tiếp tục chú trọng đào tạo, bồi dưỡng cán bộ là người dân tộc thiểu số, biết tiếng và hiểu phong tục của đồng bào.</p>',
    ].join('\n'),
    categorySlug: 'cong-tac-dan-toc',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Đinh Thị Hoa',
    publishedAt: '2021-01-06T02:15:00.000Z',
    tags: ['Đồng bào dân tộc thiểu số', 'Giảm nghèo'],
    leadImage: {
      file: 'lang-nha-san.svg',
      alt: 'Làng vùng cao với nhà rông mái cao và những ngôi nhà sàn dưới chân núi',
      caption: 'Một làng đồng bào Bana ở xã Vĩnh Sơn, huyện Vĩnh Thạnh (ảnh minh họa).',
    },
  },
  {
    title: 'An Lão: Người có uy tín – cầu nối giữa cấp ủy, chính quyền với đồng bào H’rê',
    lead: 'Am hiểu phong tục, tập quán và được cộng đồng tin tưởng, nhiều già làng, trưởng thôn ở huyện An Lão đã trở thành “cánh tay nối dài” của cấp ủy, chính quyền cơ sở.',
    bodyHtml: [
      '<p>Ở các xã An Toàn, An Nghĩa, An Vinh…, mỗi khi có việc khó như vận động bà con không phát rừng làm rẫy, không tảo hôn, đưa con em đến trường, cán bộ xã đều tìm đến người có uy tín để cùng bàn bạc.</p>',
      '<p>Một già làng ở xã An Toàn tâm sự: “Cán bộ nói thì bà con nghe, nhưng người trong làng nói thì bà con tin hơn. Mình làm trước để con cháu làm theo”.</p>',
      '<h3>Hỗ trợ, bồi dưỡng thường xuyên</h3>',
      '<p>Hằng năm, huyện tổ chức gặp mặt, tập huấn cho người có uy tín; cung cấp thông tin về chủ trương, chính sách để họ tuyên truyền lại cho bà con bằng tiếng H’rê. Nhờ đó, những luận điệu xuyên tạc, lôi kéo đồng bào được phát hiện, ngăn chặn kịp thời.</p>',
      '<p>Ban Dân vận Huyện ủy An Lão cho biết sẽ tiếp tục kiến nghị nâng mức hỗ trợ, đồng thời kịp thời biểu dương những người có uy tín tiêu biểu để động viên họ gắn bó với công việc.</p>',
    ].join('\n'),
    categorySlug: 'cong-tac-dan-toc',
    bylineKind: 'Theo',
    bylineName: 'Minh Hiếu',
    source: 'Đài Phát thanh và Truyền hình Bình Định',
    publishedAt: '2020-07-29T02:55:00.000Z',
    tags: ['Đồng bào dân tộc thiểu số', 'Người có uy tín'],
  },
  {
    title: 'Gặp mặt già làng, người có uy tín trong đồng bào dân tộc thiểu số nhân dịp Tết Tân Sửu 2021',
    lead: 'Thường trực Tỉnh ủy vừa gặp mặt, tặng quà các già làng, trưởng thôn, người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số trên địa bàn tỉnh.',
    bodyHtml: [
      '<p>Tại buổi gặp mặt, các đại biểu được thông tin về kết quả Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và tình hình kinh tế - xã hội của tỉnh năm 2020. Dù chịu ảnh hưởng nặng nề của dịch bệnh và thiên tai, đời sống đồng bào các huyện miền núi vẫn được quan tâm chăm lo, an ninh chính trị được giữ vững.</p>',
      '<p>Nhiều già làng, người có uy tín đã phát biểu, bày tỏ niềm tin vào sự lãnh đạo của Đảng; đồng thời kiến nghị tiếp tục đầu tư hạ tầng, hỗ trợ giống cây trồng, vật nuôi và tạo việc làm cho thanh niên người dân tộc thiểu số.</p>',
      '<h2>Động viên đồng bào đón Tết an toàn</h2>',
      '<p>Thay mặt Thường trực Tỉnh ủy, lãnh đạo tỉnh ghi nhận những đóng góp của đội ngũ già làng, người có uy tín; đề nghị các đại biểu tiếp tục vận động đồng bào đón Tết vui tươi, tiết kiệm, thực hiện tốt các biện pháp phòng chống dịch Covid-19 và chuẩn bị tích cực cho cuộc bầu cử đại biểu Quốc hội và HĐND các cấp.</p>',
      '<p>Dịp này, mỗi đại biểu được tặng một phần quà Tết của Tỉnh ủy.</p>',
    ].join('\n'),
    categorySlug: 'cong-tac-dan-toc',
    bylineKind: 'T/h',
    bylineName: 'Bùi Thị Mai',
    publishedAt: '2021-02-03T03:40:00.000Z',
    tags: ['Đồng bào dân tộc thiểu số', 'Người có uy tín', 'Tết'],
  },

  // ── Dân tộc - Tôn giáo › Công tác tôn giáo ─────────────────────────────────
  {
    title: 'Các tổ chức tôn giáo đồng hành cùng chính quyền cứu trợ đồng bào vùng lũ',
    lead: 'Nhiều cơ sở Phật giáo, Công giáo, Tin lành trên địa bàn tỉnh đã kịp thời quyên góp, mang hàng cứu trợ đến với người dân bị ảnh hưởng bởi mưa lũ.',
    bodyHtml: [
      '<p>Ngay khi mưa lũ xảy ra, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh đã vận động tăng ni, phật tử đóng góp tiền, hàng hóa; các giáo xứ, chi hội Tin lành cũng chủ động tổ chức nấu ăn, phát nước uống cho người dân vùng ngập.</p>',
      '<p>Điều đáng ghi nhận là các hoạt động cứu trợ đều được phối hợp chặt chẽ với Ủy ban MTTQ và chính quyền địa phương. Danh sách hộ cần hỗ trợ được thống nhất trước, tránh chồng chéo, bảo đảm hàng cứu trợ đến đúng người cần.</p>',
      '<blockquote><p>Tốt đời, đẹp đạo là mong muốn của mỗi chức sắc, tín đồ. Khi bà con gặp hoạn nạn, chung tay cùng chính quyền là việc nên làm.</p></blockquote>',
      '<p>Ban Dân vận Tỉnh ủy đánh giá, những việc làm thiết thực của các tổ chức tôn giáo đã góp phần củng cố khối đại đoàn kết toàn dân tộc, thể hiện tinh thần “tương thân tương ái” của người dân Bình Định.</p>',
    ].join('\n'),
    categorySlug: 'cong-tac-ton-giao',
    bylineKind: 'Bài',
    bylineName: 'Trần Quốc Khánh',
    publishedAt: '2020-11-12T03:25:00.000Z',
    tags: ['Tôn giáo', 'Phòng chống thiên tai', 'An sinh xã hội'],
  },
  {
    title: 'Thăm, chúc mừng các cơ sở Công giáo, Tin lành nhân dịp Lễ Giáng sinh năm 2020',
    lead: 'Đoàn công tác của Tỉnh ủy do lãnh đạo Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc mừng Tòa Giám mục Quy Nhơn và một số cơ sở tôn giáo trên địa bàn.',
    bodyHtml: [
      '<p>Thay mặt lãnh đạo tỉnh, trưởng đoàn gửi lời chúc mừng Giáng sinh an lành đến các chức sắc, chức việc và đồng bào Công giáo, Tin lành; thông tin khái quát tình hình kinh tế - xã hội của tỉnh năm 2020 và những nhiệm vụ trọng tâm năm 2021.</p>',
      '<p>Đoàn ghi nhận, trong năm qua, chức sắc, chức việc và đồng bào có đạo đã tích cực hưởng ứng các phong trào thi đua yêu nước, chung tay phòng chống dịch Covid-19 và cứu trợ đồng bào bị thiên tai; nhiều giáo xứ là điển hình trong xây dựng khu dân cư văn hóa.</p>',
      '<p>Đại diện các cơ sở tôn giáo cảm ơn sự quan tâm của các cấp chính quyền, khẳng định sẽ tiếp tục hướng dẫn tín đồ sống “tốt đời, đẹp đạo”, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và góp phần xây dựng quê hương.</p>',
    ].join('\n'),
    categorySlug: 'cong-tac-ton-giao',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Trần Quốc Khánh',
    publishedAt: '2020-12-23T08:10:00.000Z',
    tags: ['Tôn giáo', 'Giáng sinh'],
  },
  {
    title: 'Tuyên truyền Luật Tín ngưỡng, tôn giáo cho chức sắc, chức việc',
    lead: 'Hội nghị giúp các chức sắc, chức việc, nhà tu hành nắm vững quyền và nghĩa vụ của tổ chức tôn giáo, hoạt động theo đúng quy định của pháp luật.',
    bodyHtml: [
      '<p>Tại hội nghị, báo cáo viên đã giới thiệu những nội dung cơ bản của Luật Tín ngưỡng, tôn giáo năm 2016 và các văn bản hướng dẫn thi hành; trong đó tập trung vào quyền tự do tín ngưỡng, tôn giáo của mọi người, việc đăng ký sinh hoạt tôn giáo tập trung, tổ chức lễ hội tín ngưỡng và hoạt động quốc tế của tổ chức tôn giáo.</p>',
      '<p>Các đại biểu đã trao đổi nhiều vấn đề thực tiễn như thủ tục sửa chữa, cải tạo cơ sở thờ tự, đăng ký người vào tu, tổ chức các cuộc lễ ngoài cơ sở tôn giáo. Những ý kiến được đại diện cơ quan quản lý nhà nước giải đáp cụ thể, rõ ràng.</p>',
      '<p>Thông qua hội nghị, mối quan hệ giữa chính quyền với các tổ chức tôn giáo tiếp tục được tăng cường; chức sắc, chức việc hiểu rõ hơn chủ trương, chính sách về tôn giáo của Đảng và Nhà nước để hướng dẫn tín đồ thực hiện.</p>',
    ].join('\n'),
    categorySlug: 'cong-tac-ton-giao',
    bylineKind: 'T/h',
    bylineName: 'Nguyễn Thị Thu Hà',
    publishedAt: '2020-08-13T02:00:00.000Z',
    tags: ['Tôn giáo', 'Phổ biến pháp luật'],
  },

  // ── Gương điển hình ────────────────────────────────────────────────────────
  {
    title: 'Bí thư chi bộ thôn ba mươi năm gắn bó với dân',
    lead: 'Hơn ba mươi năm làm cán bộ thôn, ông Nguyễn Văn Bảy ở xã Cát Hanh (Phù Cát) luôn được bà con tin yêu bởi sự tận tụy, công tâm và cách làm việc gần gũi.',
    bodyHtml: [
      '<p>Ông Bảy kể, những ngày đầu làm cán bộ thôn, đời sống bà con còn rất khó khăn, ruộng đồng thiếu nước. Ông cùng chi bộ bàn cách vận động người dân góp công đào mương dẫn nước, chuyển đổi giống lúa mới; dần dần cuộc sống khấm khá lên.</p>',
      '<p>Việc gì của thôn ông cũng đưa ra chi bộ bàn trước, sau đó họp dân để bà con cùng quyết. “Cái gì dân thấy đúng thì dân làm, dân thấy chưa đúng thì mình phải nghe mà sửa”, ông nói.</p>',
      '<h2>Gương mẫu từ những việc nhỏ</h2>',
      '<p>Khi thôn vận động xây nhà văn hóa, ông là người đóng góp đầu tiên; khi có tranh chấp trong xóm, ông đến từng nhà phân tích thiệt hơn. Nhiều năm liền, chi bộ thôn do ông làm bí thư được công nhận hoàn thành tốt nhiệm vụ, thôn đạt danh hiệu thôn văn hóa.</p>',
      '<p>Dù tuổi đã cao, ông vẫn dành thời gian kèm cặp lớp cán bộ trẻ của thôn. Với ông, <em>“làm cán bộ thôn không có lương cao, nhưng được bà con tin thì đó là phần thưởng lớn nhất”</em>.</p>',
    ].join('\n'),
    categorySlug: 'guong-dien-hinh',
    bylineKind: 'Bài và ảnh',
    bylineName: 'Phan Thanh Bình',
    publishedAt: '2020-10-07T02:30:00.000Z',
    tags: ['Gương điển hình', 'Đảng viên'],
  },
  {
    title: 'Cựu chiến binh Hoài Ân gương mẫu hiến đất mở đường',
    lead: 'Không chỉ hiến hơn 500 m² đất vườn, cựu chiến binh Trương Văn Hòa còn đi vận động hàng xóm cùng góp đất, góp công làm con đường bê tông rộng 5 mét dẫn vào thôn.',
    bodyHtml: [
      '<p>Trước đây, lối vào thôn chỉ là con đường đất nhỏ hẹp, xe máy đi lại khó khăn, mùa mưa trơn trượt. Khi xã có chủ trương mở rộng, ông Hòa là người đầu tiên ký đơn tự nguyện hiến đất, chặt bỏ hàng cây ăn quả đang cho thu hoạch.</p>',
      '<p>Không dừng lại ở đó, ông cùng Chi hội Cựu chiến binh đến từng nhà trò chuyện, vận động. Thấy một người cựu chiến binh đã ngoài bảy mươi tuổi nhiệt tình như vậy, các hộ dân dọc tuyến đều đồng thuận.</p>',
      '<p>Con đường hoàn thành, xe chở nông sản vào được tận ngõ, bà con đi lại thuận tiện. Nói về việc làm của mình, ông Hòa chỉ cười: “Hồi chiến tranh còn hy sinh được, giờ góp mấy mét đất cho làng xóm thì có đáng gì”.</p>',
      '<p>Với những đóng góp đó, ông được UBND huyện tặng giấy khen và được Ban Dân vận Huyện ủy biểu dương là điển hình trong phong trào thi đua của huyện.</p>',
    ].join('\n'),
    categorySlug: 'guong-dien-hinh',
    bylineKind: 'Bài',
    bylineName: 'Lê Thị Ngọc Trâm',
    publishedAt: '2021-03-02T02:40:00.000Z',
    tags: ['Gương điển hình', 'Cựu chiến binh', 'Nông thôn mới'],
  },
  {
    title: 'Cô giáo vùng cao kiên trì “giữ” học trò',
    lead: 'Gần mười năm dạy học ở xã An Toàn (An Lão), cô giáo Phạm Thị Kim Oanh đã nhiều lần băng rừng, lội suối đến nhà vận động học sinh người H’rê trở lại lớp.',
    bodyHtml: [
      '<p>Vào đầu năm học hay sau mỗi kỳ nghỉ Tết, lớp học thường vắng vài em vì theo cha mẹ lên rẫy. Những lúc ấy, cô Oanh lại tìm đến tận nhà, có khi phải đi bộ hàng giờ mới tới nơi.</p>',
      '<p>“Mình phải nói chuyện với cha mẹ các em trước. Khi phụ huynh hiểu rằng đi học thì con mình sau này đỡ vất vả, họ sẽ tự đưa con đến trường”, cô chia sẻ.</p>',
      '<p>Ngoài giờ lên lớp, cô còn học tiếng H’rê để trò chuyện với phụ huynh, cùng chi hội phụ nữ thôn vận động bà con giữ vệ sinh, không tảo hôn. Nhiều năm liền, lớp cô chủ nhiệm duy trì sĩ số, không có học sinh bỏ học.</p>',
      '<p>Câu chuyện của cô giáo vùng cao cho thấy công tác vận động quần chúng không chỉ là việc của riêng cán bộ dân vận, mà là trách nhiệm của mỗi cán bộ, đảng viên, công chức, viên chức ở cơ sở.</p>',
    ].join('\n'),
    categorySlug: 'guong-dien-hinh',
    bylineKind: 'Theo',
    bylineName: 'Kim Ngân',
    source: 'Báo Bình Định',
    publishedAt: '2020-09-23T02:10:00.000Z',
    tags: ['Gương điển hình', 'Đồng bào dân tộc thiểu số', 'Giáo dục'],
  },

  // ── Văn bản - Tư liệu › Văn bản chỉ đạo ────────────────────────────────────
  {
    title: 'Những nội dung trọng tâm trong chương trình công tác dân vận năm 2021',
    lead: 'Chương trình xác định chủ đề năm 2021 là “Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở”, với 5 nhóm nhiệm vụ trọng tâm cho hệ thống dân vận các cấp.',
    bodyHtml: [
      '<p>Chương trình công tác dân vận năm 2021 được xây dựng trên cơ sở kết quả đạt được năm 2020, bám sát Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX và định hướng của Ban Dân vận Trung ương.</p>',
      '<h2>Năm nhóm nhiệm vụ trọng tâm</h2>',
      '<ol>',
      '<li>Tuyên truyền, vận động nhân dân thực hiện Nghị quyết Đại hội XIII của Đảng và nghị quyết đại hội Đảng bộ các cấp;</li>',
      '<li>Tham mưu cấp ủy lãnh đạo, chỉ đạo thực hiện quy chế dân chủ ở cơ sở, nhất là dân chủ trực tiếp ở xã, phường, thị trấn;</li>',
      '<li>Nâng cao chất lượng công tác giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền;</li>',
      '<li>Đẩy mạnh phong trào thi đua “Dân vận khéo” gắn với xây dựng nông thôn mới, đô thị văn minh;</li>',
      '<li>Tham gia chuẩn bị và tổ chức bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026.</li>',
      '</ol>',
      '<p>Đối với khối chính quyền, chương trình nhấn mạnh việc thực hiện tốt công tác tiếp công dân, đối thoại với nhân dân; công khai, minh bạch thủ tục hành chính và tăng cường ứng dụng các nền tảng số để người dân dễ dàng phản ánh, kiến nghị.</p>',
      '<p>Chương trình yêu cầu các cơ quan, đơn vị cụ thể hóa bằng kế hoạch hành động, phân công rõ trách nhiệm; định kỳ 6 tháng, một năm sơ kết, tổng kết và báo cáo kết quả về Ban Dân vận Tỉnh ủy.</p>',
    ].join('\n'),
    categorySlug: 'van-ban-chi-dao',
    bylineKind: 'Bài',
    bylineName: 'Lê Hải',
    publishedAt: '2021-01-20T02:00:00.000Z',
    tags: ['Quy chế dân chủ', 'Văn bản chỉ đạo'],
  },
  {
    title: 'Hướng dẫn tuyên truyền kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng',
    lead: 'Ban Dân vận Tỉnh ủy đã ban hành hướng dẫn tuyên truyền, tổ chức các hoạt động kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng và 21 năm Ngày Dân vận của cả nước.',
    bodyHtml: [
      '<p>Theo hướng dẫn, hoạt động tuyên truyền cần làm nổi bật truyền thống vẻ vang của công tác dân vận của Đảng qua 90 năm; những bài học kinh nghiệm quý báu về công tác vận động quần chúng; vai trò của công tác dân vận trong sự nghiệp xây dựng và bảo vệ Tổ quốc.</p>',
      '<h2>Nội dung tuyên truyền</h2>',
      '<ul>',
      '<li>Tư tưởng Hồ Chí Minh về công tác dân vận, giá trị lý luận và thực tiễn của bài báo “Dân vận”;</li>',
      '<li>Kết quả thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI;</li>',
      '<li>Các mô hình, điển hình “Dân vận khéo” tiêu biểu ở các cấp;</li>',
      '<li>Những tấm gương cán bộ dân vận tận tụy, gắn bó với nhân dân.</li>',
      '</ul>',
      '<p>Hướng dẫn cũng đề nghị các cơ quan báo chí của tỉnh mở chuyên trang, chuyên mục giới thiệu những cách làm hay, những tấm gương “Dân vận khéo”; các địa phương kịp thời biểu dương, khen thưởng những tập thể, cá nhân tiêu biểu.</p>',
      '<h2>Hình thức tuyên truyền</h2>',
      '<p>Các địa phương tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở, trang thông tin điện tử và mạng xã hội; treo băng rôn, khẩu hiệu ở nơi công cộng; tổ chức tọa đàm, gặp mặt cán bộ dân vận qua các thời kỳ. Các hoạt động kỷ niệm được tổ chức trang trọng, thiết thực, tiết kiệm và bảo đảm yêu cầu phòng chống dịch Covid-19.</p>',
    ].join('\n'),
    categorySlug: 'van-ban-chi-dao',
    bylineKind: 'T/h',
    bylineName: 'Phạm Văn Lộc',
    publishedAt: '2020-08-28T03:00:00.000Z',
    tags: ['Ngày truyền thống dân vận', 'Văn bản chỉ đạo'],
  },

  // ── Văn bản - Tư liệu › Tư liệu ────────────────────────────────────────────
  {
    title: 'Bài báo “Dân vận” của Chủ tịch Hồ Chí Minh – giá trị còn mãi',
    lead: 'Ngày 15/10/1949, Báo Sự thật đăng bài báo “Dân vận” của Chủ tịch Hồ Chí Minh. Những chỉ dẫn ngắn gọn mà sâu sắc trong bài báo đến nay vẫn nguyên giá trị.',
    bodyHtml: [
      '<p>Bài báo “Dân vận” được Chủ tịch Hồ Chí Minh ký bút danh X.Y.Z, đăng trên Báo Sự thật số 120 ra ngày 15/10/1949. Chỉ trong một bài báo ngắn, Người đã giải đáp những vấn đề cơ bản nhất của công tác dân vận: dân vận là gì, ai phụ trách dân vận và dân vận phải làm như thế nào.</p>',
      '<blockquote><p>“Lực lượng của dân rất to. Việc dân vận rất quan trọng. Dân vận kém thì việc gì cũng kém. Dân vận khéo thì việc gì cũng thành công.”</p></blockquote>',
      '<p>Theo Người, dân vận là vận động tất cả lực lượng của mỗi một người dân, không để sót một người dân nào, góp thành lực lượng toàn dân để thực hành những công việc nên làm. Người cán bộ dân vận phải có đủ “óc nghĩ, mắt trông, tai nghe, chân đi, miệng nói, tay làm”, không thể chỉ dựa vào giấy tờ, mệnh lệnh.</p>',
      '<h2>Ý nghĩa thời sự</h2>',
      '<p>Hơn bảy mươi năm đã trôi qua, những chỉ dẫn ấy vẫn là kim chỉ nam cho công tác dân vận hôm nay. Phong trào thi đua “Dân vận khéo” chính là sự cụ thể hóa lời dạy của Người trong tình hình mới.</p>',
      '<p>Ở Bình Định, việc học tập và làm theo bài báo “Dân vận” được gắn với thực hiện nhiệm vụ chính trị ở từng cơ quan, địa phương; mỗi cán bộ, đảng viên phải thực sự gần dân, hiểu dân, tin dân và có trách nhiệm với dân.</p>',
    ].join('\n'),
    categorySlug: 'tu-lieu',
    bylineKind: 'T/h',
    bylineName: 'Nguyễn Thị Thu Hà',
    publishedAt: '2020-10-12T01:20:00.000Z',
    tags: ['Tư tưởng Hồ Chí Minh', 'Ngày truyền thống dân vận'],
  },
  {
    title: 'Hỏi – đáp: Những việc nhân dân được bàn và quyết định trực tiếp ở xã, phường, thị trấn',
    lead: 'Theo Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn, có những nội dung nhân dân được bàn và quyết định trực tiếp. Xin giới thiệu một số câu hỏi, trả lời để bạn đọc tham khảo.',
    bodyHtml: [
      '<h3>Hỏi: Những nội dung nào nhân dân ở xã, phường, thị trấn được bàn và quyết định trực tiếp?</h3>',
      '<p>Đáp: Theo Pháp lệnh số 34/2007/PL-UBTVQH11, nhân dân bàn và quyết định trực tiếp về chủ trương và mức đóng góp xây dựng cơ sở hạ tầng, các công trình phúc lợi công cộng trong phạm vi cấp xã, thôn, tổ dân phố do nhân dân đóng góp toàn bộ hoặc một phần kinh phí, cùng các công việc khác trong nội bộ cộng đồng dân cư phù hợp với quy định của pháp luật.</p>',
      '<h3>Hỏi: Nhân dân bàn, biểu quyết để cấp có thẩm quyền quyết định những nội dung nào?</h3>',
      '<p>Đáp: Đó là các nội dung như hương ước, quy ước của thôn, tổ dân phố; bầu, miễn nhiệm, bãi nhiệm trưởng thôn, tổ trưởng tổ dân phố; bầu, miễn nhiệm, bãi nhiệm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.</p>',
      '<h3>Hỏi: Việc bàn và quyết định được tổ chức bằng hình thức nào?</h3>',
      '<p>Đáp: Nhân dân có thể bàn và quyết định tại cuộc họp của cử tri hoặc cử tri đại diện hộ gia đình ở thôn, tổ dân phố; hoặc bằng phiếu lấy ý kiến gửi tới cử tri, cử tri đại diện hộ gia đình. Kết quả phải được lập thành biên bản và công khai để nhân dân biết, giám sát.</p>',
      '<p><em>Bạn đọc có thắc mắc về quy chế dân chủ ở cơ sở có thể gửi câu hỏi qua mục Hỏi – đáp trên trang thông tin điện tử của Ban Dân vận Tỉnh ủy.</em></p>',
    ].join('\n'),
    categorySlug: 'tu-lieu',
    bylineKind: 'T/h',
    bylineName: 'Minh Châu',
    publishedAt: '2020-11-04T02:00:00.000Z',
    tags: ['Quy chế dân chủ', 'Hỏi – đáp'],
  },
]
