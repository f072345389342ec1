import type { FormErrors, FormValues } from '../../admin-kit/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { TranslationState } from '../../../platform/translations/index.ts'
import type { TranslatableArticle } from '../translation.repository.ts'

export interface TranslationPanelModel {
  article: TranslatableArticle
  counterpart: TranslatableArticle | undefined
  /** The English one's state against the Vietnamese, when both exist. */
  state?: TranslationState
  /** For an English article: the Vietnamese articles it may translate (chosen ones without a translation, and its own). */
  candidates: readonly TranslatableArticle[]
  csrfToken: string
  values?: FormValues
  errors?: FormErrors
}

export const STATE_WORDS: Record<TranslationState, string> = {
  missing: 'Chưa có bản tiếng Anh',
  outdated: 'Bản tiếng Việt đã sửa sau bản tiếng Anh',
  current: 'Bản tiếng Anh mới như bản tiếng Việt',
}

const editorLink = (a: TranslatableArticle) => html`<a href="/toa-soan/bai-viet/${a.id}">${a.title}</a>`

/** "Bản dịch tiếng Anh" in the editor's settings column: its own small form, apart from the article's. */
export function translationPanelView(m: TranslationPanelModel): SafeHtml {
  const { article, counterpart } = m
  const errors = m.errors ?? {}
  const action = `/toa-soan/bai-viet/${article.id}/ban-dich`
  const error = (name: string) => (errors[name] ? html`<span class="field-error" id="e-${name}">${errors[name]}</span>` : '')
  const invalid = (name: string) => (errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : '')
  const state = m.state ? html`<p class="translation-state translation-${m.state}">${STATE_WORDS[m.state]}</p>` : ''
  if (article.language === 'vi') {
    const wanted = m.values ? m.values.canDich === '1' : article.translationWanted
    return html`<section class="settings-group translation-panel" aria-labelledby="ban-dich"><h3 id="ban-dich">Bản dịch tiếng Anh</h3>
${counterpart ? html`<p>Bản tiếng Anh: ${editorLink(counterpart)}</p>${state}` : ''}
<form method="post" action="${action}" class="form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label><input type="checkbox" name="canDich" value="1"${wanted ? html` checked` : ''}${invalid('canDich')}> Cần dịch (chọn dịch sang tiếng Anh)</label>${error('canDich')}${error('banDichCua')}</p>
<button type="submit">Lưu lựa chọn dịch</button>
</form>
</section>`
  }
  const chosen = m.values ? m.values.banDichCua ?? '' : String(article.translationOf ?? '')
  return html`<section class="settings-group translation-panel" aria-labelledby="ban-dich"><h3 id="ban-dich">Bản dịch của</h3>
${counterpart ? html`<p>Bài gốc tiếng Việt: ${editorLink(counterpart)}</p>${state}` : ''}
<form method="post" action="${action}" class="form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-banDichCua">Bản dịch của bài tiếng Việt</label>
<select id="f-banDichCua" name="banDichCua"${invalid('banDichCua')}><option value="">— Không là bản dịch —</option>${m.candidates.map((c) => html`<option value="${c.id}"${String(c.id) === chosen ? html` selected` : ''}>${c.title}</option>`)}</select>
<small class="muted hint">Các bài tiếng Việt được chọn “cần dịch” chưa có bản dịch.</small>
${error('banDichCua')}</p>
<button type="submit">Lưu liên kết bản dịch</button>
</form>
</section>`
}
