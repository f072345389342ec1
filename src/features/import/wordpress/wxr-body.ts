import { YOUTUBE_ID } from '../../articles/index.ts'

// A WordPress body as WordPress stores it, made into plain HTML: the block editor's comments
// (<!-- wp:paragraph -->) removed leaving their HTML, shortcodes turned into HTML or dropped
// with a note, and the classic editor's blank-line paragraphs (which WordPress turns into <p>
// only when it shows a page, "wpautop") made into <p> here, since nothing will do it later.

/** What a gallery or caption needs to know of an attachment seen earlier in the file. */
export interface KnownAttachment {
  url: string
  alt?: string
  caption?: string
}

export interface BodyContext {
  /** Attachments read so far, by post id. */
  attachments: Map<string, KnownAttachment>
  /** Attachments read so far whose parent is this post ([gallery] with no ids shows those). */
  attachedToPost: string[]
}

export interface ConvertedBody {
  html: string
  notes: string[]
}

const BLOCK_COMMENT = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)(\s[\s\S]*?)?\s*(\/)?-->/g
const PAGE_BREAKS = /<!--\s*(?:more|nextpage|noteaser)\b[^>]*-->/g

export function convertBody(source: string, context: BodyContext): ConvertedBody {
  const notes = new Set<string>()
  let html = source.replace(/\r\n?/g, '\n')
  const hasBlocks = BLOCK_COMMENT.test(html)
  BLOCK_COMMENT.lastIndex = 0
  // Self-closing blocks (<!-- wp:latest-posts /-->) are drawn by the old site's PHP at each
  // view: there is no HTML to keep.
  html = html.replace(BLOCK_COMMENT, (_all, _closing, name: string, _attrs, selfClosing) => {
    if (selfClosing) notes.add(`block wp:${name} dropped (the old site drew it when the page was shown)`)
    return ''
  })
  html = html.replace(PAGE_BREAKS, '')
  // WordPress's "link to media file": the picture wrapped in a link to its own full-size file on
  // the old site. The picture is imported (its address rewritten by the sink); the link would
  // lead back to the old host, so the picture stands alone.
  html = html.replace(/<a\b[^>]*\bhref\s*=\s*["'][^"']*\/wp-content\/uploads\/[^"']*["'][^>]*>\s*(<img\b[^>]*>)\s*<\/a>/gi, '$1')
  html = convertShortcodes(html, context, notes)
  // Block content carries its own <p>; WordPress leaves it as it is, and so does this.
  if (!hasBlocks) html = autoParagraphs(html)
  html = linkBareUrls(html)
  return { html: html.replace(/\n\s*\n\s*\n/g, '\n\n').trim(), notes: [...notes] }
}

// ---- Shortcodes ----

// [name attrs], [name attrs /], [name attrs]…[/name]; [[name]] is WordPress's way to write one
// out as text. Names are ASCII and do not start with a digit, so "[1]" footnotes and Vietnamese
// words in brackets stay text.
const SHORTCODE = /\[(\[?)([A-Za-z_][\w-]*)(?![\w-])((?:[^\]"'/]|"[^"]*"|'[^']*'|\/(?!\]))*)(\/)?\](?:(?<!\/\])([\s\S]*?)\[\/\2\])?(\]?)/g

export function convertShortcodes(html: string, context: BodyContext, notes: Set<string>): string {
  return html.replace(SHORTCODE, (all, open: string, name: string, rawAttrs: string, _self, inner: string | undefined, close: string) => {
    if (open === '[' && close === ']') return all.slice(1, -1)
    const attrs = shortcodeAttributes(rawAttrs)
    const content = inner === undefined ? undefined : convertShortcodes(inner, context, notes)
    return open + shortcodeHtml(name.toLowerCase(), attrs, content, context, notes) + close
  })
}

function shortcodeAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  const pattern = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)/g
  let position = 0
  for (const match of text.matchAll(pattern)) {
    const key = (match[1] ?? match[3] ?? match[5])?.toLowerCase()
    if (key) attrs[key] = decodeEntities(match[2] ?? match[4] ?? match[6] ?? '')
    else attrs[String(position++)] = decodeEntities(match[7] ?? match[8] ?? match[9] ?? '')
  }
  return attrs
}

function shortcodeHtml(name: string, attrs: Record<string, string>, content: string | undefined, context: BodyContext, notes: Set<string>): string {
  switch (name) {
    case 'caption':
    case 'wp_caption':
      return captionFigure(attrs, content ?? '')
    case 'gallery':
      return gallery(attrs, context, notes)
    case 'embed': {
      const url = (content ?? attrs.src ?? attrs.url ?? attrs[0] ?? '').trim()
      return url ? mediaLink(url, notes, 'embed') : dropped(name, notes)
    }
    case 'video': {
      const url = attrs.mp4 ?? attrs.src ?? attrs.webm ?? attrs.ogv ?? attrs.m4v ?? attrs[0] ?? ''
      if (youtubeId(url)) return youtubeFigure(url)
      if (/^https?:\/\/[^\s"<>?#]+\.mp4$/i.test(url)) return `<figure class="video"><video controls preload="none" src="${escapeAttribute(url)}"></video></figure>\n\n`
      return url ? mediaLink(url, notes, 'video') : dropped(name, notes)
    }
    case 'audio': {
      const url = attrs.mp3 ?? attrs.src ?? attrs.ogg ?? attrs.m4a ?? attrs.wav ?? attrs[0] ?? ''
      return url ? mediaLink(url, notes, 'audio') : dropped(name, notes)
    }
    default:
      // "[simple boat]" in a sentence: WordPress shows brackets it has no shortcode for as
      // they are, and words with no "=" are not how shortcodes take their settings.
      if (content === undefined && Object.keys(attrs).length > 0 && Object.keys(attrs).every((key) => /^\d+$/.test(key)) && /^[\p{L}\s]+$/u.test(rawWords(attrs))) {
        return `[${name} ${rawWords(attrs)}]`
      }
      if (content !== undefined && content.trim() !== '') {
        notes.add(`shortcode [${name}] removed, its content kept`)
        return content
      }
      return dropped(name, notes)
  }
}

const rawWords = (attrs: Record<string, string>) => Object.values(attrs).join(' ')

function dropped(name: string, notes: Set<string>): string {
  notes.add(`shortcode [${name}] dropped`)
  return ''
}

// [caption id="attachment_5" align="alignleft" width="300"]<a href="…"><img …></a> Chú thích[/caption]
function captionFigure(attrs: Record<string, string>, content: string): string {
  const media = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)/i.exec(content)
  const picture = media?.[1] ?? ''
  const text = (attrs.caption ?? content.slice(media?.[0].length ?? 0)).trim()
  if (!picture) return text
  return `<figure>${picture}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>\n\n`
}

// The gallery's images, as the portal's gallery (body-media.ts): only those the file showed
// before this post can be drawn; WordPress exports attachments and posts in id order, so a
// gallery of images uploaded later than its post loses them, with a note.
function gallery(attrs: Record<string, string>, context: BodyContext, notes: Set<string>): string {
  const ids = attrs.ids ? attrs.ids.split(',').map((id) => id.trim()).filter(Boolean) : attrs.include ? attrs.include.split(',').map((id) => id.trim()) : context.attachedToPost
  const known = ids.map((id) => context.attachments.get(id)).filter((a): a is KnownAttachment => a !== undefined)
  if (known.length === 0) return dropped('gallery', notes)
  if (known.length < ids.length) notes.add(`shortcode [gallery]: ${ids.length - known.length} of ${ids.length} images not found in the file`)
  const figures = known.map((a) =>
    `<figure><img src="${escapeAttribute(a.url)}" alt="${escapeAttribute(a.alt ?? '')}">${a.caption ? `<figcaption>${escapeText(a.caption)}</figcaption>` : ''}</figure>`)
  return `<div class="gallery">${figures.join('')}</div>\n\n`
}

function youtubeId(url: string): string | undefined {
  const match = /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|shorts\/)|youtu\.be\/)([A-Za-z0-9_-]{11})/.exec(url.trim())
  return match && YOUTUBE_ID.test(match[1]!) ? match[1] : undefined
}

function youtubeFigure(url: string): string {
  const id = youtubeId(url)!
  return `<figure class="youtube" data-youtube="${id}"><a href="https://www.youtube.com/watch?v=${id}">${escapeText(url.trim())}</a></figure>\n\n`
}

function mediaLink(url: string, notes: Set<string>, name: string): string {
  if (youtubeId(url)) return youtubeFigure(url)
  notes.add(`shortcode [${name}] kept as a link`)
  return `<p><a href="${escapeAttribute(url.trim())}">${escapeText(url.trim())}</a></p>\n\n`
}

// ---- Paragraphs (what WordPress's wpautop does at display time) ----

const BLOCK_TAGS = 'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|video|audio|iframe|object|embed'
const BLOCK_OPEN = new RegExp(`(<(?:${BLOCK_TAGS})\\b[^>]*>)`, 'gi')
const BLOCK_CLOSE = new RegExp(`(</(?:${BLOCK_TAGS})>)`, 'gi')
const P_BEFORE_BLOCK = new RegExp(`<p>\\s*(</?(?:${BLOCK_TAGS})\\b[^>]*>)`, 'gi')
const P_AFTER_BLOCK = new RegExp(`(</?(?:${BLOCK_TAGS})\\b[^>]*>)\\s*</p>`, 'gi')

export function autoParagraphs(source: string): string {
  if (source.trim() === '') return ''
  // What sits in <pre> keeps its lines; a figure or gallery (a caption or gallery shortcode's, or
  // written so) is one block, whose inner lines are no paragraphs.
  const kept: string[] = []
  const keep = (block: string) => `<pre wp-kept="${kept.push(block) - 1}"></pre>`
  let html = source.replace(/<pre\b[\s\S]*?<\/pre>/gi, keep)
    .replace(/<div class="gallery">[\s\S]*?<\/figure><\/div>/g, keep)
    .replace(/<figure\b[\s\S]*?<\/figure>/gi, keep)
  html = `${html}\n`.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n')
  html = html.replace(BLOCK_OPEN, '\n\n$1').replace(BLOCK_CLOSE, '$1\n\n')
  html = html.replace(/\n\n+/g, '\n\n')
  html = html.split(/\n\s*\n/).map((piece) => piece.trim()).filter(Boolean)
    .map((piece) => `<p>${piece.replace(/\s*\n\s*/g, '<br>\n')}</p>`).join('\n')
  html = html.replace(/<p>\s*<\/p>/g, '')
  html = html.replace(P_BEFORE_BLOCK, '$1').replace(P_AFTER_BLOCK, '$1')
  // A line break right after a block tag opened or before one closes is layout, not a <br>.
  html = html.replace(new RegExp(`(</?(?:${BLOCK_TAGS})\\b[^>]*>)<br>\\n`, 'gi'), '$1\n')
  html = html.replace(new RegExp(`<br>\\n(</?(?:${BLOCK_TAGS})\\b[^>]*>)`, 'gi'), '\n$1')
  return html.replace(/<pre wp-kept="(\d+)"><\/pre>/g, (_all, i: string) => kept[Number(i)]!)
}

// A paragraph that is only an address was an oEmbed (WordPress showed the video or the tweet):
// a YouTube address becomes the portal's YouTube figure, any other a link.
function linkBareUrls(html: string): string {
  return html.replace(/<p>\s*(https?:\/\/[^\s<>"]+)\s*<\/p>/g, (_all, url: string) =>
    youtubeId(url) ? youtubeFigure(url).trim() : `<p><a href="${escapeAttribute(url)}">${escapeText(url)}</a></p>`)
    .replace(/(<div class="wp-block-embed__wrapper">)\s*(https?:\/\/[^\s<>"]+)\s*(<\/div>)/g, (_all, open: string, url: string, close: string) =>
      `${open}<a href="${escapeAttribute(url)}">${escapeText(url)}</a>${close}`)
}

// ---- Fonts (the sink reads them to tell TCVN3 and VNI text) ----

/** Font faces named in the HTML: style="font-family: .VnTime" and <font face="VNI-Times">. */
export function fontFacesOf(html: string): string[] {
  const faces = new Set<string>()
  const add = (list: string) => {
    for (const face of decodeEntities(list).split(',')) {
      const name = face.trim().replace(/^["']|["']$/g, '').trim()
      if (name && faces.size < 20) faces.add(name)
    }
  }
  for (const style of html.matchAll(/\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    for (const match of decodeEntities(style[1] ?? style[2] ?? '').matchAll(/font-family\s*:\s*([^;]+)/gi)) add(match[1]!)
  }
  for (const match of html.matchAll(/<font\b[^>]*?\bface\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) add(match[1] ?? match[2] ?? match[3] ?? '')
  // A body set mostly in .VnTime with a heading in .VnTimeH: a reader that takes one face for the
  // whole body had better take the small letters' one (a heading in small letters reads; a body
  // in capitals does not), so the capitals' faces come last.
  const capitals = (face: string) => /^\.vn.*h$/i.test(face)
  return [...faces].sort((a, b) => Number(capitals(a)) - Number(capitals(b)))
}

// ---- Small helpers ----

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(quot|amp|lt|gt|apos|#039));/gi, (all, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec))
    if (hex) return String.fromCodePoint(parseInt(hex, 16))
    return ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", '#039': "'" } as Record<string, string>)[name.toLowerCase()] ?? all
  })
}
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;')
