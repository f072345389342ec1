import type { DutyCheck } from '../../platform/compliance/index.ts'
import type { ContentSources } from '../../platform/content/index.ts'
import { fold } from '../../platform/text/vietnamese.ts'
import { parseQuery } from './query-parser.ts'
import type { Search } from './search.service.ts'

const SEARCH_PAGE = '/tim-kiem'
const SYSTEM = '/toa-soan/quan-tri/he-thong'

// Search "works" when the index answers a reader's query the way a reader types it: the newest
// published item's title, typed without diacritics, finds that item on the first page. A real
// search, each time the page is opened: it proves the index follows publication and folds.
export function searchDuty(search: Search, sources: ContentSources): DutyCheck {
  return {
    duty: 'search',
    async check() {
      const newest = (await Promise.all(sources.all().map((s) => s.newest({ limit: 1 })))).flat()
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())[0]
      if (!newest) return { state: 'warning', detail: 'Chưa có nội dung nào được đăng để thử tìm kiếm.', href: SEARCH_PAGE }
      // Just published: the index follows within moments; wait for it rather than report a moment's lag.
      await search.whenIdle()
      const typed = fold(newest.title)
      const results = await search.search({ query: parseQuery(typed), filters: {}, order: 'relevance', page: 1, pageSize: 10 })
      const found = results.hits.some((h) => h.item.kind === newest.kind && h.item.id === newest.id)
      const href = `${SEARCH_PAGE}?q=${encodeURIComponent(typed)}`
      if (found) return { state: 'met', detail: `Tìm “${typed}” (gõ không dấu) ra đúng mục mới đăng gần nhất “${newest.title}”.`, href }
      return {
        state: 'not_met', detail: `Tìm “${typed}” không ra mục mới đăng gần nhất “${newest.title}”: chỉ mục tìm kiếm có thể đang chậm hoặc hỏng; xem tình trạng hệ thống.`,
        href: SYSTEM, items: [{ label: 'Thử tìm trên trang cho bạn đọc', href }],
      }
    },
  }
}
