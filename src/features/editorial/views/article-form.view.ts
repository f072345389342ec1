import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { Category, CategoryTree } from '../../categories/index.ts'
import { toNewsroomLocalInput } from '../draft-form.ts'
import { BYLINE_KINDS, type DraftInput, type EditorialArticle } from '../draft.ts'
import type { Revision } from '../revision.repository.ts'
import { editConflictView, type EditConflict } from './edit-conflict.view.ts'
import { STATUS_LABELS, TRANSITION_LABELS, type Transition } from '../workflow.ts'

export interface ArticleFormModel {
  article?: EditorialArticle
  values: Partial<DraftInput> & { tags?: string[]; slug?: string }
  errors: Record<string, string>
  tree: CategoryTree
  writableCategoryIds: Set<number>
  csrfToken: string
  transitions: Transition[]
  revisions: Revision[]
  canSave: boolean
  /** Recent images of the media library, to choose the lead image from. */
  leadImages: { id: number; label: string }[]
  /** The version the form's text was made from; a save names it (see EditConflictError). */
  version?: number
  /** The others who have the article open now. */
  othersPresent: string[]
  /** This page load's token for the presence heartbeat. */
  presencePage?: string
  pending?: { savedByName: string | null; updatedAt: Date }
  conflict?: EditConflict
  notice?: string
}

export function presenceText(names: string[]): string {
  return names.length === 0 ? '' : `${names.join(', ')} đang mở bài này.`
}

const field = (name: string, label: string, control: SafeHtml, errors: Record<string, string>, hint?: string) => html`<p class="field">
<label for="f-${name}" id="l-${name}">${label}</label><br>
${control}
${hint ? html`<br><small class="muted" id="h-${name}">${hint}</small>` : ''}
${errors[name] ? html`<br><span class="field-error" id="e-${name}">${errors[name]}</span>` : ''}
</p>`

const described = (name: string, errors: Record<string, string>) => (errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : '')

function categoryOptions(tree: CategoryTree, writable: Set<number>, selected: number | undefined): SafeHtml[] {
  const out: SafeHtml[] = []
  const walk = (categories: Category[], depth: number) => {
    for (const c of categories) {
      if (writable.has(c.id) || c.id === selected) {
        out.push(html`<option value="${c.id}"${c.id === selected ? html` selected` : ''}>${'— '.repeat(depth)}${c.name}</option>`)
      }
      walk(tree.childrenOf(c.id), depth + 1)
    }
  }
  walk(tree.roots(), 0)
  return out
}

