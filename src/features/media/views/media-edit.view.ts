import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { ALT_MAX, CAPTION_MAX, imageSources, type MediaItem } from '../media.ts'
import type { MediaText } from '../media-text.ts'

export interface MediaEditModel {
  item: MediaItem
  values: MediaText
  errors: Record<string, string>
  csrfToken: string
  saved: boolean
}

const error = (name: string, errors: Record<string, string>) =>
  (errors[name] ? html`<br><span class="field-error" id="e-${name}">${errors[name]}</span>` : '')
const invalid = (name: string, errors: Record<string, string>) => (errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : '')

export function mediaEditView(m: MediaEditModel): SafeHtml {
  const { item, values: v, errors: e } = m
  const s = imageSources(item)
  return html`<h1>Ảnh: ${item.alt || item.originalName || `#${item.id}`}</h1>
<p><a href="/toa-soan/anh">← Thư viện ảnh</a></p>
${m.saved ? html`<p class="notice" role="status">Đã lưu các thay đổi.</p>` : ''}
${e.delete ? html`<p class="form-error" role="alert" id="e-delete">${e.delete}</p>` : ''}
${Object.keys(e).some((k) => k !== 'delete') ? html`<p class="form-error" role="alert">Biểu mẫu có chỗ chưa hợp lệ, xin xem các ô được đánh dấu.</p>` : ''}
<figure class="media-preview"><img src="${s.src}" srcset="${s.srcset}" sizes="${s.sizes}" alt="${item.alt}" width="${s.width}" height="${s.height}"></figure>
<dl class="media-facts">
<dt>Kích thước</dt><dd>${item.width} × ${item.height} điểm ảnh, ${Math.ceil(item.bytes / 1024)} KB (các cỡ: ${item.widths.join(', ')})</dd>
<dt>Tệp gốc</dt><dd>${item.originalName || '—'} (${item.mime})</dd>
<dt>Người tải lên</dt><dd>${item.uploaderName ?? '—'}, ${formatNewsroomTime(item.createdAt)}</dd>
<dt>Địa chỉ</dt><dd><code>${s.src}</code></dd>
</dl>
<form method="post" action="/toa-soan/anh/${item.id}" class="form media-edit-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-alt">Lời mô tả ảnh (cho người không xem được ảnh)</label><br>
<input id="f-alt" name="alt" type="text" maxlength="${ALT_MAX}" value="${v.alt}"${invalid('alt', e)}>${error('alt', e)}</p>
<p class="field"><label for="f-caption">Chú thích</label><br>
<textarea id="f-caption" name="caption" rows="3" maxlength="${CAPTION_MAX}"${invalid('caption', e)}>${v.caption}</textarea>${error('caption', e)}</p>
<p><button type="submit">Lưu</button></p>
</form>
<form method="post" action="/toa-soan/anh/${item.id}/xoa" class="form media-delete-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="muted">Ảnh chỉ xoá được khi không bài viết nào và không phải logo của trang đang dùng nó. Xoá rồi thì không lấy lại được.</p>
<p><button type="submit" class="danger">Xoá ảnh này</button></p>
</form>`
}
