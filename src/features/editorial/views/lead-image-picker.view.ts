import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { described, inArticleForm } from './editor-field.view.ts'

/** A library image offered as the lead image, by its smallest copy. */
export interface LeadImageChoice {
  id: number
  thumbnailUrl: string
  alt: string
  width: number
  height: number
}

/**
 * The lead image as a grid of the library's recent images, each a radio button with its
 * thumbnail: it works without JavaScript. browser/lead-image-picker.ts adds uploading (drag and
 * drop or a file input) into the same grid; it is kept apart so that it can later open the
 * library's shared picker instead.
 */
export function leadImagePickerView(choices: LeadImageChoice[], selected: number | undefined, errors: Record<string, string>): SafeHtml {
  const radio = (value: string, checked: boolean) =>
    html`<input type="radio" name="leadImageId" value="${value}"${checked ? html` checked` : ''}${inArticleForm}>`
  return html`<fieldset class="lead-image-picker" id="f-leadImageId" data-upload-url="/toa-soan/anh.json"${described('leadImageId', errors, true)}>
<legend>Ảnh đại diện</legend>
<ul class="lead-image-grid">
<li><label class="lead-image-choice lead-image-none">${radio('', selected === undefined)}<span>Không có ảnh</span></label></li>
${choices.map((c) => html`<li><label class="lead-image-choice">${radio(String(c.id), c.id === selected)}<img src="${c.thumbnailUrl}" alt="" width="${c.width}" height="${c.height}" loading="lazy" decoding="async"><span>${c.alt || `Ảnh #${c.id}`}</span></label></li>`)}
</ul>
<small class="muted hint" id="h-leadImageId">Chọn một ảnh gần đây; ảnh khác ở mục <a href="/toa-soan/anh">Thư viện ảnh</a>.</small>
${errors.leadImageId ? html`<span class="field-error" id="e-leadImageId">${errors.leadImageId}</span>` : ''}
</fieldset>`
}
