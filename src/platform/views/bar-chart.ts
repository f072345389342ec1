import { html, type SafeHtml } from './html.ts'

// Horizontal bar charts as SVG drawn on the server, for the newsroom's statistics and the public
// summaries: no script, no library, readable without the picture. The SVG is an image with its
// title and a description that says every number; each bar carries its number as text and as a
// <title>; a table with the same numbers follows for screen readers and for printing.
// Colours are presentation attributes, not style attributes, so the strict CSP has nothing to allow.

export interface Bar {
  label: string
  value: number
}

export interface BarChart {
  /** The chart's id in the page (its title and description are named after it). */
  id: string
  title: string
  /** Every number in words, read by screen readers in place of the picture. */
  description: string
  bars: readonly Bar[]
  /** The table's column headings: what the bars are, and what the numbers count. */
  labelHeading: string
  valueHeading: string
  /** How a number is written (the page's locale). */
  number?: (n: number) => string
}

const WIDTH = 560
const LABEL_WIDTH = 170
const VALUE_WIDTH = 60
const BAR_HEIGHT = 22
const GAP = 10

export function barChartView(chart: BarChart): SafeHtml {
  const write = chart.number ?? String
  const max = Math.max(0, ...chart.bars.map((b) => b.value))
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH
  // A linear scale from 0: zero draws no bar, the largest fills the plot.
  const length = (value: number) => (max === 0 ? 0 : Math.round((value / max) * plot))
  const height = chart.bars.length * (BAR_HEIGHT + GAP) + GAP
  const titleId = `${chart.id}-tieu-de`
  const descId = `${chart.id}-mo-ta`
  return html`<figure class="bar-chart" id="${chart.id}">
<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-labelledby="${titleId} ${descId}">
<title id="${titleId}">${chart.title}</title>
<desc id="${descId}">${chart.description}</desc>
${chart.bars.map((bar, i) => {
  const y = GAP + i * (BAR_HEIGHT + GAP)
  const middle = y + BAR_HEIGHT / 2 + 5
  return html`<g class="bar"><title>${bar.label}: ${write(bar.value)}</title>
<text x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end" font-size="14" fill="#222">${bar.label}</text>
<rect x="${LABEL_WIDTH}" y="${y}" width="${length(bar.value)}" height="${BAR_HEIGHT}" fill="#1f5fa8"></rect>
<text x="${LABEL_WIDTH + length(bar.value) + 6}" y="${middle}" font-size="14" fill="#222">${write(bar.value)}</text></g>`
})}
</svg>
<table class="chart-data">
<caption class="visually-hidden">${chart.title}</caption>
<thead><tr><th scope="col">${chart.labelHeading}</th><th scope="col">${chart.valueHeading}</th></tr></thead>
<tbody>${chart.bars.map((bar) => html`<tr><th scope="row">${bar.label}</th><td>${write(bar.value)}</td></tr>`)}</tbody>
</table>
<figcaption>${chart.title}</figcaption>
</figure>`
}
