import type { Db } from '../../platform/db/connect.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { compareVietnamese } from '../../platform/text/vietnamese.ts'
import { listViewsBetween } from '../most-read/index.ts'
import { creditsOf } from './article-credits.ts'
import { AuthorResolver, suggestMerges, UNNAMED, type MergeSuggestion } from './author-names.ts'
import { dayLabel, instantsOf, monthLabel, monthOf, type DateRange } from './date-range.ts'
import { articleTitles, categoryNames, countCommentsBetween, listAliases, publishedBetween, readSettings, type RoyaltySettings } from './reports.repository.ts'

// Every report of a period as tables of cells: the page shows them, the XLSX has a sheet for
// each and the CSV one of them, so the three always hold the same numbers.

export type Cell = string | number

export const TABLE_IDS = ['chuyen-muc', 'tac-gia', 'thang', 'luot-xem', 'binh-luan', 'nhuan-but'] as const
export type TableId = (typeof TABLE_IDS)[number]

export interface ReportTable {
  id: TableId
  title: string
  /** What the numbers are, said once under the title. */
  note: string
  headers: string[]
  rows: Cell[][]
  /** A last row of totals, when the rows add up. */
  total?: Cell[]
}

export interface Report {
  range: DateRange
  /** Articles published in the period: none, and the page points to the newest month that has some. */
  articleCount: number
  settings: RoyaltySettings
  tables: ReportTable[]
  suggestions: MergeSuggestion[]
}

const byCount = <K>(counts: Map<K, number>) => [...counts].sort((a, b) => b[1] - a[1])
const add = <K>(map: Map<K, number>, key: K, n = 1) => map.set(key, (map.get(key) ?? 0) + n)
const round2 = (n: number) => Math.round(n * 100) / 100
/** "2,5": the newsroom writes decimals with a comma. */
const decimal = (n: number) => String(n).replace('.', ',')
const byName = (a: string, b: string) => (a === UNNAMED ? 1 : b === UNNAMED ? -1 : compareVietnamese(a, b))

interface RoyaltyLine { author: string; month: string; bai: number; anh: number; tin: number }

