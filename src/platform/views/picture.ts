import { html, type SafeHtml } from './html.ts'

/**
 * A picture as pages list it: its main file, its responsive widths, and its 3:2 thumbnails
 * cropped around its focal point (when the media library made them).
 */
export interface Picture {
  url: string
  alt?: string
  /** Every width of the whole picture, as a srcset. */
  srcset?: string
  width?: number
  height?: number
  /** The 3:2 crops as a srcset: what lists and the home page show. */
  thumbs?: string
}

export interface ThumbnailOptions {
  /** How wide it is shown, in CSS pixels at its largest: the width and height attributes (3:2) say so, so nothing shifts. */
  width: number
  /** The `sizes` the browser picks a width by. */
  sizes: string
  /** Above the fold (the home page's first story): fetched at once and first. Every other one waits until it nears the screen. */
  first?: boolean
  alt?: string
}

/**
 * A 3:2 thumbnail: the crops when there are some; otherwise the whole picture, which the
 * stylesheet crops to the same box (`.thumb`: object-fit), so a list's boxes never differ.
 */
export function thumbnailView(picture: Picture, o: ThumbnailOptions): SafeHtml {
  const srcset = picture.thumbs || picture.srcset || ''
  const height = Math.round((o.width * 2) / 3)
  const src = srcset ? smallestAtLeast(srcset, o.width) : picture.url
  return html`<img class="thumb" src="${src}"${srcset ? html` srcset="${srcset}" sizes="${o.sizes}"` : ''} alt="${o.alt ?? ''}" width="${o.width}" height="${height}"${o.first ? html` fetchpriority="high"` : html` loading="lazy"`} decoding="async">`
}

/** The narrowest file of a srcset at least `width` wide (the widest when none is): the `src` for browsers without srcset. */
function smallestAtLeast(srcset: string, width: number): string {
  const candidates = srcset.split(', ').map((c) => {
    const [url, w] = c.split(' ')
    return { url: url!, width: Number.parseInt(w ?? '0', 10) }
  })
  return (candidates.find((c) => c.width >= width) ?? candidates.at(-1)!).url
}
