// The named places of every public page where blocks can go. Their order here is the order
// of the page, top to bottom, and of the administrator's layout screen.
export const SLOTS = ['head', 'top', 'header', 'sidebar', 'after-article', 'footer'] as const

export type SlotName = (typeof SLOTS)[number]

/** What the administrator calls each slot. */
export const SLOT_TITLES: Record<SlotName, string> = {
  head: 'Phần đầu trang ẩn (head: mã theo dõi, mã xác minh)',
  top: 'Trên đầu trang (thông báo khẩn)',
  header: 'Đầu trang',
  sidebar: 'Cột bên',
  'after-article': 'Sau bài viết',
  footer: 'Chân trang',
}

export function isSlotName(value: string): value is SlotName {
  return (SLOTS as readonly string[]).includes(value)
}
