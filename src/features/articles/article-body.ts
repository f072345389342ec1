import sanitizeHtml from 'sanitize-html'
import type { PolicyNeed } from '../../platform/http/security-headers.ts'
import { BODY_MEDIA_OPTIONS, normalizeBodyMedia } from './body-media.ts'

// Article bodies are rich text from editors and imports; only this allow-list ever reaches
// a reader. Scripts, event handlers, javascript: links and unknown iframes are dropped here,
// on the server, whatever the editor in the browser did.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'a',
    'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'table', 'thead', 'tbody',
    'tr', 'th', 'td', 'caption', 'hr',
    // Galleries and videos (body-media.ts).
    ...BODY_MEDIA_OPTIONS.allowedTags,
  ],
  allowedAttributes: {
    // rel, target, loading and decoding are set by transformTags below, not taken from input.
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading', 'decoding'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ...BODY_MEDIA_OPTIONS.allowedAttributes,
  },
  allowedClasses: BODY_MEDIA_OPTIONS.allowedClasses,
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'], ...BODY_MEDIA_OPTIONS.allowedSchemesByTag },
  allowProtocolRelative: false,
  transformTags: {
    // Links to other sites must not hand them our window.
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:\/\//.test(attribs.href ?? '')
        ? { href: attribs.href!, ...(attribs.title ? { title: attribs.title } : {}), rel: 'noopener noreferrer', target: '_blank' }
        : { ...(attribs.href ? { href: attribs.href } : {}), ...(attribs.title ? { title: attribs.title } : {}) },
    }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } }),
    ...BODY_MEDIA_OPTIONS.transformTags,
  },
}

/**
 * What bodies need of the pages' Content-Security-Policy: their images may live on other sites
 * (the allow-list above takes any http(s) image, and imported archives point at their old
 * hosts), and browsers upgrade http images on https pages before the policy is checked. Style
 * attributes never reach a reader, so the public pages need no inline style.
 */
export const ARTICLE_BODY_POLICY: PolicyNeed = { 'img-src': ['https:'] }

export function sanitizeArticleBody(bodyHtml: string): string {
  return normalizeBodyMedia(sanitizeHtml(bodyHtml.normalize('NFC'), OPTIONS))
}

/** The body as plain text, for descriptions and feeds. */
export function bodyText(bodyHtml: string): string {
  // Block ends become spaces first, or "<p>Một.</p><p>Hai.</p>" would read "Một.Hai.".
  const spaced = bodyHtml.replace(/<\/(p|h[1-6]|li|blockquote|figcaption|caption|td|th|tr)>|<br\s*\/?>/gi, '$& ')
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim()
}
