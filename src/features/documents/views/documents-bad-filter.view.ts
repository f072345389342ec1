import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { BadFilter, RegisterPaths } from '../document-paths.ts'
import { documentMessages } from '../messages.ts'

/** The longest sent value shown back: an address can carry anything, the page says enough to recognise it. */
const SHOWN = 80

/** /van-ban?nam=99999: which filter the list cannot read, and the way to the unfiltered list. */
export function badFilterView(m: { paths: RegisterPaths; bad: BadFilter; breadcrumb: SafeHtml }, locale: Locale): SafeHtml {
  const t = locale.t(documentMessages)
  const value = m.bad.value.length > SHOWN ? `${m.bad.value.slice(0, SHOWN)}…` : m.bad.value
  return html`${m.breadcrumb}
<h1>${t('badFilterTitle')}</h1>
<p class="bad-filter" role="alert">${t(`bad.${m.bad.bad}`, { value })}</p>
<p>${t('badFilterHelp')}</p>
<p><a class="bad-filter-all" href="${m.paths.list}">${t('badFilterAll')}</a></p>`
}
