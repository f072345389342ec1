import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { siteMessages } from '../messages.ts'

/** The sizes a reader may choose; the stylesheet scales the page's rem units for each. */
export const TEXT_SIZES = [
  { value: 'nho', label: 'A−', name: 'textSmall' },
  { value: 'vua', label: 'A', name: 'textMedium' },
  { value: 'lon', label: 'A+', name: 'textLarge' },
  { value: 'rat-lon', label: 'A++', name: 'textLarger' },
] as const

// Plain controls that the stylesheet reads with :has(), so they work without JavaScript and
// without a cookie (the page stays one cached copy for everyone). The script only remembers
// the choice from page to page and shows the print button.
export function readingToolsView(locale: Locale): SafeHtml {
  const t = locale.t(siteMessages)
  return html`<div class="reading-tools">
<fieldset class="text-size"><legend>${t('textSize')}</legend>
${TEXT_SIZES.map((s) => html`<input type="radio" name="co-chu" value="${s.value}" id="co-chu-${s.value}" class="visually-hidden"${s.value === 'vua' ? ' checked' : ''}><label for="co-chu-${s.value}" title="${t(s.name)}"><span aria-hidden="true">${s.label}</span><span class="visually-hidden">${t(s.name)}</span></label>`)}
</fieldset>
<label class="contrast"><input type="checkbox" id="tuong-phan-cao"> ${t('highContrast')}</label>
<button type="button" class="print-button" hidden>${t('print')}</button>
</div>`
}
