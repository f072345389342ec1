import type { Db } from '../../platform/db/connect.ts'
import { vietnamDay } from '../../platform/http/reader-mark.ts'
import { insertRating, insertSurveyAnswer } from './rating.repository.ts'
import type { Rating } from './rating.ts'

// A few answers, so that the newsroom's report and the survey's results have something to show.
const ANSWERS: readonly Rating[] = [
  { helpful: true, reason: '', comment: '' },
  { helpful: true, reason: '', comment: 'Thông tin rõ ràng, dễ theo dõi.' },
  { helpful: false, reason: 'thieu-thong-tin', comment: 'Nên ghi rõ thời hạn nộp hồ sơ.' },
  { helpful: false, reason: 'kho-hieu', comment: '' },
  { helpful: false, reason: 'da-cu', comment: '' },
]

const SURVEY: readonly [number, number, number, number, string][] = [
  [4, 5, 4, 3, 'Mong có thêm mục hỏi đáp về thủ tục hành chính.'],
  [5, 4, 4, 4, ''],
  [3, 4, 3, 2, 'Trang hơi chậm trên điện thoại.'],
  [4, 4, 5, 4, ''],
  [5, 5, 4, 3, ''],
  [2, 3, 3, 3, ''],
]

/** Loads demo answers once the demo's articles, documents and answered questions exist; false when there are answers already or nothing to rate. */
export async function seedRatingsDemo(db: Db, now: Date): Promise<boolean> {
  const [rated, articles, documents, answers] = await Promise.all([
    db.selectFrom('content_ratings').select('id').limit(1).execute(),
    db.selectFrom('articles').select('id').where('status', '=', 'published').orderBy('id').limit(3).execute(),
    db.selectFrom('documents').select('id').where('status', '=', 'published').orderBy('id').limit(2).execute(),
    // Hỏi đáp's published answers (its demo runs before this one).
    db.selectFrom('questions').select('id').where('status', '=', 'answered').where('published_at', 'is not', null).orderBy('id').limit(1).execute(),
  ])
  const items = [
    ...articles.map((a) => ({ kind: 'article', id: a.id })), ...documents.map((d) => ({ kind: 'document', id: d.id })), ...answers.map((q) => ({ kind: 'question', id: q.id })),
  ]
  if (rated.length > 0 || items.length === 0) return false
  const day = vietnamDay(now)
  for (const [i, item] of items.entries()) {
    // Each item its own mix: the first mostly helpful, the later ones less so.
    for (const [j, rating] of ANSWERS.slice(0, ANSWERS.length - (i % 3)).entries()) {
      const answer = i > 0 && j === 0 ? { ...rating, helpful: false, reason: 'khong-chinh-xac' as const } : rating
      await insertRating(db, item, answer, { day, mark: `demo-${i}-${j}` }, now)
    }
  }
  for (const [i, [interfaceScore, content, quality, support, comment]] of SURVEY.entries()) {
    await insertSurveyAnswer(db, { scores: { interface_score: interfaceScore, content_score: content, quality_score: quality, support_score: support }, comment }, { day, mark: `demo-${i}` }, now)
  }
  return true
}
