import type { JobStatus } from '../../../platform/jobs/index.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'

const ADMIN = '/toa-soan/quan-tri'

export function systemStatusView(jobs: readonly JobStatus[], started: boolean): SafeHtml {
  return html`<p><a href="${ADMIN}">Quản trị</a> › Hệ thống</p>
<h1>Hệ thống</h1>
<p>Các việc chạy nền của máy chủ đang trả lời trang này${started ? '' : html` <strong>(chưa được khởi động: chúng chỉ chạy khi được yêu cầu)</strong>`}.
Khi một việc lỗi, nó được thử lại sau một khoảng chờ tăng dần; lần chạy thành công đầu tiên đưa nó về nhịp bình thường.</p>
<table class="audit-log background-jobs">
<caption class="visually-hidden">Việc chạy nền và tình trạng của từng việc</caption>
<thead><tr><th scope="col">Việc</th><th scope="col">Tình trạng</th><th scope="col">Chạy gần nhất</th><th scope="col">Thành công gần nhất</th><th scope="col">Lỗi gần nhất</th><th scope="col">Lần chạy tới</th></tr></thead>
<tbody>${jobs.map((job) => html`<tr data-job="${job.name}">
<th scope="row">${job.label}<br><span class="muted">mỗi ${every(job.everyMs)}</span></th>
<td class="job-state">${state(job)}</td>
<td>${job.lastStartedAt ? formatNewsroomTime(job.lastStartedAt) : 'Chưa chạy'}</td>
<td>${job.lastSuccessAt ? formatNewsroomTime(job.lastSuccessAt) : '—'}</td>
<td class="job-error">${job.lastError ? html`${formatNewsroomTime(job.lastError.at)}: <code>${job.lastError.message}</code>` : '—'}</td>
<td>${job.nextRunAt ? formatNewsroomTime(job.nextRunAt) : '—'}</td>
</tr>`)}</tbody>
</table>`
}

function state(job: JobStatus): string {
  if (job.running) return 'Đang chạy'
  if (job.consecutiveFailures > 0) return `Lỗi (${job.consecutiveFailures} lần liên tiếp)`
  return job.lastSuccessAt ? 'Bình thường' : 'Chưa chạy'
}

function every(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000} phút`
  return `${Math.round(ms / 1000)} giây`
}
