import type { Db } from '../../platform/db/connect.ts'
import type { TranslationItem, TranslationSource, TranslationState } from '../../platform/translations/index.ts'
import { NEWSROOM_PAGES, type Revision } from './page.ts'
import { listPages, listRevisions } from './page.repository.ts'

// A page's English version lives in the same revision as its Vietnamese text, so "older than the
// Vietnamese" is read from the revisions: the English is outdated when the Vietnamese changed in
// a revision after the one where the English last changed. Pages are few (tens); reading their
// revisions page by page is cheap. A page with no English is not listed: Decree 42 asks English
// for the structure, functions and contacts (the structure module's items), not for every page.

export function pageTranslationSource(db: Db): TranslationSource {
  return {
    label: 'Trang thông tin có bản tiếng Anh',
    async items(): Promise<TranslationItem[]> {
      const pages = (await listPages(db)).filter((page) => page.titleEn.trim() !== '')
      return Promise.all(pages.map(async (page) => ({
        title: `Trang: ${page.title}`,
        href: `${NEWSROOM_PAGES}/${page.id}`,
        state: englishState(await listRevisions(db, page.id)),
      })))
    },
  }
}

/** Revisions newest first: 'outdated' when the newest change of the Vietnamese text came after the newest change of the English. */
export function englishState(newestFirst: readonly Revision[]): TranslationState {
  const oldestFirst = [...newestFirst].reverse()
  let vietnameseChanged = -1
  let englishChanged = -1
  oldestFirst.forEach((revision, i) => {
    const before = oldestFirst[i - 1]
    if (!before || revision.title !== before.title || revision.bodyHtml !== before.bodyHtml) vietnameseChanged = i
    if (!before || revision.titleEn !== before.titleEn || revision.bodyEnHtml !== before.bodyEnHtml) englishChanged = i
  })
  if (!oldestFirst.at(-1)?.titleEn.trim()) return 'missing'
  return vietnameseChanged > englishChanged ? 'outdated' : 'current'
}
