export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]

/** The queue's tabs, in the newsroom's words; the key is what the address shows (?trang-thai=). */
export const STATUS_TABS: { status: CommentStatus; key: string; name: string }[] = [
  { status: 'pending', key: 'cho-duyet', name: 'Chờ duyệt' },
  { status: 'approved', key: 'da-duyet', name: 'Đã duyệt' },
  { status: 'rejected', key: 'tu-choi', name: 'Từ chối' },
  { status: 'spam', key: 'rac', name: 'Thư rác' },
]

export const NAME_MAX = 80
export const EMAIL_MAX = 200
export const BODY_MAX = 2000
export const LINKS_MAX = 2

/** What a reader sees of a comment: never the e-mail. */
export interface PublicComment {
  id: number
  parentId: number | null
  authorName: string
  body: string
  linksAllowed: boolean
  createdAt: Date
  reply: { text: string; at: Date } | undefined
}

/** What a moderator sees. */
export interface ModeratedComment extends PublicComment {
  articleId: number
  articleTitle: string
  articleSlug: string
  articleCategoryId: number
  articleStatus: string
  authorEmail: string
  status: CommentStatus
  spamReason: string
  ip: string
  userAgent: string
  moderatedAt: Date | undefined
  replyText: string
}

export interface NewComment {
  articleId: number
  parentId: number | null
  authorName: string
  authorEmail: string
  body: string
  status: CommentStatus
  spamReason: string
  ip: string
  userAgent: string
  /** The organisation's reply, when a comment arrives with one (demo content, imports). */
  reply?: { text: string; at: Date }
}
