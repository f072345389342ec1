import type { DemoArticle } from '../demo-content.ts'

// The demo's articles of the menu section Dân tộc - Tôn giáo (Công tác dân tộc, Công tác tôn giáo).
export const ethnicReligiousArticles: DemoArticle[] = [
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
    leadImage: {
      file: 'gia-lang.svg',
      alt: 'Già làng và người dân ngồi quanh bàn dưới gốc cây, phía sau là nhà rông',
      caption: 'Người có uy tín trò chuyện cùng bà con (ảnh minh họa).',
    },
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
    leadImage: {
      file: 'hoi-truong.svg',
      alt: 'Hội trường trang trọng với cờ đỏ sao vàng và các hàng ghế đại biểu',
      caption: 'Buổi gặp mặt già làng, người có uy tín (ảnh minh họa).',
    },
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
    leadImage: {
      file: 'mua-lu.svg',
      alt: 'Nước lũ ngập quanh những ngôi nhà, một chiếc thuyền chở người đi cứu trợ',
      caption: 'Cứu trợ đồng bào vùng lũ (ảnh minh họa).',
    },
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
    leadImage: {
      file: 'nha-tho-chua.svg',
      alt: 'Một nhà thờ có tháp chuông và một ngôi chùa mái cong nằm giữa hàng cây',
      caption: 'Các cơ sở tôn giáo trên địa bàn tỉnh (ảnh minh họa).',
    },
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
    leadImage: {
      file: 'lop-tap-huan.svg',
      alt: 'Báo cáo viên đứng cạnh màn hình trình chiếu, học viên ngồi theo dãy bàn',
      caption: 'Hội nghị tuyên truyền pháp luật (ảnh minh họa).',
    },
  },
]
