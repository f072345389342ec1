// The work calendar's rules, inline on every reader's page (keep it small). In print the week
// is one A4 sheet in landscape's place on portrait: the chrome and the links go, the table
// takes the page's width in small type, and a day's rows are never split from its heading.
export const CALENDAR_STYLES = `.calendar-weeks ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5em 1.5em;margin:.5em 0}
.calendar-weeks form{margin:.5em 0}
.calendar-week{width:100%;border-collapse:collapse;font-size:.95rem}
.calendar-week th,.calendar-week td{border:1px solid #bbb;padding:.3em .45em;vertical-align:top;text-align:left}
.calendar-week thead th{background:#f1f1f1}
.calendar-week .day-heading{background:#f7f3e9}
.calendar-week .c-time{white-space:nowrap}
.calendar-day.is-today .day-heading{background:#fde7b0;border-left:4px solid #b45309}
.today-mark{display:inline-block;margin-left:.5em;padding:0 .4em;background:#b45309;color:#fff;border-radius:3px;font-size:.85em}
.adjusted-mark{color:#b91c1c}
.calendar-week .was{color:#555}
.calendar-week .is-cancelled .entry-title{text-decoration:line-through}
@page calendar-week{size:A4 portrait;margin:8mm 7mm}
@media print{.work-calendar{page:calendar-week}
body:has(.work-calendar) .site-header,body:has(.work-calendar) .site-footer,body:has(.work-calendar) .breadcrumb{display:none}
.calendar-weeks,.calendar-feeds,.calendar-published{display:none}
.work-calendar h1{font-size:11pt;margin:0 0 2mm}
.calendar-week{font-size:7pt;line-height:1.12;table-layout:fixed}
.calendar-week th,.calendar-week td{padding:1px 2px;border-color:#666}
.calendar-week .c-time{width:9%}.calendar-week .c-what{width:27%}.calendar-week .c-who{width:16%}
.calendar-week .c-attends{width:24%}.calendar-week .c-place,.calendar-week .c-unit{width:12%}
.calendar-week .entry-notes,.calendar-week .was{font-size:6.5pt}
.calendar-week tbody{break-inside:avoid}
.today-mark{background:none;color:#000;border:1px solid #000}}
`
