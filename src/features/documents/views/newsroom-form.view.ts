import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { RELATION_KINDS, RELATION_NAMES, VALIDITIES, VALIDITY_NAMES, type Validity } from '../document.ts'
import type { DocumentDetail } from '../document.repository.ts'
import type { DocumentSave } from '../newsroom-list.repository.ts'
import { DOCUMENTS } from './newsroom-list.view.ts'
import { STATUS_LABELS } from './newsroom-words.ts'

// The document's form, in the article editor's layout (editor.css): the text on the left, the
// register's settings on the right, a bar with the save state and "Lưu". Controls of the settings
// column belong to the form through form="van-ban", so one plain POST saves everything without
// JavaScript; with it, the article editor's scripts give the rich text and the autosave.

export const DOCUMENT_FORM_ID = 'van-ban'

/** The form's fields as typed (shown again as typed when the service refuses them). */
export const TEXT_FIELDS = [
  'kindId', 'issuerId', 'number', 'title', 'summary', 'signer', 'issuedOn', 'effectiveFrom', 'effectiveUntil', 'validityOverride', 'validityReason', 'bodyHtml',
] as const
export type DocumentFormValues = Record<(typeof TEXT_FIELDS)[number], string> & { fieldIds: string[] }

export interface RelationForm {
  values: { kind: string; number: string }
  errors: Record<string, string>
}

export interface DocumentFormModel {
  document: DocumentDetail | undefined
  values: DocumentFormValues
  errors: Record<string, string>
  kinds: { id: number; name: string; isActive: boolean }[]
  issuers: { id: number; name: string; depth: number }[]
  fields: { id: number; name: string }[]
  csrfToken: string
  canPublish: boolean
  notice?: string
  /** Someone else saved since this copy was opened: said above the form, which keeps what was typed. */
  conflict?: string
  relation: RelationForm
  publication: { errors: Record<string, string>; publishAt: string }
  /** When it was saved and by whom, newest first. */
  saves: DocumentSave[]
}

const inForm = html` form="${DOCUMENT_FORM_ID}"`

function field(name: string, label: string, control: SafeHtml, errors: Record<string, string>, hint?: string): SafeHtml {
  return html`<p class="field">
<label for="f-${name}" id="l-${name}">${label}</label>
${control}
${hint ? html`<small class="muted hint" id="h-${name}">${hint}</small>` : ''}
${errors[name] ? html`<span class="field-error" id="e-${name}">${errors[name]}</span>` : ''}
</p>`
}

function described(name: string, errors: Record<string, string>, hinted = false): SafeHtml {
  if (errors[name]) return html` aria-invalid="true" aria-describedby="e-${name}${hinted ? html` h-${name}` : ''}"`
  return hinted ? html` aria-describedby="h-${name}"` : html``
}

const selected = (on: boolean) => (on ? html` selected` : '')

export function documentFormView(m: DocumentFormModel): SafeHtml {
  const e = m.errors
  const d = m.document
  return html`<div class="editor document-editor">
<p><a href="${DOCUMENTS}">← Văn bản</a></p>
<h1>${d ? `Văn bản ${d.number}` : 'Thêm văn bản'}</h1>
${m.notice ? html`<p class="notice" role="status">${m.notice}</p>` : ''}
${m.conflict ? html`<p class="form-error edit-conflict" role="alert">${m.conflict} Bấm Lưu lần nữa sẽ thay bản của người kia bằng nội dung dưới đây.</p>` : ''}
${Object.keys(e).length > 0 ? html`<p class="form-error" role="alert">Biểu mẫu có chỗ chưa hợp lệ, xin xem các ô được đánh dấu.</p>` : ''}
<div class="editor-bar">
<p class="save-state autosave-status" role="status" data-save-state>${d ? `Lưu lần cuối ${formatNewsroomTime(d.updatedAt)}` : 'Chưa lưu'}</p>
<button type="submit" form="${DOCUMENT_FORM_ID}" class="button-primary" aria-keyshortcuts="Control+S">Lưu</button>
</div>
<div class="editor-columns">
${contentColumn(m)}
${settingsColumn(m)}
</div>
${m.saves.length > 0 ? html`<section aria-labelledby="phien-ban" class="revisions-section"><h2 id="phien-ban">Các lần lưu</h2><ol class="revisions">${m.saves.map((r) => html`<li><a href="${DOCUMENTS}/${m.document!.id}/phien-ban/${r.id}">${formatNewsroomTime(r.savedAt)}</a> · ${r.savedByName ?? '—'}</li>`)}</ol></section>` : ''}
</div>`
}

