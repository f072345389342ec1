import type { Lang } from '../../platform/i18n/index.ts'
import { TRACKING_PATHS } from '../cases/index.ts'

// Where citizens find Hỏi đáp in each language, and what its query strings are called: the
// Vietnamese pages speak Vietnamese in their addresses too (/hoi-dap?linh-vuc=2&trang=3). The
// English pages live under /en, which the articles module declares for every English page.

export interface QuestionPaths {
  lang: Lang
  list: string
  ask: string
  track: string
  question(slug: string): string
  /** An attachment the answerer published with the answer. */
  file(id: number, fileName: string): string
  /** Query-string names of the list's topic and page. */
  params: { topic: string; page: string }
}

export const VIETNAMESE_QUESTION_PATHS: QuestionPaths = {
  lang: 'vi',
  list: '/hoi-dap',
  ask: '/hoi-dap/dat-cau-hoi',
  track: TRACKING_PATHS.vi,
  question: (slug) => `/hoi-dap/${slug}`,
  file: (id, fileName) => `/hoi-dap/tep/${id}/${encodeURIComponent(fileName)}`,
  params: { topic: 'linh-vuc', page: 'trang' },
}

export const ENGLISH_QUESTION_PATHS: QuestionPaths = {
  lang: 'en',
  list: '/en/questions',
  ask: '/en/questions/ask',
  track: TRACKING_PATHS.en,
  question: (slug) => `/en/questions/${slug}`,
  file: VIETNAMESE_QUESTION_PATHS.file,
  params: { topic: 'topic', page: 'page' },
}

export const QUESTION_PATHS: Record<Lang, QuestionPaths> = { vi: VIETNAMESE_QUESTION_PATHS, en: ENGLISH_QUESTION_PATHS }

/** The list's address for a topic (or all) and a page; page 1 and "all topics" leave their names out. */
export function questionListUrl(paths: QuestionPaths, topicId: number | undefined, page = 1): string {
  const search = new URLSearchParams()
  if (topicId !== undefined) search.set(paths.params.topic, String(topicId))
  if (page > 1) search.set(paths.params.page, String(page))
  const text = search.toString()
  return text ? `${paths.list}?${text}` : paths.list
}
