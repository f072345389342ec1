import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { FieldDiff } from '../revision-diff.ts'
import { diffSections } from './diff.view.ts'

export interface EditConflict {
  message: string
  savedByName: string | null
  savedAt: Date | undefined
  /** From the version saved meanwhile to what this person typed. */
  diffs: FieldDiff[]
}

/** Shown above the form (and sent to the editor's script) when a save came from an older version. */
export function editConflictView(c: EditConflict): SafeHtml {
  return html`<section class="edit-conflict form-error" role="alert" aria-labelledby="xung-dot"><h2 id="xung-dot">Chưa lưu: bài đã có bản mới hơn</h2>
<p>${c.message}</p>
<p>Bản mới hơn do <strong>${c.savedByName ?? 'một người khác'}</strong> lưu${c.savedAt ? html` lúc ${formatNewsroomTime(c.savedAt)}` : ''}.
Dưới đây: <del>chữ chỉ có trong bản đã lưu</del>, <ins>chữ chỉ có trong bản của bạn</ins>. Bấm Lưu lần nữa sẽ thay bản đã lưu bằng nội dung trong các ô.</p>
${c.diffs.length === 0 ? html`<p>Nội dung hai bản giống nhau.</p>` : diffSections(c.diffs, 'xd')}
</section>`
}
