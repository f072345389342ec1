import type sanitizeHtml from 'sanitize-html'
import type { PolicyNeed } from '../../platform/http/security-headers.ts'
import { classesOf, element, isElement, parseBody, serializeBody, textNode, textOf, type BodyElement, type BodyNode } from './body-tree.ts'

// The photo galleries and videos an article body may hold, and nothing more of their kind:
//
//   <div class="gallery"><figure><img …><figcaption>…</figcaption></figure>…</div>
//   <figure class="video"><video controls preload="none" src="….mp4"><track kind="captions" src="….vtt" srclang="vi" label="…"></video><figcaption>…</figcaption></figure>
//   <figure class="youtube" data-youtube="<id>"><a href="https://www.youtube.com/watch?v=<id>"><img …> or text</a><figcaption>…</figcaption></figure>
//
// sanitize-html (article-body.ts) lets these tags and attributes through; the pass below then
// holds them to these shapes (a gallery holds figures with an image and nothing else, a video
// only its captions tracks, a YouTube link only its own address), since an allow-list of tags
// cannot say what may sit inside what. Without JavaScript a gallery is a list of figures, a
// video plays in the browser's own player, and a YouTube video is a picture linking to it.

export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
export const youtubeWatchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`
/** Only the privacy-enhanced host is framed, and only once the reader clicks (browser/body-media.js). */
export const youtubeEmbedUrl = (id: string) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`

/**
 * What the readers' pages need for these: the YouTube player, framed from the privacy-enhanced
 * host only, once a reader clicks (media-src 'self' already plays uploaded videos).
 */
export const BODY_MEDIA_POLICY: PolicyNeed = { 'frame-src': ['https://www.youtube-nocookie.com'] }

/** An uploaded file's address: on this portal (or MEDIA_PUBLIC_URL's host), of the kind expected. */
const mediaFile = (extension: string) => new RegExp(`^(/media/|https?://)[^\\s"<>?#]+\\.${extension}$`)
const MP4 = mediaFile('mp4')
const VTT = mediaFile('vtt')
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/
const DIMENSION = /^[1-9]\d{0,4}$/
const MAX_TRACKS = 4

const dropTag = (attribs: sanitizeHtml.Attributes) => ({ tagName: 'dropped-by-body-media', attribs })

export const BODY_MEDIA_OPTIONS = {
  allowedTags: ['div', 'video', 'track'],
  allowedAttributes: {
    figure: ['data-youtube'],
    video: ['src', 'width', 'height', 'controls', 'preload'],
    track: ['kind', 'src', 'srclang', 'label', 'default'],
  },
  allowedClasses: { div: ['gallery'], figure: ['video', 'youtube'] },
  allowedSchemesByTag: { video: ['http', 'https'], track: ['http', 'https'] },
  transformTags: {
    // Any other <div> goes, its content kept, as before galleries existed.
    div: (tagName: string, attribs: sanitizeHtml.Attributes) =>
      (attribs.class ?? '').split(/\s+/).includes('gallery') ? { tagName, attribs: { class: 'gallery' } } : dropTag({}),
    video: (tagName: string, attribs: sanitizeHtml.Attributes) => MP4.test(attribs.src ?? '')
      ? { tagName, attribs: { controls: '', preload: 'none', src: attribs.src!, ...dimensions(attribs) } }
      : dropTag({}),
    track: (tagName: string, attribs: sanitizeHtml.Attributes) => VTT.test(attribs.src ?? '')
      ? { tagName, attribs: trackAttributes(attribs) }
      : dropTag({}),
  },
} satisfies Partial<sanitizeHtml.IOptions>

function dimensions(attribs: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of ['width', 'height'] as const) if (DIMENSION.test(attribs[name] ?? '')) out[name] = attribs[name]!
  return out
}

function trackAttributes(attribs: Record<string, string | undefined>): Record<string, string> {
  const srclang = LANGUAGE.test(attribs.srclang ?? '') ? attribs.srclang! : 'vi'
  const label = (attribs.label ?? '').trim().slice(0, 60) || (srclang === 'vi' ? 'Tiếng Việt' : srclang)
  return { kind: 'captions', src: attribs.src!, srclang, label, ...(attribs.default !== undefined ? { default: '' } : {}) }
}

const MEDIA_MARKUP = /<div|<video|<track|<figure [^>]*(class|data-youtube)=/

/** Holds galleries and videos to their shapes; a body without any comes back unchanged. */
export function normalizeBodyMedia(sanitized: string): string {
  if (!MEDIA_MARKUP.test(sanitized)) return sanitized
  return serializeBody(normalizeAll(parseBody(sanitized), false))
}

function normalizeAll(nodes: readonly BodyNode[], inFigure: boolean): BodyNode[] {
  return nodes.flatMap((node) => normalizeNode(node, inFigure))
}

function normalizeNode(node: BodyNode, inFigure: boolean): BodyNode[] {
  if (node.kind === 'text') return [node]
  switch (node.tag) {
    case 'div': return gallery(node)
    case 'figure': return figure(node, inFigure)
    // A video or a track anywhere else than in its figure is dropped with what it holds.
    case 'video': case 'track': return []
    default: return [{ ...node, children: normalizeAll(node.children, inFigure) }]
  }
}

