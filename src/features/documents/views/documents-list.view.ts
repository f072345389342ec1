import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { chosenValue, listUrl, withFacet, type RegisterPaths } from '../document-paths.ts'
import type { Validity } from '../document.ts'
import { documentMessages } from '../messages.ts'
import { FACETS, type DocumentFacets, type DocumentFilters, type DocumentList, type Facet, type ListedDocument } from '../public.repository.ts'
import { dayText, validityBadge, validityText } from './documents-words.view.ts'

export interface DocumentListModel {
  paths: RegisterPaths
  filters: DocumentFilters
  list: DocumentList
  facets: DocumentFacets
  breadcrumb: SafeHtml
}

const FACET_HEADINGS = { kind: 'facetKind', issuer: 'facetIssuer', field: 'facetField', year: 'facetYear', validity: 'facetValidity' } as const

/** /van-ban: the search box, the facets as links (no JavaScript needed), the documents newest first. */
export function documentListView(model: DocumentListModel, locale: Locale): SafeHtml {
  const t = locale.t(documentMessages)
  const { paths, filters, list, facets } = model
  const filtered = FACETS.some((f) => chosenValue(filters, f) !== undefined) || filters.q !== undefined
  return html`${model.breadcrumb}
<h1>${t('heading')}</h1>
<form class="document-search" method="get" action="${paths.list}" role="search">
<label for="tim-van-ban">${t('searchLabel')}</label>
<input type="search" id="tim-van-ban" name="${paths.params.q}" value="${filters.q ?? ''}" maxlength="200" aria-describedby="tim-van-ban-goi-y">
${FACETS.map((facet) => {
    const value = chosenValue(filters, facet)
    return value === undefined ? '' : html`<input type="hidden" name="${paths.params[facet]}" value="${value}">`
  })}<button type="submit">${t('searchButton')}</button>
<p id="tim-van-ban-goi-y" class="hint">${t('searchHint')}</p>
</form>
<div class="document-register">
<nav class="document-facets" aria-labelledby="loc-van-ban">
<h2 id="loc-van-ban">${t('filters')}</h2>
${FACETS.map((facet) => facetView(model, facet, locale))}
${filtered ? html`<p><a href="${paths.list}">${t('clearAll')}</a></p>` : ''}
</nav>
<section class="document-results" aria-labelledby="ket-qua-van-ban">
<h2 id="ket-qua-van-ban" class="document-count">${list.documents.length === 0 ? t('none') : t('found', { count: totalOf(facets, filters) })}</h2>
${list.documents.length ? html`<ol class="document-list">
${list.documents.map((d) => documentItemView(d, paths, locale))}
</ol>` : ''}
${list.next ? html`<p class="more"><a rel="next" href="${listUrl(paths, filters, list.next)}">${t('more')}</a></p>` : ''}
</section>
</div>`
}

/**
 * Every document under the chosen filters: each has one kind, so the kind facet's counts (taken
 * under the other facets) add up to it, or give it for the kind chosen.
 */
function totalOf(facets: DocumentFacets, filters: DocumentFilters): number {
  const kind = chosenValue(filters, 'kind')
  if (kind !== undefined) return facets.kind.find((v) => v.value === kind)?.count ?? 0
  return facets.kind.reduce((sum, v) => sum + v.count, 0)
}

function facetView(model: DocumentListModel, facet: Facet, locale: Locale): SafeHtml | '' {
  const t = locale.t(documentMessages)
  const values = model.facets[facet]
  const chosen = chosenValue(model.filters, facet)
  if (values.length === 0 && chosen === undefined) return ''
  const label = (value: string, text: string) => (facet === 'validity' ? validityText(locale, value as Validity) : text)
  return html`<section class="document-facet facet-${facet}">
<h3>${t(FACET_HEADINGS[facet])}</h3>
<ul>
${values.map((v) => (v.value === chosen
    ? html`<li><a href="${listUrl(model.paths, withFacet(model.filters, facet, undefined))}" aria-current="true" data-value="${v.value}"><span class="facet-name">${label(v.value, v.label)}</span> <span class="facet-count">${locale.number(v.count)}</span></a></li>`
    : html`<li><a href="${listUrl(model.paths, withFacet(model.filters, facet, v.value))}" data-value="${v.value}"><span class="facet-name">${label(v.value, v.label)}</span> <span class="facet-count">${locale.number(v.count)}</span></a></li>`))}
</ul>
${chosen !== undefined ? html`<p class="facet-clear"><a href="${listUrl(model.paths, withFacet(model.filters, facet, undefined))}">${t('clearFacet')}</a></p>` : ''}
</section>`
}

export function documentItemView(d: ListedDocument, paths: RegisterPaths, locale: Locale): SafeHtml {
  const t = locale.t(documentMessages)
  return html`<li class="document-item" data-id="${d.id}">
<h3><a href="${paths.document(d.slug)}">${t('documentTitle', { kind: d.kind.name, number: d.number })}</a></h3>
<p class="document-meta"><time datetime="${d.issuedOn}">${dayText(locale, d.issuedOn)}</time> · <span class="document-issuer">${d.issuer.name}</span> ${validityBadge(locale, d.validity)}</p>
<p class="document-summary">${d.summary}</p>
</li>`
}
