import type { Locale, Translate } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { thumbnailView, type Picture } from '../../../platform/views/picture.ts'
import { searchMessages } from '../messages.ts'
import type { SearchOrder } from '../ranking.ts'
import type { TextPart } from '../snippet.ts'

export interface SearchPageModel {
  q: string
  categories: { slug: string; name: string; depth: number }[]
  category: string
  /** The kinds of content to choose from (none when the portal has one), and the one chosen (its slug, or ''). */
  kinds: { slug: string; label: string }[]
  kind: string
  from: string
  to: string
  order: SearchOrder
  results?: {
    hits: SearchHitModel[]
    total: number
    capped: boolean
    firstNumber: number
    previousUrl?: string
    nextUrl?: string
  }
  /** The kind facet, "Tất cả" first, each kind with its count; shown with results and without. */
  kindFacet?: KindFacetModel
  /** The query as searched, folded ("dan van kheo"), and shorter queries that do find something. */
  nothingFound?: { folded: string; suggestions: { text: string; url: string }[]; filtered: boolean }
}

export type KindFacetModel = { label: string; url: string; current: boolean }[]

type Words = Translate<(typeof searchMessages)['vi']>

export interface SearchHitModel {
  url: string
  title: TextPart[]
  snippet: TextPart[]
  /** Absent for the kinds not filed in categories, and on the English page (the categories are the Vietnamese portal's). */
  category?: { name: string; url: string }
  publishedAt: Date
  hasAllTerms: boolean
  /** The item's picture, shown small beside it (no box when it has none). */
  image?: Picture
}

/** Only <mark> is markup; every piece of text is escaped by `html`. */
export function markedView(parts: readonly TextPart[]): SafeHtml {
  return html`${parts.map((p) => (p.marked ? html`<mark>${p.text}</mark>` : p.text))}`
}

export function searchPageView(page: SearchPageModel, locale: Locale): SafeHtml {
  const t = locale.t(searchMessages)
  return html`<h1>${t('heading')}</h1>
${searchFormView(page, t)}
${page.kindFacet ? kindFacetView(page.kindFacet, t) : ''}
${page.results && page.results.hits.length > 0 ? resultsView(page.results, locale, t) : ''}
${page.nothingFound ? nothingFoundView(page.q, page.nothingFound, t) : ''}`
}

function searchFormView(page: SearchPageModel, t: Words): SafeHtml {
  return html`<form class="form search-form" method="get" action="/tim-kiem" role="search" aria-label="${t('formLandmark')}">
<p><label for="tim-kiem-q">${t('keywords')}</label>
<input type="search" id="tim-kiem-q" name="q" value="${page.q}" maxlength="1000" autocomplete="off"></p>
<p><label for="tim-kiem-chuyen-muc">${t('category')}</label>
<select id="tim-kiem-chuyen-muc" name="chuyen-muc"><option value="">${t('allCategories')}</option>
${page.categories.map((c) => html`<option value="${c.slug}"${c.slug === page.category ? html` selected` : ''}>${'\u00a0\u00a0'.repeat(c.depth)}${c.name}</option>`)}
</select></p>
${page.kinds.length > 0 ? html`<p><label for="tim-kiem-loai">${t('kind')}</label>
<select id="tim-kiem-loai" name="loai"><option value="">${t('allKinds')}</option>
${page.kinds.map((k) => html`<option value="${k.slug}"${k.slug === page.kind ? html` selected` : ''}>${k.label}</option>`)}
</select></p>` : ''}
<p><label for="tim-kiem-tu">${t('from')}</label> <input type="date" id="tim-kiem-tu" name="tu" value="${page.from}">
<label for="tim-kiem-den">${t('to')}</label> <input type="date" id="tim-kiem-den" name="den" value="${page.to}"></p>
<p><label for="tim-kiem-sap-xep">${t('order')}</label>
<select id="tim-kiem-sap-xep" name="sap-xep">
<option value="lien-quan"${page.order === 'relevance' ? html` selected` : ''}>${t('relevance')}</option>
<option value="moi-nhat"${page.order === 'newest' ? html` selected` : ''}>${t('newest')}</option>
</select></p>
<p><button type="submit">${t('submit')}</button></p>
</form>`
}

/** Links, so the choice works without JavaScript; the current one is marked for every reader, not by colour alone. */
function kindFacetView(facet: KindFacetModel, t: Words): SafeHtml {
  return html`<nav class="kind-facet" aria-labelledby="tim-kiem-loai-ket-qua">
<h2 id="tim-kiem-loai-ket-qua">${t('kind')}:</h2>
<ul>${facet.map((k) => html`<li>${k.current ? html`<a href="${k.url}" aria-current="page"><strong>${k.label}</strong></a>` : html`<a href="${k.url}">${k.label}</a>`}</li>`)}</ul>
</nav>`
}

export function resultsView(results: NonNullable<SearchPageModel['results']>, locale: Locale, t: Words): SafeHtml {
  const count = t(results.capped ? 'countCapped' : 'count', { count: results.total })
  return html`<p class="search-count" role="status">${count}</p>
<ol class="search-results" start="${results.firstNumber}">
${results.hits.map((hit) => html`<li class="search-result${hit.hasAllTerms ? '' : ' partial'}">
${hit.image ? html`<a class="thumb-link" href="${hit.url}" tabindex="-1" aria-hidden="true">${thumbnailView(hit.image, { width: 160, sizes: '(max-width: 40rem) 30vw, 160px' })}</a>` : ''}
<h2><a href="${hit.url}">${markedView(hit.title)}</a></h2>
<p class="meta">${hit.category ? html`<a href="${hit.category.url}">${hit.category.name}</a> · ` : ''}<time datetime="${hit.publishedAt.toISOString()}">${locale.dateTime(hit.publishedAt)}</time>${hit.hasAllTerms ? '' : ` · ${t('partial')}`}</p>
<p class="snippet">${markedView(hit.snippet)}</p>
</li>`)}
</ol>
<nav class="pager" aria-label="${t('pages')}">
${results.previousUrl ? html`<a href="${results.previousUrl}" rel="prev">${t('previous')}</a>` : ''}
${results.nextUrl ? html`<a class="more" href="${results.nextUrl}" rel="next">${t('next')}</a>` : ''}
</nav>`
}

function nothingFoundView(q: string, nothing: NonNullable<SearchPageModel['nothingFound']>, t: Words): SafeHtml {
  return html`<section class="nothing-found" role="status">
<h2>${t('nothingFound', { q })}</h2>
<p>${t('searchedAs')} <strong>${nothing.folded}</strong> ${t('diacritics')}</p>
${nothing.suggestions.length > 0
    ? html`<p>${t('tryThese')}</p><ul class="suggestions">${nothing.suggestions.map((s) => html`<li><a href="${s.url}">${s.text}</a></li>`)}</ul>`
    : ''}
<ul>
<li>${t('checkSpelling')}</li>
<li>${t('fewerWords')}</li>
${nothing.filtered ? html`<li>${t('fewerFilters')}</li>` : ''}
</ul>
</section>`
}