function figure(node: BodyElement, inFigure: boolean): BodyNode[] {
  const classes = classesOf(node)
  if (classes.includes('video')) return inFigure ? [] : videoFigure(node)
  if (classes.includes('youtube') && YOUTUBE_ID.test(node.attrs['data-youtube'] ?? '')) return inFigure ? [] : youtubeFigure(node, node.attrs['data-youtube']!)
  // A plain figure (an image and its caption) carries no class or data of its own.
  return [element('figure', {}, normalizeAll(node.children, true))]
}

/** Figures with an image, each; galleries inside galleries give up their figures to the outer one. */
function gallery(node: BodyElement): BodyNode[] {
  const figures = galleryFigures(node.children)
  if (figures.length === 0) return []
  return [element('div', { class: 'gallery' }, figures.flatMap((f) => [textNode('\n'), f]).concat(textNode('\n')))]
}

function galleryFigures(nodes: readonly BodyNode[]): BodyElement[] {
  return nodes.flatMap((node): BodyElement[] => {
    if (node.kind !== 'element') return []
    if (node.tag === 'div') return galleryFigures(node.children)
    if (node.tag !== 'figure' || classesOf(node).length > 0) return []
    const image = node.children.find((c): c is BodyElement => isElement(c, 'img'))
    if (!image) return []
    const caption = node.children.find((c): c is BodyElement => isElement(c, 'figcaption'))
    return [element('figure', {}, caption ? [image, caption] : [image])]
  })
}

function videoFigure(node: BodyElement): BodyNode[] {
  const video = node.children.find((c): c is BodyElement => isElement(c, 'video'))
  if (!video) return []
  const tracks = video.children.filter((c): c is BodyElement => isElement(c, 'track')).slice(0, MAX_TRACKS)
  const caption = node.children.find((c): c is BodyElement => isElement(c, 'figcaption'))
  return [element('figure', { class: 'video' }, [{ ...video, children: tracks }, ...(caption ? [caption] : [])])]
}

function youtubeFigure(node: BodyElement, id: string): BodyNode[] {
  const link = node.children.find((c): c is BodyElement => isElement(c, 'a'))
  const poster = link?.children.find((c): c is BodyElement => isElement(c, 'img'))
  const label = (link ? textOf(link) : '').trim() || 'YouTube'
  const caption = node.children.find((c): c is BodyElement => isElement(c, 'figcaption'))
  const anchor = element('a', { href: youtubeWatchUrl(id), rel: 'noopener noreferrer', target: '_blank' }, poster ? [poster] : [textNode(label)])
  return [element('figure', { class: 'youtube', 'data-youtube': id }, [anchor, ...(caption ? [caption] : [])])]
}

/** The YouTube videos of a body that have no poster yet (the editor inserted the link only), with their captions. */
export function youtubeIdsWithoutPoster(bodyHtml: string): { id: string; caption: string }[] {
  if (!bodyHtml.includes('data-youtube')) return []
  const found = new Map<string, string>()
  const walk = (nodes: readonly BodyNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'element') continue
      if (node.tag === 'figure' && classesOf(node).includes('youtube') && YOUTUBE_ID.test(node.attrs['data-youtube'] ?? '')) {
        const link = node.children.find((c): c is BodyElement => isElement(c, 'a'))
        const caption = node.children.find((c): c is BodyElement => isElement(c, 'figcaption'))
        if (!link?.children.some((c) => isElement(c, 'img'))) found.set(node.attrs['data-youtube']!, caption ? textOf(caption).trim() : '')
      } else walk(node.children)
    }
  }
  walk(parseBody(bodyHtml))
  return [...found].map(([id, caption]) => ({ id, caption }))
}

export interface Poster {
  src: string
  srcset?: string
  sizes?: string
  width: number
  height: number
  alt: string
}

/** Puts a poster into each of the body's YouTube videos that has none and for which one is given. */
export function withYoutubePosters(bodyHtml: string, posters: ReadonlyMap<string, Poster>): string {
  if (posters.size === 0) return bodyHtml
  const rewrite = (nodes: readonly BodyNode[]): BodyNode[] => nodes.map((node) => {
    if (node.kind !== 'element') return node
    const id = node.attrs['data-youtube']
    const poster = id !== undefined ? posters.get(id) : undefined
    if (node.tag !== 'figure' || !poster) return { ...node, children: rewrite(node.children) }
    return {
      ...node,
      children: node.children.map((child) => {
        if (!isElement(child, 'a') || child.children.some((c) => isElement(c, 'img'))) return child
        const image = element('img', {
          src: poster.src, alt: poster.alt, width: String(poster.width), height: String(poster.height),
          ...(poster.srcset ? { srcset: poster.srcset, sizes: poster.sizes ?? '(max-width: 60rem) 100vw, 46rem' } : {}), loading: 'lazy', decoding: 'async',
        })
        return { ...child, children: [image] }
      }),
    }
  })
  return serializeBody(rewrite(parseBody(bodyHtml)))
}

/** Whether a page shows something the body-media script improves (a gallery, a YouTube video). */
export function hasInteractiveMedia(bodyHtml: string): boolean {
  return bodyHtml.includes('<div class="gallery">') || bodyHtml.includes('data-youtube="')
}

/** Whether the page needs the body-media stylesheet (any gallery or video). */
export function hasBodyMedia(bodyHtml: string): boolean {
  return hasInteractiveMedia(bodyHtml) || bodyHtml.includes('<figure class="video">')
}
