// Ghost's editor cards (images, galleries, embeds, bookmarks, callouts…) as plain HTML. The
// mobiledoc (Ghost 1–4) and lexical (Ghost 5) bodies carry the same cards with nearly the same
// payloads, so both renderers hand them here. Only what a portal article can show is kept:
// no Ghost classes, no scripts from embeds; what cannot be rendered is dropped with a note.

export const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;')

/** The notes a body collects on the way ("card 'signup' dropped"), each said once. */
export class RenderNotes {
  private readonly seen = new Set<string>()
  readonly list: string[] = []
  add(note: string): void {
    if (this.seen.has(note)) return
    this.seen.add(note)
    this.list.push(note)
  }
}

type Payload = Record<string, unknown>

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** Captions in Ghost are HTML already (links, bold): kept as they are; the sink sanitises. */
const figure = (inner: string, caption: unknown): string => {
  const html = text(caption).trim()
  return html ? `<figure>${inner}<figcaption>${html}</figcaption></figure>` : `<figure>${inner}</figure>`
}

const image = (payload: Payload): string => {
  const src = text(payload.src)
  if (!src) return ''
  const alt = text(payload.alt)
  const title = text(payload.title)
  let tag = `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}"${title ? ` title="${escapeAttribute(title)}"` : ''}>`
  const href = text(payload.href)
  if (href) tag = `<a href="${escapeAttribute(href)}">${tag}</a>`
  return figure(tag, payload.caption)
}

const gallery = (payload: Payload): string => {
  const images = Array.isArray(payload.images) ? payload.images as Payload[] : []
  const tags = images.filter(one => text(one.src)).map(one => {
    const tag = `<img src="${escapeAttribute(text(one.src))}" alt="${escapeAttribute(text(one.alt))}">`
    return text(one.caption) ? figure(tag, one.caption) : tag
  })
  if (tags.length === 0) return ''
  return figure(tags.join(''), payload.caption)
}

/** A YouTube or Vimeo address as the player address to frame; undefined for anything else. */
export function videoPlayerAddress(address: string): string | undefined {
  let url: URL
  try { url = new URL(address) } catch { return undefined }
  const host = url.hostname.replace(/^(www|m)\./, '')
  const safeId = (id: string | null | undefined) => (id && /^[\w-]{6,20}$/.test(id) ? id : undefined)
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const id = url.pathname === '/watch' ? url.searchParams.get('v') : url.pathname.match(/^\/(?:embed|shorts|live)\/([^/]+)/)?.[1]
    return safeId(id) && `https://www.youtube-nocookie.com/embed/${safeId(id)}`
  }
  if (host === 'youtu.be') {
    const id = safeId(url.pathname.slice(1))
    return id && `https://www.youtube-nocookie.com/embed/${id}`
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = url.pathname.match(/(?:^|\/)(\d{4,12})(?:$|\/)/)?.[1]
    return id && `https://player.vimeo.com/video/${id}`
  }
  return undefined
}

const link = (address: string, label: string): string =>
  `<p><a href="${escapeAttribute(address)}">${escapeText(label || address)}</a></p>`

/** Embeds: a frame only for YouTube and Vimeo; everything else (tweets, scripts) becomes a link. */
const embed = (payload: Payload, notes: RenderNotes): string => {
  const address = text(payload.url)
  if (!address) {
    notes.add('embed card without an address dropped')
    return ''
  }
  const player = videoPlayerAddress(address)
  if (player) {
    const frame = `<iframe src="${escapeAttribute(player)}" width="640" height="360" allowfullscreen loading="lazy"></iframe>`
    return figure(frame, payload.caption)
  }
  const metadata = (payload.metadata ?? {}) as Payload
  notes.add(`embed from ${safeHost(address)} turned into a link`)
  return link(address, text(metadata.title))
}

const safeHost = (address: string): string => {
  try { return new URL(address).hostname } catch { return 'an unknown site' }
}

