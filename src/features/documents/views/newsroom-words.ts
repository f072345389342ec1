import type { DocumentStatus } from '../document.ts'

// The newsroom's words for a document's publication state, in its pages and its addresses.

export const STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = { draft: 'Nháp', scheduled: 'Hẹn giờ đăng', published: 'Đã đăng' }

/** The states in addresses (?trang-thai=da-dang), the same words as the articles' list. */
export const STATUS_KEYS: Readonly<Record<DocumentStatus, string>> = { draft: 'nhap', scheduled: 'hen-gio', published: 'da-dang' }

export function statusOfKey(key: string | undefined): DocumentStatus | undefined {
  return (Object.keys(STATUS_KEYS) as DocumentStatus[]).find((s) => STATUS_KEYS[s] === key)
}

/** "2021-03-15" → "15/03/2021". */
export const formatDay = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`
