import { AppError } from '../../platform/http/errors.ts'

/** A save made from a version someone else has saved over meanwhile: refused, nothing written. */
export class EditConflictError extends AppError {
  constructor() {
    super(409, 'edit_conflict', 'the article was saved by someone else since this copy was opened',
      'Bài viết vừa được người khác lưu trong lúc bạn đang sửa, nên bản của bạn chưa được lưu. Nội dung bạn gõ vẫn còn nguyên; xin xem phần khác nhau, gộp lại rồi bấm Lưu.')
  }
}

/** What became of a save. */
export type SaveOutcome =
  | 'saved' // the article's text changed (a draft, one in review, or by someone with the grant)
  | 'sent-back' // an approved, scheduled or withdrawn article changed and went back to review
  | 'pending' // a change to a published article, kept aside until someone else accepts it

export const SAVE_NOTICES: Record<SaveOutcome, string> = {
  saved: 'Đã lưu.',
  'sent-back': 'Đã lưu. Vì bài đã được duyệt, bản sửa được gửi duyệt lại: bài trở về hàng "Chờ biên tập".',
  pending: 'Đã lưu bản sửa. Bạn đọc vẫn thấy bản đã duyệt cho đến khi một người có quyền xuất bản chấp nhận bản sửa này.',
}

/** The version a form or button was made from; undefined (refused as a conflict) when missing. */
export function versionIn(body: { version?: string }): number | undefined {
  const raw = body.version
  return raw !== undefined && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined
}