export async function buildReport(db: Db, range: DateRange): Promise<Report> {
  const { start, end } = instantsOf(range)
  const [categories, aliases, settings, views, comments] = await Promise.all([
    categoryNames(db), listAliases(db), readSettings(db),
    listViewsBetween(db, range.from, range.to), countCommentsBetween(db, start, end),
  ])
  const resolver = new AuthorResolver(aliases)
  const byCategory = new Map<number, number>()
  const byAuthor = new Map<string, number>()
  const byMonth = new Map<string, number>()
  const spellings = new Map<string, number>()
  const royalty = new Map<string, RoyaltyLine>()
  const line = (author: string, month: string) => {
    const key = `${author}\u0000${month}`
    const found = royalty.get(key) ?? { author, month, bai: 0, anh: 0, tin: 0 }
    royalty.set(key, found)
    return found
  }

  let articleCount = 0
  for await (const page of publishedBetween(db, start, end)) {
    for (const article of page) {
      articleCount++
      const month = monthOf(article.publishedAt)
      add(byCategory, article.categoryId)
      add(byMonth, month)
      const credits = creditsOf(article, settings.tinMaxWords)
      const authors = credits.authors.length ? credits.authors : ['']
      for (const name of new Set(authors.map((a) => resolver.resolve(a)))) {
        add(byAuthor, name)
        if (credits.reprinted) continue
        if (credits.isShort) line(name, month).tin++
        else line(name, month).bai++
      }
      for (const [name, n] of credits.photos) line(resolver.resolve(name), month).anh += n
      // Suggestions look at the spellings as they stand after the merges already made.
      for (const name of [...credits.authors, ...credits.photos.keys()]) add(spellings, resolver.resolve(name))
    }
  }

  const points = (l: RoyaltyLine) => round2(l.bai * settings.pointsBai + l.anh * settings.pointsAnh + l.tin * settings.pointsTin)
  const royaltyLines = [...royalty.values()].sort((a, b) => byName(a.author, b.author) || a.month.localeCompare(b.month))
  const sum = (f: (l: RoyaltyLine) => number) => royaltyLines.reduce((s, l) => s + f(l), 0)

  const topIds = [...new Set([...views.keys(), ...comments.keys()])]
  const titles = await articleTitles(db, topIds)
  const titleOf = (id: number) => titles.get(id)?.title ?? `(Bài số ${id} đã xóa)`
  const publishedOf = (id: number) => { const at = titles.get(id)?.publishedAt; return at ? dayLabel(newsroomDay(at)) : '' }

  const tables: ReportTable[] = [
    {
      id: 'chuyen-muc', title: 'Bài đăng theo chuyên mục', note: 'Số bài xuất bản trong kỳ, theo chuyên mục của bài.',
      headers: ['Chuyên mục', 'Số bài'],
      rows: byCount(byCategory).map(([id, n]) => [categories.get(id) ?? `(Chuyên mục số ${id})`, n]),
      total: ['Tổng cộng', articleCount],
    },
    {
      id: 'tac-gia', title: 'Bài đăng theo tác giả', note: 'Theo tên ký bài, sau bảng gộp tên; bài nhiều tác giả được tính cho mỗi người.',
      headers: ['Tác giả', 'Số bài'],
      rows: byCount(byAuthor).sort((a, b) => b[1] - a[1] || byName(a[0], b[0])).map(([name, n]) => [name, n]),
    },
    {
      id: 'thang', title: 'Bài đăng theo tháng', note: 'Tháng theo giờ Việt Nam (UTC+7).',
      headers: ['Tháng', 'Số bài'],
      rows: [...byMonth].sort((a, b) => a[0].localeCompare(b[0])).map(([month, n]) => [monthLabel(month), n]),
      total: ['Tổng cộng', articleCount],
    },
    {
      id: 'luot-xem', title: 'Lượt xem theo bài', note: 'Lượt đọc trong kỳ của mọi bài (kể cả bài đăng trước kỳ), nhiều nhất trước.',
      headers: ['Mã bài', 'Tiêu đề', 'Ngày đăng', 'Lượt xem'],
      rows: byCount(views).sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([id, n]) => [id, titleOf(id), publishedOf(id), n]),
      total: ['Tổng cộng', '', '', [...views.values()].reduce((s, n) => s + n, 0)],
    },
    {
      id: 'binh-luan', title: 'Bình luận theo bài', note: 'Ý kiến bạn đọc gửi trong kỳ (không tính thư rác) và số đã duyệt.',
      headers: ['Mã bài', 'Tiêu đề', 'Bình luận nhận được', 'Đã duyệt'],
      rows: [...comments].sort((a, b) => b[1].received - a[1].received || b[0] - a[0]).map(([id, c]) => [id, titleOf(id), c.received, c.approved]),
      total: ['Tổng cộng', '', [...comments.values()].reduce((s, c) => s + c.received, 0), [...comments.values()].reduce((s, c) => s + c.approved, 0)],
    },
    {
      id: 'nhuan-but', title: 'Bảng nhuận bút',
      note: `Mỗi tác giả mỗi tháng (không tính bài ký «Theo…», đăng lại từ nơi khác): bài (${decimal(settings.pointsBai)} điểm), ảnh (${decimal(settings.pointsAnh)} điểm), tin — bài dưới ${settings.tinMaxWords} chữ (${decimal(settings.pointsTin)} điểm).`,
      headers: ['Tác giả', 'Tháng', 'Bài', 'Ảnh', 'Tin', 'Điểm'],
      rows: royaltyLines.map((l) => [l.author, monthLabel(l.month), l.bai, l.anh, l.tin, points(l)]),
      total: ['Tổng cộng', '', sum((l) => l.bai), sum((l) => l.anh), sum((l) => l.tin), round2(sum(points))],
    },
  ]
  return { range, articleCount, settings, tables, suggestions: suggestMerges(spellings) }
}
