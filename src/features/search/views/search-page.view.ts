import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { SearchOrder } from '../ranking.ts'
import type { TextPart } from '../snippet.ts'

export interface SearchPageModel {
  q: string
  categories: { slug: string; name: string; depth: number }[]
  category: string
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
  /** The query as searched, folded ("dan van kheo"), and shorter queries that do find something. */
  nothingFound?: { folded: string; suggestions: { text: string; url: string }[]; filtered: boolean }
}

export interface SearchHitModel {
  url: string
  title: TextPart[]
  snippet: TextPart[]
  /** Absent for the kinds not filed in categories. */
  category?: { name: string; url: string }
  publishedAt: Date
  hasAllTerms: boolean
}

/** Only <mark> is markup; every piece of text is escaped by `html`. */
export function markedView(parts: readonly TextPart[]): SafeHtml {
  return html`${parts.map((p) => (p.marked ? html`<mark>${p.text}</mark>` : p.text))}`
}

export function searchPageView(page: SearchPageModel): SafeHtml {
  return html`<h1>Tìm kiếm</h1>
${searchFormView(page)}
${page.results && page.results.hits.length > 0 ? resultsView(page.results) : ''}
${page.nothingFound ? nothingFoundView(page.q, page.nothingFound) : ''}`
}

function searchFormView(page: SearchPageModel): SafeHtml {
  return html`<form class="form search-form" method="get" action="/tim-kiem" role="search">
<p><label for="tim-kiem-q">Từ khóa</label>
<input type="search" id="tim-kiem-q" name="q" value="${page.q}" maxlength="1000" autocomplete="off"></p>
<p><label for="tim-kiem-chuyen-muc">Chuyên mục</label>
<select id="tim-kiem-chuyen-muc" name="chuyen-muc"><option value="">Tất cả chuyên mục</option>
${page.categories.map((c) => html`<option value="${c.slug}"${c.slug === page.category ? html` selected` : ''}>${'\u00a0\u00a0'.repeat(c.depth)}${c.name}</option>`)}
</select></p>
<p><label for="tim-kiem-tu">Từ ngày</label> <input type="date" id="tim-kiem-tu" name="tu" value="${page.from}">
<label for="tim-kiem-den">Đến ngày</label> <input type="date" id="tim-kiem-den" name="den" value="${page.to}"></p>
<p><label for="tim-kiem-sap-xep">Sắp xếp</label>
<select id="tim-kiem-sap-xep" name="sap-xep">
<option value="lien-quan"${page.order === 'relevance' ? html` selected` : ''}>Liên quan nhất</option>
<option value="moi-nhat"${page.order === 'newest' ? html` selected` : ''}>Mới nhất</option>
</select></p>
<p><button type="submit">Tìm kiếm</button></p>
</form>`
}

function resultsView(results: NonNullable<SearchPageModel['results']>): SafeHtml {
  const count = results.capped ? `Hơn ${results.total} kết quả` : `${results.total} kết quả`
  return html`<p class="search-count" role="status">${count}</p>
<ol class="search-results" start="${results.firstNumber}">
${results.hits.map((hit) => html`<li class="search-result${hit.hasAllTerms ? '' : ' partial'}">
<h2><a href="${hit.url}">${markedView(hit.title)}</a></h2>
<p class="meta">${hit.category ? html`<a href="${hit.category.url}">${hit.category.name}</a> · ` : ''}<time datetime="${hit.publishedAt.toISOString()}">${formatNewsroomTime(hit.publishedAt)}</time>${hit.hasAllTerms ? '' : ' · chỉ có một phần từ khóa'}</p>
<p class="snippet">${markedView(hit.snippet)}</p>
</li>`)}
</ol>
<nav class="pager" aria-label="Trang kết quả">
${results.previousUrl ? html`<a href="${results.previousUrl}" rel="prev">Trang trước</a>` : ''}
${results.nextUrl ? html`<a class="more" href="${results.nextUrl}" rel="next">Trang sau</a>` : ''}
</nav>`
}

function nothingFoundView(q: string, nothing: NonNullable<SearchPageModel['nothingFound']>): SafeHtml {
  return html`<section class="nothing-found" role="status">
<h2>Không tìm thấy bài viết nào cho “${q}”</h2>
<p>Đã tìm theo: <strong>${nothing.folded}</strong> (có dấu hay không dấu đều được).</p>
${nothing.suggestions.length > 0
    ? html`<p>Thử tìm:</p><ul class="suggestions">${nothing.suggestions.map((s) => html`<li><a href="${s.url}">${s.text}</a></li>`)}</ul>`
    : ''}
<ul>
<li>Kiểm tra lại chính tả của từ khóa.</li>
<li>Dùng ít từ hơn, hoặc từ khóa chung hơn.</li>
${nothing.filtered ? html`<li>Bỏ bớt bộ lọc chuyên mục hoặc thời gian.</li>` : ''}
</ul>
</section>`
}
