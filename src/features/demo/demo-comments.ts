// Readers' comments under the seed article, so that the demo page shows "Ý kiến bạn đọc" in
// use: a few approved ones (one with the organisation's reply, one a reader's reply) and one
// waiting in the moderators' queue. Names and addresses are illustrative.
export interface DemoComment {
  authorName: string
  authorEmail: string
  body: string
  /** Minutes after the article's publication. */
  after: number
  status: 'approved' | 'pending'
  /** Index of the comment (in this list) it replies to. */
  replyTo?: number
  officialReply?: string
}

export const demoComments: DemoComment[] = [
  {
    authorName: 'Nguyễn Văn Hùng',
    authorEmail: 'hung.nv@example.vn',
    body: 'Mô hình “Dân vận khéo” ở xã tôi đã giúp làm được 3 km đường bê tông nông thôn, bà con rất phấn khởi.\nMong năm 2021 tiếp tục được nhân rộng.',
    after: 95,
    status: 'approved',
  },
  {
    authorName: 'Trần Thị Mai',
    authorEmail: 'mai.tran@example.vn',
    body: 'Xin hỏi Ban: kế hoạch tiếp xúc, đối thoại với nhân dân năm 2021 sẽ được công bố ở đâu để bà con theo dõi?',
    after: 240,
    status: 'approved',
    officialReply: 'Cảm ơn bạn đọc. Kế hoạch được đăng tại chuyên mục “Quy chế dân chủ ở cơ sở” và niêm yết tại trụ sở UBND các xã, phường, thị trấn.',
  },
  {
    authorName: 'Lê Quang Vinh',
    authorEmail: 'vinh.le@example.vn',
    body: 'Tôi cũng đang chờ kế hoạch này, cảm ơn chị Mai đã hỏi.',
    after: 300,
    status: 'approved',
    replyTo: 1,
  },
  {
    authorName: 'Phạm Thị Hồng',
    authorEmail: 'hong.pham@example.vn',
    body: 'Đề nghị bài viết bổ sung danh sách các mô hình được khen thưởng năm 2020.',
    after: 720,
    status: 'pending',
  },
]