function contentColumn(m: DocumentFormModel): SafeHtml {
  const v = m.values
  const e = m.errors
  const d = m.document
  // Autosave only while a draft: a published document's text changes on readers' pages when "Lưu" is pressed, not mid-sentence.
  return html`<div class="editor-content">
<form method="post" action="${d ? `${DOCUMENTS}/${d.id}` : DOCUMENTS}" id="${DOCUMENT_FORM_ID}" class="form article-form document-form"${d && d.status === 'draft' ? html` data-autosave` : ''}>
<input type="hidden" name="_csrf" value="${m.csrfToken}">
${d ? html`<input type="hidden" name="version" value="${d.updatedAt.getTime()}">` : ''}
${field('number', 'Số, ký hiệu', html`<input id="f-number" name="number" type="text" required maxlength="100" value="${v.number}"${described('number', e, true)}>`, e, 'Ghi đúng như trên văn bản, ví dụ: 15/2021/QĐ-UBND, 35-NQ/TW, 456/UBND-KT')}
${field('summary', 'Trích yếu', html`<textarea id="f-summary" name="summary" rows="3" required maxlength="2000"${described('summary', e)}>${v.summary}</textarea>`, e)}
${field('title', 'Tiêu đề (không bắt buộc)', html`<input id="f-title" name="title" type="text" maxlength="500" value="${v.title}"${described('title', e)}>`, e)}
${field('bodyHtml', 'Toàn văn (không bắt buộc)', html`<textarea id="f-bodyHtml" name="bodyHtml" rows="14" class="body-editor" data-text-only${described('bodyHtml', e, true)}>${v.bodyHtml}</textarea>`, e, 'Đoạn văn, tiêu đề, danh sách, bảng và liên kết; mã lạ sẽ bị loại bỏ khi lưu.')}
</form>
${d ? relationsSection(m, d) : ''}
${d ? filesSection(m, d) : ''}
</div>`
}

function settingsColumn(m: DocumentFormModel): SafeHtml {
  const v = m.values
  const e = m.errors
  const d = m.document
  return html`<aside class="editor-settings" aria-labelledby="thiet-lap">
<h2 id="thiet-lap" class="visually-hidden">Thông tin văn bản</h2>
${d ? publicationSection(m, d) : ''}
<section class="settings-group" aria-labelledby="phan-loai"><h3 id="phan-loai">Phân loại</h3>
${field('kindId', 'Loại văn bản', html`<select id="f-kindId" name="kindId"${inForm}${described('kindId', e)}><option value="">— Chọn loại —</option>${m.kinds.filter((k) => k.isActive || String(k.id) === v.kindId).map((k) => html`<option value="${k.id}"${selected(String(k.id) === v.kindId)}>${k.name}</option>`)}</select>`, e)}
${field('issuerId', 'Cơ quan ban hành', html`<select id="f-issuerId" name="issuerId"${inForm}${described('issuerId', e)}><option value="">— Chọn cơ quan —</option>${m.issuers.map((i) => html`<option value="${i.id}"${selected(String(i.id) === v.issuerId)}>${'— '.repeat(i.depth)}${i.name}</option>`)}</select>`, e)}
<fieldset class="document-fields"${e.fieldIds ? html` aria-describedby="e-fieldIds"` : ''}><legend>Lĩnh vực</legend>
${m.fields.length === 0 ? html`<p class="muted">Chưa có lĩnh vực nào.</p>` : m.fields.map((f) => html`<label class="choice"><input type="checkbox" name="fieldIds" value="${f.id}"${inForm}${v.fieldIds.includes(String(f.id)) ? html` checked` : ''}> ${f.name}</label> `)}
${e.fieldIds ? html`<span class="field-error" id="e-fieldIds">${e.fieldIds}</span>` : ''}
</fieldset>
${field('signer', 'Người ký', html`<input id="f-signer" name="signer" type="text" maxlength="200" value="${v.signer}"${inForm}${described('signer', e)}>`, e)}
</section>
<section class="settings-group" aria-labelledby="ngay-thang"><h3 id="ngay-thang">Ngày tháng</h3>
${field('issuedOn', 'Ngày ban hành', html`<input id="f-issuedOn" name="issuedOn" type="date" required value="${v.issuedOn}"${inForm}${described('issuedOn', e)}>`, e)}
${field('effectiveFrom', 'Có hiệu lực từ', html`<input id="f-effectiveFrom" name="effectiveFrom" type="date" value="${v.effectiveFrom}"${inForm}${described('effectiveFrom', e)}>`, e)}
${field('effectiveUntil', 'Hết hiệu lực từ (không bắt buộc)', html`<input id="f-effectiveUntil" name="effectiveUntil" type="date" value="${v.effectiveUntil}"${inForm}${described('effectiveUntil', e)}>`, e)}
</section>
<section class="settings-group" aria-labelledby="hieu-luc"><h3 id="hieu-luc">Hiệu lực</h3>
${d ? html`<p>Hiệu lực hiện nay: <strong class="document-validity">${!d.kind.hasValidity ? 'không áp dụng cho loại văn bản này' : d.validity ? VALIDITY_NAMES[d.validity] : 'chưa xác định'}</strong>${d.validityOverride ? ' (do văn thư đặt)' : ''}</p>` : ''}
${field('validityOverride', 'Đặt hiệu lực khác đề xuất', html`<select id="f-validityOverride" name="validityOverride"${inForm}${described('validityOverride', e, true)}><option value="">Theo ngày tháng và quan hệ (đề xuất)</option>${VALIDITIES.map((x: Validity) => html`<option value="${x}"${selected(x === v.validityOverride)}>${VALIDITY_NAMES[x]}</option>`)}</select>`, e, 'Chỉ khi hiệu lực thực tế khác đề xuất, ví dụ hết hiệu lực một phần hay bị ngưng.')}
${field('validityReason', 'Lý do (hiện cho bạn đọc)', html`<textarea id="f-validityReason" name="validityReason" rows="2" maxlength="1000"${inForm}${described('validityReason', e)}>${v.validityReason}</textarea>`, e)}
</section>
</aside>`
}

