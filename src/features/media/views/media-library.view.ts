import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { imageSources, type MediaItem } from '../media.ts'

const THUMBNAIL_WIDTH = 240

/** A small picture of the item: the browser picks the 480 variant on a sharp screen. */
export function thumbnailView(item: MediaItem): SafeHtml {
  const s = imageSources(item, `${THUMBNAIL_WIDTH}px`)
  const height = Math.max(1, Math.round((item.height * THUMBNAIL_WIDTH) / item.width))
  return html`<img src="${s.src}" srcset="${s.srcset}" sizes="${s.sizes}" alt="${item.alt}" width="${THUMBNAIL_WIDTH}" height="${height}" loading="lazy" decoding="async">`
}

export function mediaLibraryView(items: MediaItem[], nextUrl: string | undefined, notice: string | undefined): SafeHtml {
  return html`<h1>Thư viện ảnh</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<p><a class="more" href="/toa-soan/anh/tai-len">Tải ảnh lên</a></p>
${items.length === 0 ? html`<p>Thư viện chưa có ảnh nào.</p>` : html`<ul class="media-library">${items.map((item) => html`<li class="media-item" id="anh-${item.id}">
<figure>
<a href="/toa-soan/anh/${item.id}">${thumbnailView(item)}</a>
<figcaption>
<p class="media-alt">${item.alt ? item.alt : html`<em>Chưa có lời mô tả ảnh</em>`}</p>
${item.caption ? html`<p class="media-caption">${item.caption}</p>` : ''}
<p class="media-meta muted"><span class="media-size">${item.width} × ${item.height}</span> · <span class="media-uploader">${item.uploaderName ?? '—'}</span> · ${formatNewsroomTime(item.createdAt)}</p>
</figcaption>
</figure>
</li>`)}</ul>`}
${nextUrl ? html`<a class="more" href="${nextUrl}" rel="next">Xem tiếp</a>` : ''}`
}
