import { createLocale } from '../../../platform/i18n/index.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { ArticleStatus } from '../../articles/index.ts'
import type { ArticleListRow } from '../article-list.repository.ts'
import { listHref, STATUS_KEYS, type ListRequest } from '../article-list.ts'
import { articleListMessages } from '../list-messages.ts'
import type { Notification } from '../notification.repository.ts'
import { STATUS_LABELS, TRANSITION_LABELS, type Transition } from '../workflow.ts'
import { pendingChangeBadge } from './pending-change.view.ts'
import { DESTRUCTIVE } from './workflow-actions.view.ts'

const t = createLocale('vi').t(articleListMessages)

export interface ListRowModel {
  article: ArticleListRow
  categoryName: string
  canEdit: boolean
  /** Its address on the portal, while readers can see it. */
  publicUrl: string | undefined
  /** The workflow steps this user may take on it now. */
  transitions: readonly Transition[]
}

export interface ArticleListModel {
  request: ListRequest
  tabs: { key: string; name: string; count: number }[]
  rows: ListRowModel[]
  total: number
  categories: { id: number; name: string; depth: number }[]
  /** Undefined when the user only ever sees their own articles. */
  authors: { id: number; name: string }[] | undefined
  /** The states the status filter offers (the tabs that list several). */
  statuses: readonly ArticleStatus[]
  nextHref: string | undefined
  csrfToken: string
  /** This page's address, to come back to after a step taken from it. */
  here: string
  canWrite: boolean
  worksOnArticles: boolean
  notifications: Notification[]
}

/** Steps taken straight from the list; the others ask for something first (a reason, a time) or are destructive (the editor's confirmation page). */
const ONE_CLICK: Partial<Record<Transition, 'primary' | 'secondary'>> = { approve: 'primary', publish: 'primary', submit: 'secondary', unschedule: 'secondary', reopen: 'secondary' }
const ASKS_FIRST: Partial<Record<Transition, 'returnWithReason' | 'scheduleAt'>> = { return: 'returnWithReason', schedule: 'scheduleAt' }

const shortTime = (instant: Date) => formatNewsroomTime(instant).replace(/^[^,]*, /, '')
const timeTag = (instant: Date, words: string) => html`<time datetime="${instant.toISOString()}">${words}</time>`

export function articleListView(m: ArticleListModel): SafeHtml {
  const r = m.request
  const current = r.tab.key
  if (!m.worksOnArticles) return html`<h1>${t('heading')}</h1><p>${t('noArticleWork')}</p>`
  return html`<h1>${t('heading')}</h1>
${m.canWrite ? html`<p><a class="button button-primary" href="/toa-soan/bai-viet/moi">${t('write')}</a></p>` : ''}
<nav aria-label="${t('tabs')}" class="tabs-nav"><ul class="queue-tabs">${m.tabs.map((tab) => html`<li><a href="${listHref({ ...r, status: undefined }, tab.key)}"${tab.key === current ? html` aria-current="page"` : ''}>${tab.name} <span class="count">(${tab.count})</span></a></li>`)}</ul></nav>
${filtersView(m)}
<p class="list-summary" role="status">${m.rows.length === 0 ? (r.search ? t('nothingFor', { query: r.search }) : t('nothing')) : r.search ? t('foundFor', { count: m.total, query: r.search }) : t('found', { count: m.total })}</p>
${m.rows.length === 0 ? '' : html`<table class="article-list-table queue">
<thead><tr><th scope="col">${t('title')}</th><th scope="col">${t('status')}</th><th scope="col">${t('category')}</th><th scope="col">${t('author')}</th><th scope="col">${t('dates')}</th><th scope="col">${t('actions')}</th></tr></thead>
<tbody>${m.rows.map((row) => rowView(row, m))}</tbody>
</table>`}
${m.nextHref || r.after ? html`<p class="pager">${r.after ? html`<a class="button button-secondary" href="${listHref(r, current)}">${t('firstPage')}</a>` : ''}${m.nextHref ? html`<a class="button button-secondary" href="${m.nextHref}" rel="next">${t('more')}</a>` : ''}</p>` : ''}
${m.notifications.length > 0 ? html`<section aria-labelledby="thong-bao"><h2 id="thong-bao">${t('notifications')}</h2><ul>${m.notifications.map((n) => html`<li>${formatNewsroomTime(n.createdAt)} · <a href="${n.link}">${n.message}</a></li>`)}</ul></section>` : ''}`
}

