import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { ratingMessages, surveyMessages } from '../messages.ts'
import { COMMENT_MAX, RATING_REASONS, REASON_CODES } from '../rating.ts'

export interface RatingFormModel {
  kind: string
  id: number
  scriptUrl: string
  surveyUrl: string
}

/**
 * "Thông tin này có hữu ích không?" under an item. It goes into the cached page, so it is the
 * same for every reader: the post goes to /danh-gia/<kind>/<id>, which answers with a page of
 * its own (or, for the script, JSON); without JavaScript the reasons are behind a <details>.
 */
export function ratingFormView(model: RatingFormModel, locale: Locale): SafeHtml {
  const t = locale.t(ratingMessages)
  const words = JSON.stringify({ sending: t('sending'), thanks: t('thanks'), notSent: t('notSent') })
  return html`<section class="rating" aria-labelledby="danh-gia-hoi">
<form class="rating-form" method="post" action="/danh-gia/${model.kind}/${model.id}" data-rating-form data-words="${words}">
${locale.lang === 'vi' ? '' : html`<input type="hidden" name="ngon-ngu" value="${locale.lang}">`}
<fieldset class="rating-answer-choice"><legend id="danh-gia-hoi">${t('question')}</legend>
<label><input type="radio" name="huu-ich" value="co" required> ${t('yes')}</label>
<label><input type="radio" name="huu-ich" value="khong"> ${t('no')}</label>
</fieldset>
<details class="rating-why"><summary>${t('whyNot')}</summary>
<fieldset><legend>${t('reason')}</legend>
${REASON_CODES.map((code) => html`<label><input type="radio" name="ly-do" value="${code}"> ${t(RATING_REASONS[code])}</label>`)}
</fieldset>
<label for="danh-gia-gop-y">${t('comment')}</label>
<textarea id="danh-gia-gop-y" name="gop-y" rows="3" maxlength="${COMMENT_MAX}" aria-describedby="danh-gia-gop-y-mo-ta"></textarea>
<p class="muted" id="danh-gia-gop-y-mo-ta">${t('commentMax', { max: COMMENT_MAX })}</p>
</details>
<button type="submit">${t('send')}</button>
<p class="rating-status" role="status"></p>
</form>
<p class="rating-survey"><a href="${model.surveyUrl}">${locale.t(surveyMessages)('takeSurvey')}</a></p>
<script src="${model.scriptUrl}" defer></script>
</section>`
}

export interface RatingAnswerModel {
  title: string
  message: string
  /** Where the reader came from: the item's page. */
  backUrl?: string
  status?: 'thanks' | 'problem'
}

/** The page a post without JavaScript answers with: thanks, or what was wrong. */
export function ratingAnswerView(model: RatingAnswerModel, locale: Locale): SafeHtml {
  const t = locale.t(ratingMessages)
  return html`<section class="rating-answer">
<h1>${model.title}</h1>
<p${model.status === 'problem' ? html` role="alert"` : ''}>${model.message}</p>
${model.backUrl ? html`<p><a href="${model.backUrl}">${t('back')}</a></p>` : ''}
</section>`
}
