import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { SEO_DESCRIPTION_CHARS, SEO_TITLE_CHARS, SHARE_DESCRIPTION_CHARS, SHARE_TITLE_CHARS, shortened } from '../browser/seo-text.ts'

export interface SeoPreview {
  /** The article's public address, or its category's with "…" before it has one. */
  url: string
  title: string
  description: string
  imageUrl: string | undefined
}

/**
 * How a search result and a shared link would show the article, from the SEO fields or, when
 * they are empty, the title and the lead (as the public page does). browser/seo-preview.ts
 * follows the fields as they are typed.
 */
export function seoPreviewView(p: SeoPreview): SafeHtml {
  const host = hostOf(p.url)
  return html`<div class="seo-preview" data-seo-preview>
<p class="seo-preview-label">Trên Google</p>
<div class="serp" aria-hidden="true">
<span class="serp-url" data-seo="url">${p.url}</span>
<span class="serp-title" data-seo="title" data-max="${SEO_TITLE_CHARS}">${shortened(p.title, SEO_TITLE_CHARS)}</span>
<span class="serp-description" data-seo="description" data-max="${SEO_DESCRIPTION_CHARS}">${shortened(p.description, SEO_DESCRIPTION_CHARS)}</span>
</div>
<p class="seo-preview-label">Khi chia sẻ lên Facebook</p>
<div class="share-card" aria-hidden="true">
${p.imageUrl ? html`<img src="${p.imageUrl}" alt="" width="480" height="252" loading="lazy" decoding="async" data-seo="image">` : html`<span class="share-card-noimage" data-seo="image">Chưa có ảnh đại diện</span>`}
<span class="share-card-host">${host.toUpperCase()}</span>
<span class="share-card-title" data-seo="title" data-max="${SHARE_TITLE_CHARS}">${shortened(p.title, SHARE_TITLE_CHARS)}</span>
<span class="share-card-description" data-seo="description" data-max="${SHARE_DESCRIPTION_CHARS}">${shortened(p.description, SHARE_DESCRIPTION_CHARS)}</span>
</div>
</div>`
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
