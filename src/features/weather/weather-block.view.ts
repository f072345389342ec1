import { html, type SafeHtml } from '../../platform/views/html.ts'
import { formatShortTime } from '../../platform/text/time.ts'
import { describeWeather } from './weather-codes.ts'
import type { PlaceWeather } from './weather-report.ts'

const WEEKDAY_SHORT = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']

export function weatherBlockView(places: PlaceWeather[]): SafeHtml {
  const withData = places.filter((p) => p.report)
  return html`<section class="block weather-block" aria-labelledby="thoi-tiet">
<h2 id="thoi-tiet">Thời tiết</h2>
<div class="block-body">
${withData.length === 0
    ? html`<p class="muted">Chưa có dữ liệu thời tiết.</p>`
    : withData.map((p) => placeView(p))}
</div>
</section>`
}

function placeView({ place, report, fetchedAt }: PlaceWeather): SafeHtml {
  if (!report) return html``
  const now = report.current
  return html`<div class="weather-place">
<h3>${place.name}</h3>
<p class="weather-now"><strong>${Math.round(now.temperature)}°C</strong> · ${describeWeather(now.code)}</p>
${now.humidity !== undefined || now.windSpeed !== undefined
    ? html`<p class="muted">${now.humidity !== undefined ? html`Độ ẩm ${Math.round(now.humidity)}%` : ''}${now.humidity !== undefined && now.windSpeed !== undefined ? ' · ' : ''}${now.windSpeed !== undefined ? html`Gió ${Math.round(now.windSpeed)} km/h` : ''}</p>`
    : ''}
<ul class="weather-days" aria-label="Dự báo ${report.days.length} ngày">
${report.days.map((d) => html`<li><abbr title="${dayLabel(d.date)}">${shortDay(d.date)}</abbr><br>${describeWeather(d.code)}<br>${Math.round(d.min)}–${Math.round(d.max)}°C</li>`)}
</ul>
${fetchedAt ? html`<p class="weather-note">Cập nhật lúc ${formatShortTime(fetchedAt)}</p>` : ''}
</div>`
}

function shortDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const weekday = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()
  return `${WEEKDAY_SHORT[weekday]} ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`
}

function dayLabel(isoDate: string): string {
  const [y, m, d] = isoDate.split('-')
  return `Ngày ${d}/${m}/${y}`
}
