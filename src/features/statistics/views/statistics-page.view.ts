import { barChartView } from '../../../platform/views/bar-chart.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { csrfField } from '../../admin-kit/index.ts'
import type { StatisticsReport, Ranked } from '../statistics-report.ts'
import type { CounterSettings } from '../visit.repository.ts'
import { lineChartView } from './line-chart.view.ts'

export const NEWSROOM_STATISTICS = '/toa-soan/thong-ke'

const number = (n: number) => n.toLocaleString('vi-VN')
const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`
const longDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

export interface StatisticsPage {
  report: StatisticsReport
  /** What was typed in the range form, and why it was refused. */
  form: { from: string; to: string; error?: string }
  /** Shown to administrators: which footer counters readers see. */
  counter?: { settings: CounterSettings; csrfToken: string; saved?: boolean }
}

function ranked(id: string, title: string, labelHeading: string, rows: readonly Ranked[]): SafeHtml {
  if (rows.length === 0) return html`<section><h2>${title}</h2><p>Chưa có lượt truy cập nào trong khoảng này.</p></section>`
  return html`<section><h2>${title}</h2>${barChartView({
    id, title, labelHeading, valueHeading: 'Lượt truy cập', number,
    description: rows.map((r) => `${r.label}: ${number(r.visits)}`).join('; '),
    bars: rows.map((r) => ({ label: r.label, value: r.visits })),
  })}</section>`
}

export function statisticsPageView(page: StatisticsPage): SafeHtml {
  const { report, form } = page
  const range = `${longDay(report.from)} – ${longDay(report.to)}`
  return html`<h1>Thống kê truy cập</h1>
<form method="get" action="${NEWSROOM_STATISTICS}" class="statistics-range">
${form.error ? html`<p class="error" role="alert" id="e-range">${form.error}</p>` : ''}
<label for="f-tu">Từ ngày</label> <input type="date" id="f-tu" name="tu" value="${form.from}"${form.error ? html` aria-describedby="e-range" aria-invalid="true"` : ''}>
<label for="f-den">Đến ngày</label> <input type="date" id="f-den" name="den" value="${form.to}">
<button type="submit">Xem</button>
</form>
<p class="statistics-total">Từ ${range}: <strong>${number(report.totalVisits)}</strong> lượt truy cập. Không dùng cookie; người truy cập được nhận ra trong ngày bằng mã băm có khóa đổi mỗi ngày, không lưu địa chỉ IP.</p>
<section><h2>Theo ngày</h2>${lineChartView({
    id: 'bieu-do-theo-ngay', title: `Lượt truy cập và người truy cập theo ngày, ${range}`, labelHeading: 'Ngày', number,
    description: report.days.map((d) => `${longDay(d.day)}: ${number(d.visits)} lượt, ${number(d.visitors)} người`).join('; '),
    labels: report.days.map((d) => shortDay(d.day)),
    series: [
      { name: 'Lượt truy cập', colour: '#1f5fa8', values: report.days.map((d) => d.visits) },
      { name: 'Người truy cập', colour: '#c0392b', values: report.days.map((d) => d.visitors) },
    ],
  })}</section>
${ranked('bieu-do-theo-gio', 'Theo giờ trong ngày (giờ Việt Nam)', 'Giờ', report.hours.map((visits, hour) => ({ label: `${String(hour).padStart(2, '0')}:00`, visits })))}
${ranked('bieu-do-loai-trang', 'Theo loại trang', 'Loại trang', report.byKind)}
${ranked('bieu-do-chuyen-muc', 'Chuyên mục được xem nhiều', 'Chuyên mục', report.byCategory)}
${ranked('bieu-do-bai-viet', 'Bài viết được xem nhiều', 'Bài viết', report.byArticle)}
${ranked('bieu-do-nguon', 'Nguồn truy cập (trang dẫn đến)', 'Trang dẫn đến', report.byReferrer)}
${ranked('bieu-do-thiet-bi', 'Theo thiết bị', 'Thiết bị', report.byDevice)}
${page.counter ? counterForm(page.counter) : ''}`
}

function counterForm(counter: NonNullable<StatisticsPage['counter']>): SafeHtml {
  const box = (name: string, label: string, checked: boolean) =>
    html`<p><input type="checkbox" id="f-${name}" name="${name}" value="1"${checked ? html` checked` : ''}> <label for="f-${name}">${label}</label></p>`
  return html`<section id="bo-dem"><h2>Bộ đếm ở chân trang</h2>
${counter.saved ? html`<p role="status">Đã lưu; các trang sẽ hiện bộ đếm mới.</p>` : ''}
<p>Bộ đếm được điền bằng một yêu cầu nhỏ không lưu đệm, nên trang vẫn giống nhau với mọi người đọc và vẫn được lưu đệm. Trình duyệt không chạy JavaScript không thấy bộ đếm.</p>
<form method="post" action="${NEWSROOM_STATISTICS}/bo-dem">${csrfField(counter.csrfToken)}
<fieldset><legend>Hiện ở chân trang</legend>
${box('online', 'Đang truy cập', counter.settings.showOnline)}
${box('today', 'Hôm nay', counter.settings.showToday)}
${box('total', 'Tổng lượt truy cập', counter.settings.showTotal)}
</fieldset>
<button type="submit">Lưu</button>
</form></section>`
}