export function articleFormView(m: ArticleFormModel): SafeHtml {
  const v = m.values
  const e = m.errors
  const action = m.article ? `/toa-soan/bai-viet/${m.article.id}` : '/toa-soan/bai-viet'
  return html`<h1>${m.article ? 'Sửa bài viết' : 'Viết bài mới'}</h1>
${m.article ? html`<p id="dang-mo" class="presence" role="status" data-presence-url="/toa-soan/bai-viet/${m.article.id}/dang-mo" data-presence-page="${m.presencePage ?? ''}">${presenceText(m.othersPresent)}</p>` : ''}
${m.notice ? html`<p class="notice" role="status">${m.notice}</p>` : ''}
${m.article ? html`<p>Trạng thái: <strong>${STATUS_LABELS[m.article.status]}</strong>${m.article.publishedAt ? html` · ${m.article.status === 'scheduled' ? 'hẹn xuất bản' : 'xuất bản'} lúc ${formatNewsroomTime(m.article.publishedAt)}` : ''}
· <a href="/toa-soan/bai-viet/${m.article.id}/xem-truoc">Xem trước</a></p>
${m.article.returnReason && m.article.status === 'draft' ? html`<p class="form-error" role="status">Bài bị trả lại: ${m.article.returnReason}</p>` : ''}` : ''}
${m.article && m.pending ? html`<p class="notice pending-change">Bài có bản sửa chờ duyệt (lưu lần cuối bởi ${m.pending.savedByName ?? '—'} lúc ${formatNewsroomTime(m.pending.updatedAt)}). Bạn đọc vẫn thấy bản đã duyệt; các ô dưới đây là bản sửa. <a href="/toa-soan/bai-viet/${m.article.id}/ban-sua">Xem bản sửa</a></p>` : ''}
${m.conflict ? editConflictView(m.conflict) : ''}
${Object.keys(e).length > 0 ? html`<p class="form-error" role="alert">Biểu mẫu có chỗ chưa hợp lệ, xin xem các ô được đánh dấu.</p>` : ''}
${m.canSave ? html`<form method="post" action="${action}" class="form article-form"${m.article ? html` data-autosave` : ''}>
<input type="hidden" name="_csrf" value="${m.csrfToken}">
${m.version !== undefined ? html`<input type="hidden" name="version" value="${m.version}">` : ''}
${field('title', 'Tiêu đề', html`<input id="f-title" name="title" type="text" required maxlength="300" value="${v.title ?? ''}"${described('title', e)}>`, e)}
${field('lead', 'Sapo', html`<textarea id="f-lead" name="lead" rows="3" maxlength="2000"${described('lead', e)}>${v.lead ?? ''}</textarea>`, e)}
${field('bodyHtml', 'Nội dung', html`<textarea id="f-bodyHtml" name="bodyHtml" rows="16" class="body-editor"${described('bodyHtml', e)}>${v.bodyHtml ?? ''}</textarea>`, e, 'Đoạn văn, tiêu đề, danh sách, trích dẫn, bảng, liên kết và ảnh có chú thích; mã lạ sẽ bị loại bỏ khi lưu.')}
${field('categoryId', 'Chuyên mục', html`<select id="f-categoryId" name="categoryId"${described('categoryId', e)}><option value="">— Chọn chuyên mục —</option>${categoryOptions(m.tree, m.writableCategoryIds, v.categoryId)}</select>`, e)}
<fieldset><legend>Tác giả</legend>
${field('bylineKind', 'Hình thức', html`<select id="f-bylineKind" name="bylineKind">${BYLINE_KINDS.map((k) => html`<option value="${k}"${k === (v.bylineKind ?? '') ? html` selected` : ''}>${k || '(không ghi)'}</option>`)}</select>`, e)}
${field('bylineName', 'Tên', html`<input id="f-bylineName" name="bylineName" type="text" maxlength="150" value="${v.bylineName ?? ''}"${described('bylineName', e)}>`, e, 'Ghi đúng như sẽ in dưới bài, ví dụ: Lê Hải')}
${field('source', 'Nguồn', html`<input id="f-source" name="source" type="text" maxlength="200" value="${v.source ?? ''}">`, e)}
</fieldset>
${field('leadImageId', 'Ảnh đại diện', html`<select id="f-leadImageId" name="leadImageId"${described('leadImageId', e)}><option value="">(không có ảnh)</option>${m.leadImages.map((i) => html`<option value="${i.id}"${i.id === v.leadImageId ? html` selected` : ''}>${i.label}</option>`)}</select>`, e, 'Chọn từ thư viện ảnh; tải ảnh mới lên ở mục Thư viện ảnh.')}
${field('tags', 'Từ khóa', html`<input id="f-tags" name="tags" type="text" value="${(v.tags ?? []).join(', ')}"${described('tags', e)}>`, e, 'Cách nhau bằng dấu phẩy')}
${field('slug', 'Đường dẫn', html`<input id="f-slug" name="slug" type="text" maxlength="150" value="${v.slug ?? ''}"${described('slug', e)}>`, e, 'Để trống để tạo từ tiêu đề')}
${field('seoTitle', 'Tiêu đề SEO', html`<input id="f-seoTitle" name="seoTitle" type="text" maxlength="300" value="${v.seoTitle ?? ''}">`, e)}
${field('seoDescription', 'Mô tả SEO', html`<textarea id="f-seoDescription" name="seoDescription" rows="2" maxlength="500">${v.seoDescription ?? ''}</textarea>`, e)}
${field('expiresAt', 'Hết hạn lúc (giờ Việt Nam)', html`<input id="f-expiresAt" name="expiresAt" type="datetime-local" value="${toNewsroomLocalInput(v.expiresAt)}"${described('expiresAt', e)}>`, e)}
<p><button type="submit">Lưu</button></p>
</form>` : html`<p class="muted">Bạn không sửa được bài ở trạng thái này.</p>`}
${m.article && m.transitions.length > 0 ? transitionsView(m.article, m.transitions, m.csrfToken, e) : ''}
${m.revisions.length > 0 ? html`<section aria-labelledby="phien-ban"><h2 id="phien-ban">Các lần lưu</h2><ol class="revisions">${m.revisions.map((r) => html`<li><a href="/toa-soan/bai-viet/${m.article!.id}/phien-ban/${r.id}">${formatNewsroomTime(r.savedAt)}</a> · ${r.userName ?? '—'} · ${r.snapshot.title}</li>`)}</ol></section>` : ''}`
}

function transitionsView(article: EditorialArticle, transitions: Transition[], csrfToken: string, e: Record<string, string>): SafeHtml {
  return html`<section aria-labelledby="quy-trinh" class="workflow"><h2 id="quy-trinh">Quy trình</h2>
${transitions.map((t) => html`<form method="post" action="/toa-soan/bai-viet/${article.id}/chuyen" class="transition">
<input type="hidden" name="_csrf" value="${csrfToken}">
<input type="hidden" name="transition" value="${t}">
${t === 'return' ? field('reason', 'Lý do trả lại', html`<textarea id="f-reason" name="reason" rows="2" required${described('reason', e)}></textarea>`, e) : ''}
${t === 'schedule' ? field('publishAt', 'Xuất bản lúc (giờ Việt Nam)', html`<input id="f-publishAt" name="publishAt" type="datetime-local" required${described('publishAt', e)}>`, e) : ''}
<button type="submit">${TRANSITION_LABELS[t]}</button>
</form>`)}
</section>`
}
