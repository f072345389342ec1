// The article editor's galleries and videos (bundled with rich-editor.ts). Each node reads and
// writes exactly the markup the server keeps (features/articles/body-media.ts); the server
// sanitises it again on save whatever this script did.
import { Node, type Editor } from '@tiptap/core'
import { csrfToken } from './csrf.ts'

const SIZES = '(max-width: 60rem) 100vw, 46rem'

/** Several photos with their captions: <div class="gallery"> of the editor's own figures. */
const Gallery = Node.create({
  name: 'gallery',
  group: 'block',
  content: 'figure+',
  isolating: true,
  draggable: true,
  parseHTML: () => [{ tag: 'div.gallery', priority: 60 }],
  renderHTML: () => ['div', { class: 'gallery' }, 0],
})

/** An uploaded MP4 with its captions track, played as uploaded. */
const VideoFigure = Node.create({
  name: 'videoFigure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => ({
    src: { default: '' }, width: { default: null }, height: { default: null },
    captions: { default: null }, captionsLang: { default: 'vi' }, captionsLabel: { default: 'Tiếng Việt' }, caption: { default: '' },
  }),
  parseHTML: () => [{
    tag: 'figure.video',
    priority: 60,
    getAttrs: (element) => {
      const video = element.querySelector('video')
      if (!video?.getAttribute('src')) return false
      const track = video.querySelector('track')
      return {
        src: video.getAttribute('src'), width: video.getAttribute('width'), height: video.getAttribute('height'),
        captions: track?.getAttribute('src') ?? null, captionsLang: track?.getAttribute('srclang') ?? 'vi', captionsLabel: track?.getAttribute('label') ?? 'Tiếng Việt',
        caption: element.querySelector('figcaption')?.textContent ?? '',
      }
    },
  }],
  renderHTML: ({ node }) => {
    const a = node.attrs
    const video: Record<string, string> = { controls: '', preload: 'none', src: a.src }
    if (a.width && a.height) Object.assign(video, { width: String(a.width), height: String(a.height) })
    const track = a.captions ? [['track', { kind: 'captions', src: a.captions, srclang: a.captionsLang, label: a.captionsLabel }]] : []
    return ['figure', { class: 'video' }, ['video', video, ...track], ...(a.caption ? [['figcaption', a.caption]] : [])] as never
  },
})

/** A YouTube video: its picture (fetched by the portal when the article is saved, or uploaded) linking to it. */
const YoutubeFigure = Node.create({
  name: 'youtubeFigure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => ({
    id: { default: '' }, text: { default: 'Xem video trên YouTube' }, caption: { default: '' },
    poster: { default: null }, posterSrcset: { default: null }, posterWidth: { default: null }, posterHeight: { default: null }, posterAlt: { default: '' },
  }),
  parseHTML: () => [{
    tag: 'figure.youtube[data-youtube]',
    priority: 60,
    getAttrs: (element) => {
      const id = element.getAttribute('data-youtube') ?? ''
      if (!YOUTUBE_ID.test(id)) return false
      const img = element.querySelector('a img')
      return {
        id, text: element.querySelector('a')?.textContent?.trim() || 'Xem video trên YouTube', caption: element.querySelector('figcaption')?.textContent ?? '',
        poster: img?.getAttribute('src') ?? null, posterSrcset: img?.getAttribute('srcset') ?? null,
        posterWidth: img?.getAttribute('width') ?? null, posterHeight: img?.getAttribute('height') ?? null, posterAlt: img?.getAttribute('alt') ?? '',
      }
    },
  }],
  renderHTML: ({ node }) => {
    const a = node.attrs
    const picture = a.poster
      ? ['img', { src: a.poster, alt: a.posterAlt, ...(a.posterSrcset ? { srcset: a.posterSrcset, sizes: SIZES } : {}), ...(a.posterWidth ? { width: String(a.posterWidth), height: String(a.posterHeight) } : {}) }]
      : a.text
    return ['figure', { class: 'youtube', 'data-youtube': a.id }, ['a', { href: `https://www.youtube.com/watch?v=${a.id}` }, picture], ...(a.caption ? [['figcaption', a.caption]] : [])] as never
  },
})

export const BODY_MEDIA_NODES = [Gallery, VideoFigure, YoutubeFigure]

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

/** The id in any of the addresses YouTube gives a video (watch, youtu.be, shorts, embed), or undefined. */
export function youtubeIdOf(address: string): string | undefined {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return YOUTUBE_ID.test(address.trim()) ? address.trim() : undefined
  }
  const host = url.hostname.replace(/^(www\.|m\.)/, '')
  const id = host === 'youtu.be' ? url.pathname.slice(1)
    : ['youtube.com', 'youtube-nocookie.com'].includes(host)
      ? url.searchParams.get('v') ?? /^\/(shorts|embed|live)\/([^/]+)/.exec(url.pathname)?.[2]
      : undefined
  return id && YOUTUBE_ID.test(id) ? id : undefined
}

function chooseFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.multiple = multiple
    input.addEventListener('change', () => resolve([...(input.files ?? [])]))
    input.click()
  })
}

interface Uploaded { url?: string; srcset?: string; width?: number; height?: number; alt?: string; error?: { message: string } }

async function send(url: string, file: File, fields: Record<string, string> = {}): Promise<Uploaded | undefined> {
  const body = new FormData()
  for (const [k, v] of Object.entries(fields)) body.append(k, v)
  body.append('file', file)
  const res = await fetch(url, { method: 'POST', body, headers: { 'x-csrf-token': csrfToken() } }).catch(() => undefined)
  const answer = await res?.json().catch(() => undefined) as Uploaded | undefined
  if (!res?.ok || !answer?.url) {
    window.alert(answer?.error?.message ?? 'Không tải lên được tệp. Xin kiểm tra kết nối và thử lại.')
    return undefined
  }
  return answer
}

/** "Bộ ảnh": several photos uploaded through the media library, each with its description and caption. */
async function insertGallery(editor: Editor): Promise<void> {
  const files = await chooseFiles('image/jpeg,image/png,image/webp,image/gif', true)
  if (files.length === 0) return
  const figures = []
  for (const file of files) {
    const alt = window.prompt(`Mô tả ảnh «${file.name}» cho người không xem được ảnh:`, '') ?? ''
    const caption = window.prompt(`Chú thích in dưới ảnh «${file.name}» (có thể để trống):`, '') ?? ''
    const image = await send('/toa-soan/anh.json', file, { alt, caption })
    if (!image) continue
    figures.push({
      type: 'figure',
      content: [
        { type: 'image', attrs: { src: image.url, alt, width: image.width ?? null, height: image.height ?? null, srcset: image.srcset ?? null, sizes: image.srcset ? SIZES : null } },
        { type: 'figcaption', content: caption ? [{ type: 'text', text: caption }] : [] },
      ],
    })
  }
  if (figures.length > 0) editor.chain().focus().insertContent({ type: 'gallery', content: figures }).run()
}

/** "Video": an MP4 uploaded as it is, and optionally its WebVTT captions. */
async function insertVideo(editor: Editor): Promise<void> {
  const [file] = await chooseFiles('video/mp4,.mp4', false)
  if (!file) return
  const video = await send('/toa-soan/video.json', file)
  if (!video) return
  let captions: string | null = null
  if (window.confirm('Thêm phụ đề cho video (tệp WebVTT .vtt)?')) {
    const [vtt] = await chooseFiles('text/vtt,.vtt', false)
    if (vtt) captions = (await send('/toa-soan/video/phu-de.json', vtt))?.url ?? null
  }
  const caption = window.prompt('Chú thích in dưới video (có thể để trống):', '') ?? ''
  editor.chain().focus().insertContent({ type: 'videoFigure', attrs: { src: video.url, captions, caption } }).run()
}

/**
 * "YouTube": a video's address; its picture is fetched when the article is saved. With a
 * YouTube video selected, the button uploads a picture for it instead (when YouTube could not be reached).
 */
async function insertYoutube(editor: Editor): Promise<void> {
  if (editor.isActive('youtubeFigure')) {
    const [file] = await chooseFiles('image/jpeg,image/png,image/webp', false)
    if (!file) return
    const alt = window.prompt('Mô tả ảnh bìa của video:', editor.getAttributes('youtubeFigure').caption ?? '') ?? ''
    const image = await send('/toa-soan/anh.json', file, { alt })
    if (image) editor.chain().focus().updateAttributes('youtubeFigure', { poster: image.url, posterSrcset: image.srcset ?? null, posterWidth: image.width ?? null, posterHeight: image.height ?? null, posterAlt: alt }).run()
    return
  }
  const address = window.prompt('Địa chỉ video YouTube (https://www.youtube.com/watch?v=… hoặc https://youtu.be/…):', '')
  if (!address) return
  const id = youtubeIdOf(address)
  if (!id) {
    window.alert('Không nhận ra địa chỉ video YouTube này.')
    return
  }
  const caption = window.prompt('Chú thích in dưới video (có thể để trống):', '') ?? ''
  editor.chain().focus().insertContent({ type: 'youtubeFigure', attrs: { id, caption } }).run()
}

export const BODY_MEDIA_BUTTONS = [
  { label: 'Bộ ảnh', run: (e: Editor) => void insertGallery(e), isActive: (e: Editor) => e.isActive('gallery') },
  { label: 'Video', run: (e: Editor) => void insertVideo(e), isActive: (e: Editor) => e.isActive('videoFigure') },
  { label: 'YouTube', run: (e: Editor) => void insertYoutube(e), isActive: (e: Editor) => e.isActive('youtubeFigure') },
]
