import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { formatNewsroomTime } from '../../platform/text/time.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { trail } from '../admin-kit/index.ts'
import { fileSize } from '../documents/index.ts'
import { listBackups, type BackupRecord } from './backup-log.ts'
import { readSchedule, type BackupSchedule } from './schedule.ts'

/** /toa-soan/quan-tri/sao-luu: the backups taken, newest first, and how to take one. */
export function backupNewsroomRoutes(deps: { db: Db; clock: Clock }) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/quan-tri/sao-luu', { config: { right: 'site.administer' } }, async (req, reply) =>
      sendNewsroomPage(req, reply, 'Sao lưu', backupsView(await listBackups(deps.db), await readSchedule(deps.db), deps.clock.now())))
  }
}

function backupsView(backups: readonly BackupRecord[], schedule: BackupSchedule | undefined, now: Date): SafeHtml {
  const lastGood = backups.find((b) => b.succeeded)
  const newest = backups[0]
  const fresh = lastGood !== undefined && now.getTime() - lastGood.finishedAt.getTime() <= 24 * 60 * 60 * 1000
  const failedSince = newest && !newest.succeeded ? newest : undefined
  return html`${trail([{ label: 'Bàn làm việc', href: '/toa-soan' }, { label: 'Sao lưu' }])}
<h1>Sao lưu</h1>
<p class="${fresh ? '' : 'field-error'}" role="status">${lastGood ? html`Bản sao lưu thành công gần nhất: ${formatNewsroomTime(lastGood.finishedAt)}${fresh ? '' : ', đã quá 24 giờ'}, ${fileSize(lastGood.bytes)}, lưu tại <code class="backup-where">${lastGood.destination}</code>.` : 'Chưa có bản sao lưu nào.'}</p>
${failedSince ? html`<p class="field-error backup-failed" role="alert">Lần sao lưu ${failedSince.scheduled ? 'theo lịch ' : ''}gần nhất (lúc ${formatNewsroomTime(failedSince.finishedAt)}) không thành công: ${failedSince.error}</p>` : ''}
<h2>Lịch sao lưu tự động</h2>
${schedule
    ? html`<p class="backup-schedule">Hằng ngày lúc ${schedule.at} (giờ Việt Nam), lưu vào <code>${schedule.destination}</code>, giữ ${schedule.keep} bản mới nhất (bản cũ hơn bị xóa ở đó). Đổi bằng lệnh <code>npm run toasoan -- backup --schedule daily --keep ${schedule.keep} --to ${schedule.destination} --at ${schedule.at}</code>, dừng bằng <code>npm run toasoan -- backup --schedule off</code>.</p>`
    : html`<p class="backup-schedule">Chưa đặt lịch. Người vận hành đặt bằng lệnh <code>npm run toasoan -- backup --schedule daily --keep 14 --to THƯ_MỤC</code> (hoặc <code>--to s3://BUCKET/THƯ_MỤC</code>, một bucket riêng, không phải bucket ảnh); cổng tự sao lưu lúc 02:30 mỗi ngày, dù chạy nhiều máy cũng chỉ một máy làm.</p>`}
<p>Người vận hành máy chủ cũng có thể sao lưu bằng lệnh <code>npm run toasoan -- backup TỆP</code> (một tệp .tar.gz gồm mọi bảng dữ liệu, tệp đa phương tiện và bản kê có mã kiểm tra) và chép bản sao lưu ra ngoài máy. Khôi phục bằng <code>npm run toasoan -- restore TỆP</code> vào cơ sở dữ liệu trống, kể cả từ SQLite sang PostgreSQL.</p>
${backups.length === 0 ? '' : html`<table class="article-list-table backup-list"><caption>Các lần sao lưu gần nhất</caption>
<thead><tr><th scope="col">Lúc xong</th><th scope="col">Cách chạy</th><th scope="col">Kết quả</th><th scope="col">Nơi lưu</th><th scope="col">Dung lượng</th></tr></thead>
<tbody>${backups.map((b) => html`<tr><td>${formatNewsroomTime(b.finishedAt)}</td><td>${b.scheduled ? 'Theo lịch' : 'Bằng lệnh'}</td><td>${b.succeeded ? 'Thành công' : html`Không thành công: ${b.error}`}</td><td><code>${b.destination}</code></td><td>${b.succeeded ? fileSize(b.bytes) : '—'}</td></tr>`)}</tbody>
</table>`}`
}