function publicationSection(m: DocumentFormModel, d: DocumentDetail): SafeHtml {
  const pe = m.publication.errors
  const hidden = html`<input type="hidden" name="_csrf" value="${m.csrfToken}">`
  return html`<section class="settings-group" aria-labelledby="dang-tai"><h3 id="dang-tai">Đăng tải</h3>
<p>Trạng thái: <strong class="document-status">${STATUS_LABELS[d.status]}</strong>${d.status === 'scheduled' && d.publishAt ? html` · hẹn đăng lúc ${formatNewsroomTime(d.publishAt)}` : ''}${d.status === 'published' && d.publishedAt ? html` · đăng lúc ${formatNewsroomTime(d.publishedAt)}` : ''}</p>
${pe.publication ? html`<p class="field-error" role="alert" id="e-publication">${pe.publication}</p>` : ''}
${m.canPublish ? html`<div class="workflow-actions">
${d.status !== 'published' ? html`<form method="post" action="${DOCUMENTS}/${d.id}/dang" class="transition">${hidden}<button type="submit" class="button-primary">Đăng ngay</button></form>
<form method="post" action="${DOCUMENTS}/${d.id}/hen-gio" class="transition">${hidden}
<p class="field"><label for="f-publishAt">Hẹn đăng lúc (giờ Việt Nam)</label>
<input id="f-publishAt" name="publishAt" type="datetime-local" value="${m.publication.publishAt}"${pe.publishAt ? html` aria-invalid="true" aria-describedby="e-publishAt"` : ''}>
${pe.publishAt ? html`<span class="field-error" id="e-publishAt">${pe.publishAt}</span>` : ''}</p>
<button type="submit" class="button-secondary">Hẹn giờ đăng</button></form>` : ''}
${d.status !== 'draft' ? html`<form method="post" action="${DOCUMENTS}/${d.id}/go" class="transition" data-confirm="Gỡ văn bản này khỏi trang cho bạn đọc?">${hidden}<button type="submit" class="button-danger">${d.status === 'scheduled' ? 'Bỏ hẹn giờ' : 'Gỡ xuống'}</button></form>` : ''}
</div>` : html`<p class="muted">Người có quyền đăng văn bản sẽ đăng văn bản này.</p>`}
</section>`
}

