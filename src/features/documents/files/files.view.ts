import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { FileTextState } from '../document.ts'
import type { DocumentFile } from './document-file.repository.ts'
import { ACCEPTED_KINDS_VI, FILE_KINDS, kindOfMediaType } from './file-kinds.ts'
import { megabytes } from './attach-file.ts'
import { documentFilePath } from './serve-file.ts'

/** What the newsroom is told of a file's text, when it matters: search will not find its words. */
export const TEXT_STATE_NOTES: Record<FileTextState, string> = {
  ok: '',
  no_text: 'Tệp PDF dạng ảnh, không tìm được nội dung',
  legacy_encoding: 'Chữ trong tệp dùng bảng mã cũ (TCVN3/VNI), tìm kiếm chưa đọc được nội dung',
  none: '',
}

export const fileKindLabel = (mediaType: string) => {
  const kind = kindOfMediaType(mediaType)
  return kind ? FILE_KINDS[kind].label : mediaType
}

/** "1,2 MB", "350 KB": the size as the newsroom and readers read it. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`
  return `${megabytes(bytes).toLocaleString('vi-VN')} MB`
}

export interface FilesScreen {
  documentId: number
  heading: { number: string; summary: string }
  files: DocumentFile[]
  maxBytes: number
  csrfToken: string
  notice?: string
  error?: string
}

const button = (action: string, label: string, title: string, csrfToken: string) =>
  html`<form method="post" action="${action}" class="inline-form"><input type="hidden" name="_csrf" value="${csrfToken}"><button type="submit" aria-label="${title}">${label}</button></form>`

export function filesScreenView(m: FilesScreen): SafeHtml {
  const base = `/toa-soan/van-ban/${m.documentId}/tep`
  return html`<h1>Tệp đính kèm</h1>
<p>Văn bản số ${m.heading.number}: ${m.heading.summary}</p>
${m.notice ? html`<p class="notice" role="status">${m.notice}</p>` : ''}
${m.error ? html`<p class="form-error" role="alert" id="e-file">${m.error}</p>` : ''}
${m.files.length === 0 ? html`<p>Văn bản chưa có tệp nào.</p>` : html`<table class="document-files">
<caption>Các tệp, theo thứ tự bạn đọc thấy</caption>
<thead><tr><th scope="col">Tệp</th><th scope="col">Loại</th><th scope="col">Dung lượng</th><th scope="col">Nội dung</th><th scope="col">Thao tác</th></tr></thead>
<tbody>${m.files.map((f) => html`<tr data-file="${f.id}">
<td><a href="${documentFilePath('/toa-soan/van-ban', f)}">${f.fileName}</a></td>
<td>${fileKindLabel(f.mediaType)}</td><td>${fileSize(f.bytes)}</td>
<td class="text-state text-state-${f.textState}">${TEXT_STATE_NOTES[f.textState] || (f.textState === 'ok' ? 'Tìm kiếm đọc được' : 'Không đọc nội dung loại tệp này')}</td>
<td>${button(`${base}/${f.id}/len`, '↑', `Đưa “${f.fileName}” lên`, m.csrfToken)} ${button(`${base}/${f.id}/xuong`, '↓', `Đưa “${f.fileName}” xuống`, m.csrfToken)} ${button(`${base}/${f.id}/xoa`, 'Xóa', `Xóa “${f.fileName}”`, m.csrfToken)}</td>
</tr>`)}</tbody></table>`}
<form method="post" action="${base}" enctype="multipart/form-data" class="form upload-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-file">Thêm tệp</label><br>
<input id="f-file" name="file" type="file" required accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.jpg,.jpeg,.png" aria-describedby="h-file${m.error ? ' e-file' : ''}"${m.error ? html` aria-invalid="true"` : ''}>
<br><span class="muted" id="h-file">${ACCEPTED_KINDS_VI}; tối đa ${megabytes(m.maxBytes).toLocaleString('vi-VN')} MB.</span></p>
<p><button type="submit">Tải lên</button></p>
</form>`
}

export function fileLimitView(m: { maxMegabytes: string; csrfToken: string; error?: string; saved?: boolean }): SafeHtml {
  return html`<h1>Giới hạn tệp đính kèm văn bản</h1>
${m.saved ? html`<p class="notice" role="status">Đã lưu.</p>` : ''}
<form method="post" action="/toa-soan/van-ban/gioi-han-tep" class="form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-max">Dung lượng tối đa của một tệp (MB)</label><br>
<input id="f-max" name="maxMegabytes" inputmode="numeric" value="${m.maxMegabytes}" required${m.error ? html` aria-invalid="true" aria-describedby="e-max"` : ''}>
${m.error ? html`<br><span class="field-error" id="e-max">${m.error}</span>` : ''}</p>
<p><button type="submit">Lưu</button></p>
</form>`
}
