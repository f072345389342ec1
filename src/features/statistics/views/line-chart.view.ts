import { scaleLinear, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'
import { html, type SafeHtml } from '../../../platform/views/html.ts'

// A line chart drawn on the server as SVG (d3-scale places the points, d3-shape draws the
// lines): an image with its title and a description in words, each point with its number as a
// <title>, and the same numbers in a table beside it. No script; colours are attributes, not styles.

export interface Series {
  name: string
  colour: string
  values: readonly number[]
}

export interface LineChart {
  id: string
  title: string
  description: string
  /** One label a point ("07/12"), for the axis and the table. */
  labels: readonly string[]
  series: readonly Series[]
  labelHeading: string
  number?: (n: number) => string
}

const WIDTH = 640
const HEIGHT = 260
const M = { top: 16, right: 16, bottom: 32, left: 56 }

export function lineChartView(chart: LineChart): SafeHtml {
  const write = chart.number ?? String
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values))
  const x = scalePoint<number>().domain(chart.labels.map((_, i) => i)).range([M.left, WIDTH - M.right]).padding(0.3)
  const y = scaleLinear().domain([0, max]).nice().range([HEIGHT - M.bottom, M.top])
  const draw = line<number>().x((_, i) => x(i) ?? M.left).y((v) => y(v))
  const ticks = y.ticks(5)
  // At most a dozen labels under the axis, however long the range.
  const every = Math.max(1, Math.ceil(chart.labels.length / 12))
  const titleId = `${chart.id}-tieu-de`
  const descId = `${chart.id}-mo-ta`
  return html`<figure class="line-chart" id="${chart.id}">
<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" aria-labelledby="${titleId} ${descId}">
<title id="${titleId}">${chart.title}</title>
<desc id="${descId}">${chart.description}</desc>
${ticks.map((t) => html`<g><line x1="${M.left}" x2="${WIDTH - M.right}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"></line><text x="${M.left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11" fill="#444">${write(t)}</text></g>`)}
${chart.labels.map((label, i) => (i % every === 0 ? html`<text x="${x(i) ?? 0}" y="${HEIGHT - 10}" text-anchor="middle" font-size="11" fill="#444">${label}</text>` : ''))}
${chart.series.map((s) => html`<g class="series"><path d="${draw([...s.values]) ?? ''}" fill="none" stroke="${s.colour}" stroke-width="2"></path>
${s.values.map((v, i) => html`<circle cx="${x(i) ?? 0}" cy="${y(v)}" r="3" fill="${s.colour}"><title>${s.name}, ${chart.labels[i] ?? ''}: ${write(v)}</title></circle>`)}</g>`)}
</svg>
<table class="chart-data">
<caption class="visually-hidden">${chart.title}</caption>
<thead><tr><th scope="col">${chart.labelHeading}</th>${chart.series.map((s) => html`<th scope="col">${s.name}</th>`)}</tr></thead>
<tbody>${chart.labels.map((label, i) => html`<tr><th scope="row">${label}</th>${chart.series.map((s) => html`<td>${write(s.values[i] ?? 0)}</td>`)}</tr>`)}</tbody>
</table>
<figcaption>${chart.series.map((s) => html`<span class="legend"><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${s.colour}"></rect></svg> ${s.name}</span> `)}</figcaption>
</figure>`
}
