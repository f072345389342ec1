import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { Category, CategoryTree } from '../../categories/index.ts'
import { clockTime, EDITOR_WORDS } from '../browser/editor-words.ts'
import { toNewsroomLocalInput } from '../draft-form.ts'
import { BYLINE_KINDS, type DraftInput, type EditorialArticle } from '../draft.ts'
import type { FieldDiff } from '../revision-diff.ts'
import type { Revision } from '../revision.repository.ts'
import { STATUS_LABELS, type Transition } from '../workflow.ts'
import { editConflictView, type EditConflict } from './edit-conflict.view.ts'
import { ARTICLE_FORM_ID, described, field, inArticleForm } from './editor-field.view.ts'
import { leadImagePickerView, type LeadImageChoice } from './lead-image-picker.view.ts'
import { pendingChangeView } from './pending-change.view.ts'
import { seoPreviewView, type SeoPreview } from './seo-preview.view.ts'
import { workflowActionsView } from './workflow-actions.view.ts'

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
  leadImages: LeadImageChoice[]
  /** The version the form's text was made from; a save names it (see EditConflictError). */
  version?: number
  /** The others who have the article open now. */
  othersPresent: string[]
  /** This page load's token for the presence heartbeat. */
  presencePage?: string
  pending?: { savedByName: string | null; updatedAt: Date; diffs: FieldDiff[]; mayDecide: boolean }
  conflict?: EditConflict
  notice?: string
  seo: SeoPreview
  /** When what the form shows was last saved (the article's or its pending change's time). */
  savedAt?: Date
  /** Other features' sections of the settings column (the English translation's), each with its own form. */
  panels?: SafeHtml | ''
}

export function presenceText(names: string[]): string {
  return names.length === 0 ? '' : `${names.join(', ')} đang mở bài này.`
}

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

/**
 * The editor: the text on the left, the article's settings on the right (one column on a
 * phone, settings after the text), and a bar that stays in view with the save state and "Lưu".
 * Controls in the settings column belong to the form through form="bai-viet", so one plain
 * POST still saves everything without JavaScript.
 */
export function articleFormView(m: ArticleFormModel): SafeHtml {
  const e = m.errors
  return html`<div class="editor">
<h1>${m.article ? 'Sửa bài viết' : 'Viết bài mới'}</h1>
${m.article ? html`<p id="dang-mo" class="presence" role="status" data-presence-url="/toa-soan/bai-viet/${m.article.id}/dang-mo" data-presence-page="${m.presencePage ?? ''}">${presenceText(m.othersPresent)}</p>` : ''}
${m.notice ? html`<p class="notice" role="status">${m.notice}</p>` : ''}
${m.article && m.pending ? pendingChangeView(m.article.id, m.pending) : ''}
${m.conflict ? editConflictView(m.conflict) : ''}
${Object.keys(e).length > 0 ? html`<p class="form-error" role="alert">Biểu mẫu có chỗ chưa hợp lệ, xin xem các ô được đánh dấu.</p>` : ''}
${m.canSave ? saveBar(m) : ''}
<div class="editor-columns">
${m.canSave ? contentColumn(m) : html`<p class="muted editor-content">Bạn không sửa được bài ở trạng thái này.</p>`}
${settingsColumn(m)}
</div>
${m.revisions.length > 0 ? html`<section aria-labelledby="phien-ban" class="revisions-section"><h2 id="phien-ban">Các lần lưu</h2><ol class="revisions">${m.revisions.map((r) => html`<li><a href="/toa-soan/bai-viet/${m.article!.id}/phien-ban/${r.id}">${formatNewsroomTime(r.savedAt)}</a> · ${r.userName ?? '—'} · ${r.snapshot.title}</li>`)}</ol></section>` : ''}
</div>`
}

/** Sticky: "Lưu" and where the text stands never leave the screen. */
function saveBar(m: ArticleFormModel): SafeHtml {
  const state = Object.keys(m.errors).length > 0 ? EDITOR_WORDS.invalid
    : m.savedAt ? EDITOR_WORDS.savedAt(clockTime(m.savedAt)) : m.article ? '' : EDITOR_WORDS.notSavedYet
  return html`<div class="editor-bar">
<p class="save-state autosave-status" role="status" data-save-state>${state}</p>
${m.article ? html`<a class="button-secondary" href="/toa-soan/bai-viet/${m.article.id}/xem-truoc">Xem trước</a>` : ''}
<button type="submit" form="${ARTICLE_FORM_ID}" class="button-primary" aria-keyshortcuts="Control+S">Lưu</button>
</div>`
}

