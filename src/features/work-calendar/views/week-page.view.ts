import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { timeText, type Adjustment, type CalendarEntry, type ShownField } from '../calendar-entry.ts'
import { calendarMessages, WEEKDAY_KEYS } from '../messages.ts'
import type { CalendarPaths } from '../paths.ts'
import { weekdayIndex } from '../week.ts'

export interface CalendarDay {
  day: string
  isToday: boolean
  entries: { entry: CalendarEntry; adjustment: Adjustment | undefined }[]
}

export interface WeekPageModel {
  paths: CalendarPaths
  week: string
  title: string
  breadcrumb: SafeHtml
  /** Undefined while the week is not published: readers see that, and no entries. */
  days: CalendarDay[] | undefined
  publishedAt: Date | null
  previous: string
  next: string
  current: string
  presiders: { name: string; feed: string }[]
}

/** "Thứ Hai, 07/12/2026" / "Monday, 7 December 2026". */
export function dayName(day: string, locale: Locale): string {
  const t = locale.t(calendarMessages)
  return `${t(WEEKDAY_KEYS[weekdayIndex(day)]!)}, ${locale.date(new Date(`${day}T00:00:00+07:00`))}`
}

/** The week's page: a table by day, Monday to Sunday, that prints on one A4 sheet (calendar.styles.ts). */
export function weekPageView(m: WeekPageModel, locale: Locale): SafeHtml {
  const t = locale.t(calendarMessages)
  const { paths } = m
  return html`${m.breadcrumb}<article class="work-calendar">
<h1>${m.title}</h1>
<nav class="calendar-weeks" aria-label="${t('weekNav')}">
<ul>
<li><a href="${paths.week(m.previous)}" rel="prev">${t('previousWeek')}</a></li>
${m.week === m.current ? '' : html`<li><a href="${paths.list}">${t('thisWeek')}</a></li>`}
<li><a href="${paths.week(m.next)}" rel="next">${t('nextWeek')}</a></li>
<li><button type="button" class="print-button" hidden>${t('print')}</button></li>
</ul>
<form method="get" action="${paths.list}"><label for="tuan-khac">${t('otherWeekLabel')}</label> <input id="tuan-khac" name="${paths.weekParam}" size="12" value="${m.week}"> <button type="submit">${t('show')}</button></form>
</nav>
${m.days ? weekTable(m.days, locale) : html`<p class="calendar-empty">${t('notPublished')}</p>`}
${m.publishedAt ? html`<p class="calendar-published muted">${t('publishedAt', { time: locale.dateTime(m.publishedAt) })}</p>` : ''}
<section class="calendar-feeds" aria-labelledby="theo-doi-lich">
<h2 id="theo-doi-lich">${t('feeds')}</h2>
<p class="muted">${t('feedHint')}</p>
<ul>
<li><a href="${paths.feed}" type="text/calendar">${t('feedAll')}</a></li>
${m.presiders.map((p) => html`<li><a href="${p.feed}" type="text/calendar">${t('feedOf', { name: p.name })}</a></li>`)}
</ul>
</section>
</article>`
}

function weekTable(days: CalendarDay[], locale: Locale): SafeHtml {
  const t = locale.t(calendarMessages)
  return html`<table class="calendar-week">
<thead><tr><th scope="col" class="c-time">${t('time')}</th><th scope="col" class="c-what">${t('what')}</th><th scope="col" class="c-who">${t('presides')}</th><th scope="col" class="c-attends">${t('attends')}</th><th scope="col" class="c-place">${t('place')}</th><th scope="col" class="c-unit">${t('preparingUnit')}</th></tr></thead>
${days.map((d) => html`<tbody class="calendar-day${d.isToday ? ' is-today' : ''}" id="ngay-${d.day}"${d.isToday ? html` aria-current="date"` : ''}>
<tr><th scope="colgroup" colspan="6" class="day-heading">${dayName(d.day, locale)}${d.isToday ? html` <strong class="today-mark">${t('today')}</strong>` : ''}</th></tr>
${d.entries.length === 0 ? html`<tr><td colspan="6" class="muted">${t('noEntries')}</td></tr>` : d.entries.map(({ entry, adjustment }) => entryRow(entry, adjustment, locale))}
</tbody>`)}
</table>`
}

function entryRow(e: CalendarEntry, a: Adjustment | undefined, locale: Locale): SafeHtml {
  const t = locale.t(calendarMessages)
  const before = a?.before ?? {}
  const was = (value: string | undefined) => (value === undefined ? '' : html`<br><small class="was">${t('before', { value: value || t('none') })}</small>`)
  const wasField = (field: ShownField) => was(before[field])
  const timeChanged = before.startsAt !== undefined || before.endsAt !== undefined
  const timeBefore = timeChanged ? timeText(before.startsAt ?? e.startsAt, before.endsAt !== undefined ? before.endsAt || null : e.endsAt) : undefined
  const mark = a ? [t('adjusted'), ...(a.added ? [t('added')] : []), ...(a.cancelled ? [t('cancelled')] : [])].join(' · ') : ''
  return html`<tr class="entry${a ? ' is-adjusted' : ''}${e.cancelled ? ' is-cancelled' : ''}">
<td class="c-time">${timeText(e.startsAt, e.endsAt)}${was(timeBefore)}${was(before.day && dayName(before.day, locale))}</td>
<td class="c-what">${mark ? html`<strong class="adjusted-mark">${mark}</strong> ` : ''}<span class="entry-title">${e.title}</span>${wasField('title')}${e.notes ? html`<br><small class="entry-notes">${t('notes')}: ${e.notes}</small>` : ''}${wasField('notes')}</td>
<td>${e.presides}${wasField('presides')}</td>
<td>${e.attends}${wasField('attends')}</td>
<td>${e.place}${wasField('place')}</td>
<td>${e.preparingUnit}${wasField('preparingUnit')}</td>
</tr>`
}
