import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { DEFAULT_COLOURS, FONT_CATALOGUE, FONT_KEYS, FONTS } from '../../site/index.ts'
import { ADMIN, csrfField, inputField, type FormState } from './admin-form.view.ts'

export interface ImageChoice {
  id: string
  label: string
  /** Shown by the live preview. */
  url: string
  selected: boolean
}

const fontOptions = (form: FormState, name: string) => {
  const chosen = form.values[name] ?? ''
  return html`<option value=""${chosen === '' ? html` selected` : ''} data-stack="">Phông chữ của hệ thống (mặc định)</option>
${FONT_KEYS.map((key) => html`<option value="${key}"${chosen === key ? html` selected` : ''} data-stack="${`"${FONTS[key].family}",${FONTS[key].fallback}`}">${FONTS[key].label}</option>`)}`
}

function selectFrame(form: FormState, name: string, label: string, options: SafeHtml, hint: string): SafeHtml {
  const error = form.errors[name]
  return html`<p class="field"><label for="f-${name}">${label}</label><br>
<select id="f-${name}" name="${name}"${error ? html` aria-invalid="true" aria-describedby="e-${name}"` : ''}>${options}</select><br><small class="muted">${hint}</small>
${error ? html`<br><span class="field-error" id="e-${name}">${error}</span>` : ''}</p>`
}

/**
 * Colours, banner and fonts of the public pages. A script (site/brand/browser/brand-preview.js)
 * shows the header, menu and links with what is typed, before it is saved.
 */
export function brandFormView(form: FormState, csrfToken: string, saved: boolean, banners: ImageChoice[]): SafeHtml {
  const hex = 'Dạng #RRGGBB; để trống để dùng màu mặc định'
  return html`<link rel="stylesheet" href="${FONT_CATALOGUE.url}">
<h2 id="giao-dien">Giao diện</h2>
${saved ? html`<p role="status" class="saved">Đã lưu giao diện. Trang công khai đã dùng màu và phông chữ mới.</p>` : ''}
<form method="post" action="${ADMIN}/cai-dat/giao-dien" class="form brand-form" aria-labelledby="giao-dien">
${csrfField(csrfToken)}
<p class="muted">Màu chữ và vòng tiêu điểm được kiểm tra độ tương phản theo chuẩn WCAG AA (4,5:1 cho chữ, 3:1 cho vòng tiêu điểm) khi lưu.</p>
<fieldset><legend>Màu sắc</legend>
${inputField(form, 'primary', 'Màu chủ đạo (đầu trang, thanh chuyên mục, tiêu đề khối, nút)', { maxlength: 7, hint: `${hex} (${DEFAULT_COLOURS.primary}).` })}
${inputField(form, 'accent', 'Màu nhấn (liên kết, vòng tiêu điểm)', { maxlength: 7, hint: `${hex} (${DEFAULT_COLOURS.accent}).` })}
${inputField(form, 'headerBackground', 'Màu nền đầu trang', { maxlength: 7, hint: `${hex}: cùng màu chủ đạo.` })}
${selectFrame(form, 'headerImageMediaId', 'Ảnh băng rôn đầu trang', html`<option value="" data-url="">(không dùng ảnh)</option>
${banners.map((b) => html`<option value="${b.id}" data-url="${b.url}"${b.selected ? html` selected` : ''}>${b.label}</option>`)}`, 'Ảnh phủ lên màu nền đầu trang; chọn ảnh tối để chữ trắng dễ đọc.')}
</fieldset>
<fieldset><legend>Phông chữ</legend>
${selectFrame(form, 'bodyFont', 'Phông chữ nội dung', fontOptions(form, 'bodyFont'), 'Các phông chữ hiển thị tốt tiếng Việt, tải từ chính trang.')}
${selectFrame(form, 'headingFont', 'Phông chữ tiêu đề', fontOptions(form, 'headingFont'), 'Dùng cho tên trang và các tiêu đề.')}
</fieldset>
<div class="brand-preview" id="xem-truoc-giao-dien" data-primary="${DEFAULT_COLOURS.primary}" data-accent="${DEFAULT_COLOURS.accent}" hidden>
<p class="brand-preview-caption">Xem trước (chưa lưu)</p>
<div class="brand-preview-header"><span class="brand-preview-title">Tên trang</span><span class="brand-preview-tagline">Khẩu hiệu của trang</span></div>
<div class="brand-preview-nav"><span>Trang chủ</span> <span>Tin tức</span> <span>Dân vận</span></div>
<div class="brand-preview-body"><h3 class="brand-preview-heading">Tiêu đề mục</h3><p>Đoạn văn bản có <a href="#xem-truoc-giao-dien">một liên kết</a> để xem màu nhấn.</p><span class="brand-preview-block">Tiêu đề khối</span></div>
</div>
<p><button type="submit">Lưu giao diện</button></p>
</form>`
}
