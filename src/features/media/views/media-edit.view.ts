import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { ALT_MAX, CAPTION_MAX, imageSources, LOCAL_MEDIA_BASE, thumbSrcset, type MediaItem } from '../media.ts'
import type { MediaText } from '../media-text.ts'

/** The form's fields as typed (the focal point as text, so a wrong number is shown back as it was). */
export interface MediaEditValues extends MediaText {
  focusX: string
  focusY: string
}

export interface MediaEditModel {
  item: MediaItem
  values: MediaEditValues
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
<figure class="media-preview focus-picker" data-focus-x="${item.focus.x}" data-focus-y="${item.focus.y}"><img src="${s.src}" srcset="${s.srcset}" sizes="${s.sizes}" alt="${item.alt}" width="${s.width}" height="${s.height}"><span class="focus-marker" hidden></span></figure>
${thumbView(item)}
<dl class="media-facts">
<dt>Kích thước</dt><dd>${item.width} × ${item.height} điểm ảnh, ${Math.ceil(item.bytes / 1024)} KB (các cỡ: ${item.widths.join(', ')})</dd>
<dt>Tệp gốc</dt><dd>${item.originalName || '—'} (${item.mime})${item.original ? html` · <a href="${LOCAL_MEDIA_BASE}/${item.original.key}" download>Tải ảnh gốc (${item.original.width} × ${item.original.height} điểm ảnh, đã xoá thông tin ẩn)</a>` : ''}</dd>
<dt>Người tải lên</dt><dd>${item.uploaderName ?? '—'}, ${formatNewsroomTime(item.createdAt)}</dd>
<dt>Địa chỉ</dt><dd><code>${s.src}</code></dd>
</dl>
<form method="post" action="/toa-soan/anh/${item.id}" class="form media-edit-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-alt">Lời mô tả ảnh (cho người không xem được ảnh)</label><br>
<input id="f-alt" name="alt" type="text" maxlength="${ALT_MAX}" value="${v.alt}"${invalid('alt', e)}>${error('alt', e)}</p>
<p class="field"><label for="f-caption">Chú thích</label><br>
<textarea id="f-caption" name="caption" rows="3" maxlength="${CAPTION_MAX}"${invalid('caption', e)}>${v.caption}</textarea>${error('caption', e)}</p>
<fieldset class="focus-fields"><legend>Điểm nhìn của ảnh</legend>
<p class="muted" id="h-focus">Ảnh thu nhỏ ở trang chủ và các danh sách được cắt quanh điểm này. Bấm vào ảnh ở trên để chọn, hoặc gõ vị trí tính theo phần trăm (0 là mép trái hoặc mép trên, 100 là mép phải hoặc mép dưới).</p>
<p class="field"><label for="f-focusX">Theo chiều ngang (%)</label>
<input id="f-focusX" name="focusX" type="number" min="0" max="100" step="1" inputmode="numeric" value="${v.focusX}" aria-describedby="h-focus${e.focusX ? ' e-focusX' : ''}"${e.focusX ? html` aria-invalid="true"` : ''}>${error('focusX', e)}</p>
<p class="field"><label for="f-focusY">Theo chiều dọc (%)</label>
<input id="f-focusY" name="focusY" type="number" min="0" max="100" step="1" inputmode="numeric" value="${v.focusY}" aria-describedby="h-focus${e.focusY ? ' e-focusY' : ''}"${e.focusY ? html` aria-invalid="true"` : ''}>${error('focusY', e)}</p>
</fieldset>
<p><button type="submit">Lưu</button></p>
</form>
<form method="post" action="/toa-soan/anh/${item.id}/xoa" class="form media-delete-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="muted">Ảnh chỉ xoá được khi không bài viết nào và không phải logo của trang đang dùng nó. Xoá rồi thì không lấy lại được.</p>
<p><button type="submit" class="danger">Xoá ảnh này</button></p>
</form>`
}

/** The 3:2 thumbnail lists show, as cut around the focal point now. */
function thumbView(item: MediaItem): SafeHtml | '' {
  const srcset = thumbSrcset(item)
  if (!srcset) return ''
  const first = srcset.split(', ')[0]!.split(' ')[0]!
  return html`<figure class="media-thumb-preview"><img src="${first}" srcset="${srcset}" sizes="240px" alt="" width="240" height="160"><figcaption class="muted">Ảnh thu nhỏ hiện tại</figcaption></figure>`
}
