// Trang tĩnh: the organisation's own pages, in a tree, each with its address under /trang/
// (outside the categories' and the modules' first segments: see decision 0058) and, when it
// has one, its English version at /en/page/<slug>.

export const PAGES_PREFIX = 'trang'
export const ENGLISH_PAGES = '/en/page'
/** The page cache's tag of every static page: a publication purges them all (parents' lists, breadcrumbs). */
export const PAGES_TAG = 'pages'
export const NEWSROOM_PAGES = '/toa-soan/trang'
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_DEPTH = 4

export type PageStatus = 'draft' | 'pending' | 'published'
export const STATUS_NAMES: Record<PageStatus, string> = { draft: 'Bản nháp', pending: 'Chờ duyệt', published: 'Đã xuất bản' }

/** The working copy's workflow, as data: which step leads where, and which right it needs. */
export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'pending', right: 'page.edit', label: 'Gửi duyệt', done: 'đã gửi duyệt' },
  return: { from: ['pending'], to: 'draft', right: 'page.publish', label: 'Trả lại', done: 'đã trả lại' },
  publish: { from: ['draft', 'pending'], to: 'published', right: 'page.publish', label: 'Xuất bản', done: 'đã xuất bản' },
  unpublish: { from: ['published', 'draft', 'pending'], to: 'draft', right: 'page.publish', label: 'Gỡ xuống', done: 'đã gỡ xuống' },
} as const satisfies Record<string, { from: readonly PageStatus[]; to: PageStatus; right: 'page.edit' | 'page.publish'; label: string; done: string }>
export type Transition = keyof typeof TRANSITIONS

export function isTransition(name: string): name is Transition {
  return Object.hasOwn(TRANSITIONS, name)
}

export interface Page {
  id: number
  parentId: number | null
  slug: string
  slugEn: string
  position: number
  status: PageStatus
  liveRevisionId: number | null
  publishedAt: Date | null
  updatedAt: Date
  /** The working copy: the newest revision. */
  title: string
  bodyHtml: string
  titleEn: string
  bodyEnHtml: string
}

export interface Revision {
  id: number
  pageId: number
  title: string
  bodyHtml: string
  titleEn: string
  bodyEnHtml: string
  savedBy: number | null
  savedByName: string | null
  savedAt: Date
  restoredFrom: number | null
}

export interface PageInput {
  parentId: number | null
  slug: string
  slugEn: string
  position: number
  title: string
  bodyHtml: string
  titleEn: string
  bodyEnHtml: string
}

/** A page and the pages above it, from the root down; stops at a loop or a missing parent. */
export function lineage(pages: readonly Page[], id: number): Page[] {
  const byId = new Map(pages.map((p) => [p.id, p]))
  const line: Page[] = []
  for (let at = byId.get(id); at && !line.includes(at) && line.length <= MAX_DEPTH + 1; at = at.parentId === null ? undefined : byId.get(at.parentId)) line.unshift(at)
  return line
}

/** Whether readers can reach the page: it and every page above it are published. */
export function isShown(pages: readonly Page[], id: number): boolean {
  const line = lineage(pages, id)
  return line.length > 0 && line.at(-1)!.id === id && line[0]!.parentId === null && line.every((p) => p.liveRevisionId !== null)
}

/** The Vietnamese address: /trang/gioi-thieu/lich-su. */
export function pagePath(pages: readonly Page[], id: number): string {
  return `/${PAGES_PREFIX}/${lineage(pages, id).map((p) => p.slug).join('/')}`
}

export const englishPagePath = (page: Pick<Page, 'slugEn'>): string => `${ENGLISH_PAGES}/${page.slugEn}`

/** The pages in tree order, each with its depth (0 for a top one), for lists and parent choices. */
export function inTreeOrder<P extends Pick<Page, 'id' | 'parentId' | 'position'>>(pages: readonly P[]): { page: P; depth: number }[] {
  const out: { page: P; depth: number }[] = []
  const walk = (parentId: number | null, depth: number) => {
    for (const page of pages.filter((p) => p.parentId === parentId).sort((a, b) => a.position - b.position || a.id - b.id)) {
      if (out.some((o) => o.page.id === page.id)) continue
      out.push({ page, depth })
      walk(page.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}