function relationsSection(m: DocumentFormModel, d: DocumentDetail): SafeHtml {
  const re = m.relation.errors
  const rv = m.relation.values
  return html`<section class="settings-group document-relations" aria-labelledby="quan-he"><h2 id="quan-he">Quan hệ với văn bản khác</h2>
${d.relations.length === 0 ? html`<p class="muted">Chưa có quan hệ nào.</p>` : html`<ul class="relations">${d.relations.map((r) => html`<li>${r.label}: <a href="${DOCUMENTS}/${r.document.id}">${r.document.number}</a> — ${r.document.summary}
<form method="post" action="${DOCUMENTS}/${d.id}/quan-he/xoa" class="inline-form"><input type="hidden" name="_csrf" value="${m.csrfToken}"><input type="hidden" name="kind" value="${r.kind}"><input type="hidden" name="otherId" value="${r.document.id}"><input type="hidden" name="side" value="${r.side}">
<button type="submit" class="button-quiet">Bỏ quan hệ</button></form></li>`)}</ul>`}
<form method="post" action="${DOCUMENTS}/${d.id}/quan-he" class="relation-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-relationKind">Văn bản này</label>
<select id="f-relationKind" name="kind"${re.kind ? html` aria-invalid="true" aria-describedby="e-relationKind"` : ''}>${RELATION_KINDS.map((k) => html`<option value="${k}"${selected(k === rv.kind)}>${RELATION_NAMES[k].acting}</option>`)}</select>
${re.kind ? html`<span class="field-error" id="e-relationKind">${re.kind}</span>` : ''}</p>
<p class="field"><label for="f-relationNumber">Số, ký hiệu của văn bản kia</label>
<input id="f-relationNumber" name="number" type="text" maxlength="100" value="${rv.number}"${re.number ? html` aria-invalid="true" aria-describedby="e-relationNumber"` : ''}>
${re.number ? html`<span class="field-error" id="e-relationNumber">${re.number}</span>` : ''}</p>
<button type="submit" class="button-secondary">Thêm quan hệ</button>
</form>
</section>`
}

const SIZE = new Intl.NumberFormat('vi', { maximumFractionDigits: 1 })
function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${SIZE.format(bytes / 1024)} KB`
  return `${SIZE.format(bytes / 1024 / 1024)} MB`
}

const TEXT_STATE_NOTES: Record<string, string> = {
  no_text: 'Tệp PDF dạng ảnh, không tìm được nội dung',
  legacy_encoding: 'Chữ trong tệp theo bảng mã cũ (TCVN3/VNI), chưa tìm được nội dung',
}

/** The upload (the files part of the module serves it) reads the CSRF field before any byte of the file: it comes first. */
function filesSection(m: DocumentFormModel, d: DocumentDetail): SafeHtml {
  return html`<section class="settings-group document-files" aria-labelledby="tep-dinh-kem"><h2 id="tep-dinh-kem">Tệp đính kèm</h2>
${d.files.length === 0 ? html`<p class="muted">Chưa có tệp nào.</p>` : html`<ul class="files">${d.files.map((f) => html`<li><a href="${DOCUMENTS}/tep/${f.id}/${encodeURIComponent(f.fileName)}">${f.fileName}</a> <span class="muted">(${f.mediaType}, ${fileSize(f.bytes)})</span>${TEXT_STATE_NOTES[f.textState] ? html` <span class="badge badge-pending">${TEXT_STATE_NOTES[f.textState]!}</span>` : ''}</li>`)}</ul>`}
${d.files.length > 1 ? html`<p><a href="${DOCUMENTS}/${d.id}/tep">Sắp xếp, xóa tệp</a></p>` : d.files.length === 1 ? html`<p><a href="${DOCUMENTS}/${d.id}/tep">Xóa tệp</a></p>` : ''}
<form method="post" action="${DOCUMENTS}/${d.id}/tep" enctype="multipart/form-data" class="file-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-file">Thêm tệp (PDF, DOC, DOCX, XLS, XLSX, ODT, hoặc ảnh quét JPG, PNG)</label>
<input id="f-file" name="file" type="file" required accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.jpg,.jpeg,.png"></p>
<button type="submit" class="button-secondary">Tải lên</button>
</form>
</section>`
}
