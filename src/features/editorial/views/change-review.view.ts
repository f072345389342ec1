import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { FieldDiff } from '../revision-diff.ts'
import { diffSections } from './diff.view.ts'

export interface ChangeReviewModel {
  articleId: number
  title: string
  savedByName: string | null
  updatedAt: Date
  contributorNames: string[]
  diffs: FieldDiff[]
  version: number
  csrfToken: string
  /** Why this person may not decide, when they may not. */
  cannotDecide?: string
  errors: Record<string, string>
}

/** A change to a published article beside the live text, to accept or return. */
export function changeReviewView(m: ChangeReviewModel): SafeHtml {
  const hidden = html`<input type="hidden" name="_csrf" value="${m.csrfToken}"><input type="hidden" name="version" value="${m.version}">`
  return html`<h1>Bản sửa chờ duyệt: ${m.title}</h1>
<p><a href="/toa-soan/bai-viet/${m.articleId}">Về bài viết</a> · lưu lần cuối ${formatNewsroomTime(m.updatedAt)} bởi ${m.savedByName ?? '—'} · người sửa: ${m.contributorNames.join(', ') || '—'}</p>
<p class="muted">Bạn đọc đang thấy bản đã duyệt. So với bản đó: <del>chữ bị bỏ</del>, <ins>chữ được thêm</ins> nếu chấp nhận.</p>
${m.diffs.length === 0 ? html`<p>Bản sửa giống hệt bài đang đăng.</p>` : diffSections(m.diffs, 'bs')}
${m.cannotDecide ? html`<p class="muted">${m.cannotDecide}</p>` : html`<section class="workflow" aria-labelledby="quyet-dinh"><h2 id="quyet-dinh">Quyết định</h2>
<form method="post" action="/toa-soan/bai-viet/${m.articleId}/ban-sua/chap-nhan" class="transition">${hidden}<button type="submit">Chấp nhận và đăng bản sửa</button></form>
<form method="post" action="/toa-soan/bai-viet/${m.articleId}/ban-sua/tra-lai" class="transition">${hidden}
<p class="field"><label for="f-reason">Lý do trả lại</label><br><textarea id="f-reason" name="reason" rows="2" required${m.errors.reason ? html` aria-invalid="true" aria-describedby="e-reason"` : ''}></textarea>${m.errors.reason ? html`<br><span class="field-error" id="e-reason">${m.errors.reason}</span>` : ''}</p>
<button type="submit">Trả lại bản sửa</button></form>
</section>`}`
}
