import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { ALT_MAX, CAPTION_MAX } from '../media.ts'
import type { MediaText } from '../media-text.ts'

export interface UploadFormModel {
  values: MediaText
  /** Field name (file, alt, caption) → what to tell the person. */
  errors: Record<string, string>
  csrfToken: string
}

const error = (name: string, errors: Record<string, string>) =>
  (errors[name] ? html`<br><span class="field-error" id="e-${name}">${errors[name]}</span>` : '')
const described = (name: string, errors: Record<string, string>, hint?: string) => {
  const ids = [hint, errors[name] ? `e-${name}` : undefined].filter(Boolean).join(' ')
  return html`${errors[name] ? html` aria-invalid="true"` : ''}${ids ? html` aria-describedby="${ids}"` : ''}`
}

/** Works without JavaScript: a plain multipart form, the token as a field. */
export function uploadFormView(m: UploadFormModel): SafeHtml {
  const e = m.errors
  return html`<h1>Tải ảnh lên</h1>
<p><a href="/toa-soan/anh">← Thư viện ảnh</a></p>
${Object.keys(e).length > 0 ? html`<p class="form-error" role="alert">Chưa tải được ảnh lên, xin xem các ô được đánh dấu.</p>` : ''}
<form method="post" action="/toa-soan/anh" enctype="multipart/form-data" class="form upload-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-file">Tệp ảnh</label><br>
<input id="f-file" name="file" type="file" required accept="image/jpeg,image/png,image/webp,image/gif"${described('file', e, 'h-file')}>
<br><span class="muted" id="h-file">Ảnh JPEG, PNG, WebP hoặc GIF, tối đa 15 MB và 40 megapixel. Thông tin ẩn trong ảnh (vị trí GPS, máy chụp) sẽ được xóa.</span>${error('file', e)}</p>
<p class="field"><label for="f-alt">Lời mô tả ảnh (cho người không xem được ảnh)</label><br>
<input id="f-alt" name="alt" type="text" maxlength="${ALT_MAX}" value="${m.values.alt}"${described('alt', e)}>${error('alt', e)}</p>
<p class="field"><label for="f-caption">Chú thích</label><br>
<textarea id="f-caption" name="caption" rows="3" maxlength="${CAPTION_MAX}"${described('caption', e)}>${m.values.caption}</textarea>${error('caption', e)}</p>
<p><button type="submit">Tải lên</button></p>
</form>`
}
