import type { DemoArticle } from '../demo-content.ts'

// The demo's articles of the menu section Gương điển hình.
export const exemplaryArticles: DemoArticle[] = [
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
    leadImage: {
      file: 'gia-lang.svg',
      alt: 'Người dân trong thôn ngồi trò chuyện dưới gốc cây lớn',
      caption: 'Sinh hoạt của bà con trong thôn (ảnh minh họa).',
    },
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
    leadImage: {
      file: 'duong-lang.svg',
      alt: 'Con đường bê tông thẳng tắp giữa cánh đồng, hai bên là nhà dân và cây xanh',
      caption: 'Con đường làng được mở rộng nhờ người dân hiến đất (ảnh minh họa).',
    },
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
    leadImage: {
      file: 'truong-hoc.svg',
      alt: 'Cô giáo cùng học sinh trước ngôi trường mái xanh giữa núi đồi, bên cạnh là cột cờ',
      caption: 'Một điểm trường vùng cao (ảnh minh họa).',
    },
  },
]
