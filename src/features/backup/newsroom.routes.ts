import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { formatNewsroomTime } from '../../platform/text/time.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { trail } from '../admin-kit/index.ts'
import { fileSize } from '../documents/index.ts'
import { listBackups, type BackupRecord } from './backup-log.ts'

/** /toa-soan/quan-tri/sao-luu: the backups taken, newest first, and how to take one. */
export function backupNewsroomRoutes(deps: { db: Db; clock: Clock }) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/quan-tri/sao-luu', { config: { right: 'site.administer' } }, async (req, reply) =>
      sendNewsroomPage(req, reply, 'Sao lưu', backupsView(await listBackups(deps.db), deps.clock.now())))
  }
}

function backupsView(backups: readonly BackupRecord[], now: Date): SafeHtml {
  const lastGood = backups.find((b) => b.succeeded)
  const fresh = lastGood !== undefined && now.getTime() - lastGood.finishedAt.getTime() <= 24 * 60 * 60 * 1000
  return html`${trail([{ label: 'Bàn làm việc', href: '/toa-soan' }, { label: 'Sao lưu' }])}
<h1>Sao lưu</h1>
<p class="${fresh ? '' : 'field-error'}" role="status">${lastGood ? `Bản sao lưu thành công gần nhất: ${formatNewsroomTime(lastGood.finishedAt)}${fresh ? '.' : ', đã quá 24 giờ.'}` : 'Chưa có bản sao lưu nào.'}</p>
<p>Người vận hành máy chủ sao lưu bằng lệnh <code>npm run toasoan -- backup TỆP</code> (một tệp .tar.gz gồm mọi bảng dữ liệu, tệp đa phương tiện và bản kê có mã kiểm tra), nên chạy hằng ngày (ví dụ bằng cron) và chép bản sao lưu ra ngoài máy. Khôi phục bằng <code>npm run toasoan -- restore TỆP</code> vào cơ sở dữ liệu trống, kể cả từ SQLite sang PostgreSQL.</p>
${backups.length === 0 ? '' : html`<table class="article-list-table backup-list"><caption>Các lần sao lưu gần nhất</caption>
<thead><tr><th scope="col">Lúc xong</th><th scope="col">Kết quả</th><th scope="col">Nơi lưu</th><th scope="col">Dung lượng</th></tr></thead>
<tbody>${backups.map((b) => html`<tr><td>${formatNewsroomTime(b.finishedAt)}</td><td>${b.succeeded ? 'Thành công' : html`Không thành công: ${b.error}`}</td><td><code>${b.destination}</code></td><td>${b.succeeded ? fileSize(b.bytes) : '—'}</td></tr>`)}</tbody>
</table>`}`
}