function filtersView(m: ArticleListModel): SafeHtml {
  const r = m.request
  const selected = (on: boolean) => (on ? html` selected` : '')
  const invalid = (key: 'from' | 'to') => (r.errors[key] ? html` aria-invalid="true" aria-describedby="loi-${key}"` : '')
  const statusFilter = !r.tab.statuses && m.statuses.length > 1
  const narrowed = r.categoryId !== undefined || r.authorId !== undefined || r.status !== undefined || r.fromText !== '' || r.toText !== ''
  return html`<form method="get" action="/toa-soan/bai-viet" class="list-filters" role="search" aria-label="${t('filters')}">
<input type="hidden" name="hang" value="${r.tab.key}">
<div class="list-search"><label for="tim">${t('search')}</label>
<div class="list-search-row"><input id="tim" name="tim" type="search" value="${r.search}" maxlength="200" autocomplete="off" aria-describedby="tim-goi-y">
<button type="submit" class="button button-primary">${t('find')}</button></div>
<small id="tim-goi-y" class="muted">${t('searchHint')}</small></div>
<details class="more-filters"${narrowed || r.errors.from || r.errors.to ? html` open` : ''}><summary>${t('moreFilters')}</summary>
<div class="filter-grid">
<div class="list-filter"><label for="loc-chuyen-muc">${t('category')}</label>
<select id="loc-chuyen-muc" name="chuyen-muc"><option value="">${t('anyCategory')}</option>${m.categories.map((c) => html`<option value="${c.id}"${selected(c.id === r.categoryId)}>${'— '.repeat(c.depth)}${c.name}</option>`)}</select></div>
${m.authors ? html`<div class="list-filter"><label for="loc-tac-gia">${t('author')}</label>
<select id="loc-tac-gia" name="tac-gia"><option value="">${t('anyAuthor')}</option>${m.authors.map((a) => html`<option value="${a.id}"${selected(a.id === r.authorId)}>${a.name}</option>`)}</select></div>` : ''}
${statusFilter ? html`<div class="list-filter"><label for="loc-trang-thai">${t('status')}</label>
<select id="loc-trang-thai" name="trang-thai"><option value="">${t('anyStatus')}</option>${m.statuses.map((s) => html`<option value="${STATUS_KEYS[s]}"${selected(s === r.status)}>${STATUS_LABELS[s]}</option>`)}</select></div>` : ''}
<div class="list-filter"><label for="loc-tu">${t('from')}</label><input id="loc-tu" name="tu" type="date" value="${r.fromText}"${invalid('from')}>
${r.errors.from ? html`<small id="loi-from" class="field-error">${t(r.errors.from)}</small>` : ''}</div>
<div class="list-filter"><label for="loc-den">${t('to')}</label><input id="loc-den" name="den" type="date" value="${r.toText}"${invalid('to')}>
${r.errors.to ? html`<small id="loi-to" class="field-error">${t(r.errors.to)}</small>` : ''}</div>
<div class="list-filter-actions"><button type="submit" class="button button-primary">${t('apply')}</button>
<a class="button button-secondary" href="/toa-soan/bai-viet?hang=${r.tab.key}">${t('clear')}</a></div>
</div></details>
</form>`
}

function rowView(row: ListRowModel, m: ArticleListModel): SafeHtml {
  const a = row.article
  // Each action names its article to a screen reader by the title's link, without taking it into its own name.
  const about = html` aria-describedby="bai-${a.id}"`
  const dates: SafeHtml[] = []
  if (a.status === 'scheduled' && a.publishedAt) dates.push(timeTag(a.publishedAt, t('scheduledFor', { time: shortTime(a.publishedAt) })))
  else if (a.publishedAt) dates.push(timeTag(a.publishedAt, t('published', { time: shortTime(a.publishedAt) })))
  dates.push(timeTag(a.updatedAt, t('updated', { time: shortTime(a.updatedAt) })))
  if (a.expiresAt && (a.status === 'published' || a.status === 'scheduled')) dates.push(timeTag(a.expiresAt, t('expires', { time: shortTime(a.expiresAt) })))
  const step = (transition: Transition, kind: 'primary' | 'secondary') => html`<form method="post" action="/toa-soan/bai-viet/${a.id}/chuyen" class="inline-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}"><input type="hidden" name="transition" value="${transition}"><input type="hidden" name="tro-lai" value="${m.here}">
<button type="submit" class="button button-${kind}"${about}>${TRANSITION_LABELS[transition]}</button></form>`
  return html`<tr>
<td data-label="${t('title')}"><a class="article-link" id="bai-${a.id}" href="/toa-soan/bai-viet/${a.id}">${a.title}</a>${a.hasPendingChange ? html` <a class="pending-link" href="/toa-soan/bai-viet/${a.id}/ban-sua">${pendingChangeBadge}</a>` : ''}</td>
<td data-label="${t('status')}"><span class="badge status-${STATUS_KEYS[a.status]}">${STATUS_LABELS[a.status]}</span></td>
<td data-label="${t('category')}">${row.categoryName}</td>
<td data-label="${t('author')}">${a.authorName ?? t('noAuthor')}</td>
<td data-label="${t('dates')}" class="list-dates">${dates.map((d, i) => html`${i ? html`<br>` : ''}${d}`)}</td>
<td data-label="${t('actions')}"><div class="row-actions">
${row.transitions.filter((tr) => ONE_CLICK[tr]).map((tr) => step(tr, ONE_CLICK[tr]!))}
<a class="button button-secondary" href="/toa-soan/bai-viet/${a.id}"${about}>${row.canEdit ? t('edit') : t('open')}</a>
${row.transitions.filter((tr) => ASKS_FIRST[tr]).map((tr) => html`<a class="button button-secondary" href="/toa-soan/bai-viet/${a.id}#quy-trinh"${about}>${t(ASKS_FIRST[tr]!)}</a>`)}
<a class="button button-quiet" href="/toa-soan/bai-viet/${a.id}/xem-truoc"${about}>${t('preview')}</a>
${row.publicUrl ? html`<a class="button button-quiet" href="${row.publicUrl}"${about}>${t('onSite')}</a>` : ''}
${row.transitions.filter((tr) => DESTRUCTIVE.has(tr)).map((tr) => html`<a class="button button-danger" href="/toa-soan/bai-viet/${a.id}/chuyen?${new URLSearchParams({ buoc: tr, 'tro-lai': m.here }).toString()}"${about}>${TRANSITION_LABELS[tr]}</a>`)}
</div></td>
</tr>`
}
