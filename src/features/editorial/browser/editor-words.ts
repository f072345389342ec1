// The editor's own interface words, in one place for the page (views/) and its script
// (browser/, which bundles this file): the save state must read the same whichever wrote it.
export const EDITOR_WORDS = {
  savedAt: (time: string) => `Đã lưu lúc ${time}`,
  saving: 'Đang lưu…',
  unsaved: 'Có thay đổi chưa lưu',
  offline: 'Chưa lưu – mất kết nối',
  notSavedYet: 'Bài mới, chưa lưu',
  invalid: 'Chưa lưu: xin xem các ô được đánh dấu và bấm Lưu.',
  conflict: 'Chưa tự động lưu: bài đã có bản mới hơn. Nội dung của bạn vẫn còn trong các ô; xin xem phần khác nhau ở đầu trang.',
  conflictFallback: 'Bài đã có bản mới hơn; bản của bạn chưa được lưu.',
  leaveWarning: 'Bài có thay đổi chưa lưu. Rời trang sẽ mất các thay đổi này.',
  uploading: 'Đang tải ảnh lên…',
  uploadFailed: 'Không tải được ảnh lên.',
  uploaded: 'Đã tải ảnh lên và chọn làm ảnh đại diện.',
  dropHere: 'Kéo thả ảnh vào đây, hoặc',
  chooseFile: 'Chọn tệp ảnh',
  searchLibrary: 'Tìm trong thư viện ảnh…',
  leadImageTitle: 'Chọn ảnh đại diện',
  altPrompt: 'Mô tả ảnh cho người không xem được ảnh:',
} as const

/** "10:31" in the newsroom's time (UTC+7 all year), as the save state shows it. */
export function clockTime(instant: Date): string {
  const local = new Date(instant.getTime() + 7 * 3600_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
}
