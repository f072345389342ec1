import type { DemoArticle } from '../demo-content.ts'

// The demo's articles of the menu section Dân vận chính quyền (Quy chế dân chủ ở cơ sở, Cải cách hành chính).
export const governmentArticles: DemoArticle[] = [
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
    leadImage: {
      file: 'tiep-dan.svg',
      alt: 'Cán bộ ngồi sau bàn tiếp công dân, đối diện là hai người dân đang trình bày',
      caption: 'Buổi tiếp công dân định kỳ (ảnh minh họa).',
    },
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
    leadImage: {
      file: 'tru-so.svg',
      alt: 'Trụ sở cơ quan hành chính nhiều cột, mái đỏ, trước sân có cột cờ',
      caption: 'Trụ sở một cơ quan hành chính nhà nước (ảnh minh họa).',
    },
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
    leadImage: {
      file: 'hoi-nghi.svg',
      alt: 'Hội trường với phông đỏ, bàn chủ tọa và đông đảo người dân ngồi dự',
      caption: 'Buổi đối thoại giữa lãnh đạo huyện với nhân dân (ảnh minh họa).',
    },
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
]
