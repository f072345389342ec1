import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { TranslationItem, TranslationSource, TranslationState } from '../../platform/translations/index.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { englishArticleUrl } from '../articles/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import type { Alternate } from '../site/index.ts'
import {
  findCounterpart, findTranslatableArticle, findWithCounterpart, linkTranslation, listChosenForTranslation, setTranslationWanted, textChangedAt, type TranslatableArticle,
} from './translation.repository.ts'
import type { TranslationChange } from './translation-form.ts'
import { translationPanelView, type TranslationPanelModel } from './views/translation-panel.view.ts'
import { recordAudit } from '../audit/index.ts'

/** An English version is as new as the Vietnamese while its text changed last. */
export function translationState(vietnameseAt: Date | undefined, englishAt: Date | undefined): TranslationState {
  if (!englishAt) return 'missing'
  return vietnameseAt && vietnameseAt > englishAt ? 'outdated' : 'current'
}

/** The English edition of the articles: the links between versions, their state, the editor's panel and the pages' alternates. */
export class ArticleTranslations {
  constructor(readonly db: Db, private readonly events: NewsroomEventBus, private readonly clock: Clock, private readonly categories: CategoryDirectory) {}

  /**
   * Both addresses of a published article whose counterpart is published too (hreflang both
   * ways, and the language switch goes there); undefined otherwise.
   */
  async alternates(articleId: number): Promise<Alternate[] | undefined> {
    const found = await findWithCounterpart(this.db, articleId)
    if (!found || found.article.status !== 'published' || found.counterpart?.status !== 'published') return undefined
    const { article, counterpart } = found
    const [vi, en] = article.language === 'vi' ? [article, counterpart] : [counterpart, article]
    const tree = await this.categories.tree()
    return [{ lang: 'vi', path: `${tree.url(vi.categoryId)}/${vi.slug}` }, { lang: 'en', path: englishArticleUrl(en) }]
  }

  /** The editor's "Bản dịch tiếng Anh" section, for those who may manage translations ('' for the others). */
  async panel(user: NewsroomUser, articleId: number, csrfToken: string, form: Pick<TranslationPanelModel, 'values' | 'errors'> = {}): Promise<SafeHtml | ''> {
    if (!may(user, 'translation.manage')) return ''
    const model = await this.panelModel(articleId, csrfToken)
    return model ? translationPanelView({ ...model, ...form }) : ''
  }

  async panelModel(articleId: number, csrfToken: string): Promise<TranslationPanelModel | undefined> {
    const article = await findTranslatableArticle(this.db, articleId)
    if (!article) return undefined
    const counterpart = await findCounterpart(this.db, article)
    const candidates = article.language === 'en'
      ? (await listChosenForTranslation(this.db)).filter((c) => c.englishId === null || c.englishId === article.id)
      : []
    const state = counterpart ? await this.#stateOf(article.language === 'vi' ? article : counterpart, article.language === 'en' ? article : counterpart) : undefined
    return { article, counterpart, candidates, csrfToken, ...(state ? { state } : {}) }
  }

  /** Saves the choice or the link with its audit entry; every page that showed either version is purged. */
  async change(article: TranslatableArticle, change: TranslationChange, actor: { userId: number; ip: string }): Promise<void> {
    const now = this.clock.now()
    await this.db.transaction().execute(async (trx) => {
      if (change.language === 'vi') await setTranslationWanted(trx, article.id, change.wanted)
      else await linkTranslation(trx, article.id, change.originalId)
      const details = change.language === 'vi' ? { wanted: change.wanted } : { translationOf: change.originalId }
      await recordAudit(trx, { action: change.language === 'vi' ? 'article.translation-wanted' : 'article.translation-link', itemType: 'article', itemId: String(article.id), details, userId: actor.userId, ip: actor.ip }, now)
    })
    const touched = new Set([article.id, ...(change.language === 'en' ? [change.originalId, change.formerOriginalId] : [])].filter((id): id is number => id !== null))
    for (const id of touched) {
      const one = await findTranslatableArticle(this.db, id)
      if (one) this.events.emit('article.changed', { articleId: id, categoryIds: [one.categoryId] })
    }
  }

  /** The articles chosen for translation, each with its English version's state, for the status page. */
  source(): TranslationSource {
    return {
      label: 'Bài viết chọn dịch',
      items: async (): Promise<TranslationItem[]> => {
        const chosen = await listChosenForTranslation(this.db)
        const at = await textChangedAt(this.db, chosen.flatMap((c) => (c.englishId === null ? [c.id] : [c.id, c.englishId])))
        return chosen.map((c) => ({
          title: `Bài: ${c.title}`,
          href: `/toa-soan/bai-viet/${c.englishId ?? c.id}`,
          state: c.englishId === null ? 'missing' : translationState(at.get(c.id), at.get(c.englishId)),
        }))
      },
    }
  }

  async #stateOf(vi: TranslatableArticle, en: TranslatableArticle): Promise<TranslationState> {
    const at = await textChangedAt(this.db, [vi.id, en.id])
    return translationState(at.get(vi.id), at.get(en.id))
  }
}
