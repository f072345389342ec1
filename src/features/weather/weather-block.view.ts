import type { Locale, Translate } from '../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import { weatherMessages } from './messages.ts'
import { describeWeather } from './weather-codes.ts'
import type { PlaceWeather } from './weather-report.ts'

const WEEKDAY_SHORT = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const
type Words = Translate<(typeof weatherMessages)['vi']>

export function weatherBlockView(places: PlaceWeather[], locale: Locale): SafeHtml {
  const withData = places.filter((p) => p.report)
  const t = locale.t(weatherMessages)
  return html`<section class="block weather-block" aria-labelledby="thoi-tiet">
<h2 id="thoi-tiet">${t('heading')}</h2>
<div class="block-body">
${withData.length === 0
    ? html`<p class="muted">${t('noData')}</p>`
    : withData.map((p) => placeView(p, locale, t))}
</div>
</section>`
}

function placeView({ place, report, fetchedAt }: PlaceWeather, locale: Locale, t: Words): SafeHtml {
  if (!report) return html``
  const now = report.current
  return html`<div class="weather-place">
<h3>${place.name}</h3>
<p class="weather-now"><strong>${t('temperature', { degrees: Math.round(now.temperature) })}</strong> · ${describeWeather(now.code, t)}</p>
${now.humidity !== undefined || now.windSpeed !== undefined
    ? html`<p class="muted">${now.humidity !== undefined ? t('humidity', { percent: Math.round(now.humidity) }) : ''}${now.humidity !== undefined && now.windSpeed !== undefined ? ' · ' : ''}${now.windSpeed !== undefined ? t('wind', { speed: Math.round(now.windSpeed) }) : ''}</p>`
    : ''}
<ul class="weather-days" aria-label="${t('forecast', { count: report.days.length })}">
${report.days.map((d) => html`<li><abbr title="${t('day', { date: dayLabel(d.date) })}">${shortDay(d.date, t)}</abbr><br>${describeWeather(d.code, t)}<br>${t('range', { min: Math.round(d.min), max: Math.round(d.max) })}</li>`)}
</ul>
${fetchedAt ? html`<p class="weather-note">${t('updated', { time: locale.shortTime(fetchedAt) })}</p>` : ''}
</div>`
}

function shortDay(isoDate: string, t: Words): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const weekday = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()
  return `${t(WEEKDAY_SHORT[weekday]!)} ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`
}

function dayLabel(isoDate: string): string {
  const [y, m, d] = isoDate.split('-')
  return `${d}/${m}/${y}`
}