const bookmark = (payload: Payload): string => {
  const address = text(payload.url)
  if (!address) return ''
  const metadata = (payload.metadata ?? {}) as Payload
  const title = text(metadata.title) || address
  const lines = [text(metadata.description), [text(metadata.author), text(metadata.publisher)].filter(Boolean).join(' · ')]
    .filter(Boolean).map(line => `<br>${escapeText(line)}`).join('')
  const inner = `<p><a href="${escapeAttribute(address)}"><strong>${escapeText(title)}</strong></a>${lines}</p>`
  const caption = text(payload.caption).trim()
  return caption ? `<blockquote>${inner}<p>${caption}</p></blockquote>` : `<blockquote>${inner}</blockquote>`
}

/** A callout is a highlighted aside: its text is HTML already, the emoji goes in front. */
const callout = (payload: Payload): string => {
  const body = text(payload.calloutText)
  const emoji = text(payload.calloutEmoji)
  if (!body && !emoji) return ''
  const inner = /^\s*<p[\s>]/.test(body) ? body : `<p>${body}</p>`
  return `<aside>${emoji ? inner.replace(/^(\s*<p[^>]*>)/, `$1${escapeText(emoji)} `) : inner}</aside>`
}

const code = (payload: Payload): string => {
  const source = text(payload.code)
  const language = text(payload.language).replace(/[^\w+-]/g, '')
  const pre = `<pre><code${language ? ` class="language-${language}"` : ''}>${escapeText(source)}</code></pre>`
  return text(payload.caption) ? figure(pre, payload.caption) : pre
}

const button = (payload: Payload): string => {
  const address = text(payload.buttonUrl) || text(payload.url)
  return address ? link(address, text(payload.buttonText)) : ''
}

const toggle = (payload: Payload): string => {
  const heading = text(payload.heading) || text(payload.header)
  const content = text(payload.content)
  return `<h3>${heading}</h3>${/^\s*<p[\s>]/.test(content) ? content : `<p>${content}</p>`}`
}

const header = (payload: Payload): string => {
  const heading = text(payload.header) || text(payload.heading)
  const sub = text(payload.subheader) || text(payload.subheading)
  return `${heading ? `<h2>${heading}</h2>` : ''}${sub ? `<p>${sub}</p>` : ''}`
}

const media = (kind: 'video' | 'audio', payload: Payload): string => {
  const src = text(payload.src)
  return src ? `<${kind} src="${escapeAttribute(src)}" controls></${kind}>` : ''
}

const file = (payload: Payload): string => {
  const src = text(payload.src)
  return src ? link(src, text(payload.fileTitle) || text(payload.fileName)) : ''
}

/** Cards that only meant something on a Ghost site (sign-up forms, paywall markers, e-mail-only text). */
const GHOST_ONLY = new Set(['paywall', 'signup', 'email', 'email-cta', 'product', 'preview', 'transistor', 'collection'])

/**
 * One card as HTML. `markdown` renders a markdown card (the caller's markdown renderer).
 * Unknown cards give '' and a note.
 */
export function renderCard(name: string, payload: Payload, notes: RenderNotes, markdown: (source: string) => string): string {
  switch (name) {
    case 'image': return image(payload)
    case 'gallery': return gallery(payload)
    case 'embed': return embed(payload, notes)
    case 'bookmark': return bookmark(payload)
    case 'callout': return callout(payload)
    case 'html': return text(payload.html)
    case 'markdown': case 'card-markdown': return markdown(text(payload.markdown))
    case 'hr': case 'horizontalrule': return '<hr>'
    case 'code': case 'codeblock': return code(payload)
    case 'button': return button(payload)
    case 'toggle': return toggle(payload)
    case 'header': return header(payload)
    case 'video': return media('video', payload)
    case 'audio': return media('audio', payload)
    case 'file': return file(payload)
    default:
      notes.add(GHOST_ONLY.has(name) ? `Ghost-only card '${name}' dropped` : `unknown card '${name}' dropped`)
      return ''
  }
}
