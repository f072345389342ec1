import type { Db } from '../../platform/db/connect.ts'
import type { FormErrors, FormValues } from '../admin-kit/index.ts'
import { findCounterpart, findTranslatableArticle, type TranslatableArticle } from './translation.repository.ts'

/** The form's fields: "cần dịch" on a Vietnamese article, "bản dịch của" on an English one. */
export const TRANSLATION_FIELDS = ['canDich', 'banDichCua'] as const

export type TranslationChange =
  | { language: 'vi'; wanted: boolean }
  | { language: 'en'; originalId: number | null; formerOriginalId: number | null }

/**
 * What the form asks, checked against the articles: an English article translates one
 * Vietnamese article that no other English article translates; a Vietnamese one is only chosen
 * for translation, or not. Every refusal is said in Vietnamese beside its field.
 */
export async function parseTranslationForm(db: Db, article: TranslatableArticle, values: FormValues): Promise<{ ok: true; change: TranslationChange } | { ok: false; errors: FormErrors }> {
  if (article.language === 'vi') {
    if (values.banDichCua) return { ok: false, errors: { banDichCua: 'Bài tiếng Việt không là bản dịch của bài nào: chỉ bài tiếng Anh chọn được bài gốc.' } }
    return { ok: true, change: { language: 'vi', wanted: values.canDich === '1' } }
  }
  const typed = (values.banDichCua ?? '').trim()
  if (typed === '') return { ok: true, change: { language: 'en', originalId: null, formerOriginalId: article.translationOf } }
  if (!/^\d{1,9}$/.test(typed)) return { ok: false, errors: { banDichCua: 'Xin chọn bài gốc tiếng Việt trong danh sách.' } }
  const original = await findTranslatableArticle(db, Number(typed))
  if (!original) return { ok: false, errors: { banDichCua: `Không có bài viết số ${typed}.` } }
  if (original.language !== 'vi') return { ok: false, errors: { banDichCua: 'Bài gốc phải là bài tiếng Việt: một bài tiếng Anh không dịch một bài tiếng Anh.' } }
  const translated = await findCounterpart(db, original)
  if (translated && translated.id !== article.id) return { ok: false, errors: { banDichCua: `Bài “${original.title}” đã có bản dịch tiếng Anh: “${translated.title}”.` } }
  return { ok: true, change: { language: 'en', originalId: original.id, formerOriginalId: article.translationOf } }
}