function contentColumn(m: ArticleFormModel): SafeHtml {
  const v = m.values
  const e = m.errors
  const action = m.article ? `/toa-soan/bai-viet/${m.article.id}` : '/toa-soan/bai-viet'
  return html`<form method="post" action="${action}" id="${ARTICLE_FORM_ID}" class="form article-form editor-content"${m.article ? html` data-autosave` : ''}>
<input type="hidden" name="_csrf" value="${m.csrfToken}">
${m.version !== undefined ? html`<input type="hidden" name="version" value="${m.version}">` : ''}
${field('title', 'Tiêu đề', html`<input id="f-title" name="title" type="text" required maxlength="300" class="title-input" value="${v.title ?? ''}"${described('title', e)}>`, e)}
${field('lead', 'Sapo', html`<textarea id="f-lead" name="lead" rows="3" maxlength="2000"${described('lead', e)}>${v.lead ?? ''}</textarea>`, e)}
${field('bodyHtml', 'Nội dung', html`<textarea id="f-bodyHtml" name="bodyHtml" rows="16" class="body-editor"${described('bodyHtml', e, true)}>${v.bodyHtml ?? ''}</textarea>`, e, 'Đoạn văn, tiêu đề, danh sách, trích dẫn, bảng, liên kết và ảnh có chú thích; mã lạ sẽ bị loại bỏ khi lưu.')}
</form>`
}

function settingsColumn(m: ArticleFormModel): SafeHtml {
  const v = m.values
  const e = m.errors
  const a = m.article
  const editable = m.canSave
  return html`<aside class="editor-settings" aria-labelledby="thiet-lap">
<h2 id="thiet-lap" class="visually-hidden">Thiết lập bài</h2>
${a ? html`<section class="settings-group" aria-labelledby="quy-trinh"><h3 id="quy-trinh">Trạng thái và quy trình</h3>
<p>Trạng thái: <strong>${STATUS_LABELS[a.status]}</strong>${a.publishedAt ? html` · ${a.status === 'scheduled' ? 'hẹn xuất bản' : 'xuất bản'} lúc ${formatNewsroomTime(a.publishedAt)}` : ''}</p>
${m.pending ? html`<p class="badge badge-pending">Có thay đổi chờ duyệt</p>` : ''}
${a.returnReason && a.status === 'draft' ? html`<p class="form-error" role="status">Bài bị trả lại: ${a.returnReason}</p>` : ''}
${m.transitions.length > 0 ? workflowActionsView(a, m.transitions, m.csrfToken, e) : ''}
</section>` : ''}
${editable ? html`<section class="settings-group" aria-labelledby="phan-loai"><h3 id="phan-loai">Phân loại và tác giả</h3>
${field('categoryId', 'Chuyên mục', html`<select id="f-categoryId" name="categoryId"${inArticleForm}${described('categoryId', e)}><option value="">— Chọn chuyên mục —</option>${categoryOptions(m.tree, m.writableCategoryIds, v.categoryId)}</select>`, e)}
${field('tags', 'Từ khóa', html`<input id="f-tags" name="tags" type="text" value="${(v.tags ?? []).join(', ')}"${inArticleForm}${described('tags', e, true)}>`, e, 'Cách nhau bằng dấu phẩy')}
<fieldset><legend>Tác giả</legend>
${field('bylineKind', 'Hình thức', html`<select id="f-bylineKind" name="bylineKind"${inArticleForm}>${BYLINE_KINDS.map((k) => html`<option value="${k}"${k === (v.bylineKind ?? '') ? html` selected` : ''}>${k || '(không ghi)'}</option>`)}</select>`, e)}
${field('bylineName', 'Tên', html`<input id="f-bylineName" name="bylineName" type="text" maxlength="150" value="${v.bylineName ?? ''}"${inArticleForm}${described('bylineName', e, true)}>`, e, 'Ghi đúng như sẽ in dưới bài, ví dụ: Lê Hải')}
${field('source', 'Nguồn', html`<input id="f-source" name="source" type="text" maxlength="200" value="${v.source ?? ''}"${inArticleForm}>`, e)}
</fieldset>
</section>
<section class="settings-group" aria-labelledby="anh-dai-dien"><h3 id="anh-dai-dien">Ảnh</h3>
${leadImagePickerView(m.leadImages, v.leadImageId, e)}
</section>
<section class="settings-group" aria-labelledby="seo"><h3 id="seo">Đường dẫn và SEO</h3>
${field('slug', 'Đường dẫn', html`<input id="f-slug" name="slug" type="text" maxlength="150" value="${v.slug ?? ''}"${inArticleForm}${described('slug', e, true)}>`, e, 'Để trống để tạo từ tiêu đề')}
${field('seoTitle', 'Tiêu đề SEO', html`<input id="f-seoTitle" name="seoTitle" type="text" maxlength="300" value="${v.seoTitle ?? ''}"${inArticleForm}>`, e)}
${field('seoDescription', 'Mô tả SEO', html`<textarea id="f-seoDescription" name="seoDescription" rows="2" maxlength="500"${inArticleForm}>${v.seoDescription ?? ''}</textarea>`, e)}
${seoPreviewView(m.seo)}
</section>
<section class="settings-group" aria-labelledby="hen-han"><h3 id="hen-han">Thời hạn</h3>
${field('expiresAt', 'Hết hạn lúc (giờ Việt Nam)', html`<input id="f-expiresAt" name="expiresAt" type="datetime-local" value="${toNewsroomLocalInput(v.expiresAt)}"${inArticleForm}${described('expiresAt', e)}>`, e)}
</section>` : ''}${m.panels ?? ''}
</aside>`
}
