import { html, type HtmlValue, type SafeHtml } from '../../../platform/views/html.ts'
import { notice, trail, type Crumb } from './admin-form.view.ts'

export interface AdminListModel {
  trail: readonly Crumb[]
  heading: string
  /** Why the last action was refused (a deletion of something still in use). */
  message?: string | undefined
  add: { href: string; label: string }
  /** The items, as the screen lays them out; undefined when there are none. */
  items: SafeHtml | undefined
  /** What the page says when there are no items. */
  empty: string
  /** The next page of a long list ("Xem tiếp"), when there is one. */
  next?: string | undefined
  note?: string
}

/** The list of an administration screen: where it is, what it holds, what can be added. */
export function adminListView(m: AdminListModel): SafeHtml {
  return html`${trail(m.trail)}
<h1>${m.heading}</h1>${m.message ? html`\n${notice(m.message)}` : ''}
<p><a href="${m.add.href}">${m.add.label}</a></p>
${m.items ?? html`<p>${m.empty}</p>`}${m.next ? html`\n<p class="list-more"><a href="${m.next}" rel="next">Xem tiếp</a></p>` : ''}${m.note ? html`\n<p class="muted">${m.note}</p>` : ''}`
}

export interface Column<Row> {
  /** A header that only screen readers need can be SafeHtml with a visually-hidden span. */
  label: string | SafeHtml
  cell: (row: Row) => HtmlValue
}

export interface AdminTableModel<Row> {
  className: string
  caption: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  idOf: (row: Row) => number
}

/** Items as table rows, one column a fact; undefined when there are none (the list's empty state). */
export function adminTable<Row>(m: AdminTableModel<Row>): SafeHtml | undefined {
  if (m.rows.length === 0) return undefined
  return html`<table class="${m.className}">
<caption class="visually-hidden">${m.caption}</caption>
<thead><tr>${m.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
<tbody>${m.rows.map((row) => html`<tr data-id="${m.idOf(row)}">
${m.columns.map((c) => html`<td>${c.cell(row)}</td>`)}
</tr>`)}</tbody>
</table>`
}
