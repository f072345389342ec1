// An old site's address as it is kept and looked up: the path and query string the old site
// answered, written one way, so "/2021/01/Slug/", "/2021/01/slug" and
// "http://old.gov.vn/2021/01/slug/?utm_source=x" are one address.
//  - scheme and host dropped (the province's domain usually stays; the paths changed);
//  - percent-escapes decoded, NFC, lower case (WordPress slugs and IIS paths ignore case);
//  - no trailing slash, and an index file is its folder ("/index.php?p=1" is "/?p=1");
//  - the query's parameters sorted, empty ones and trackers dropped.

const INDEX_FILE = /\/(index\.(php|html?|asp|aspx|jsp)|default\.(aspx?|html?))$/
const TRACKERS = /^(utm_[a-z]+|fbclid|gclid|zarsrc|_ga)$/

export function normaliseOldAddress(address: string): string | undefined {
  let text = address.trim()
  if (text === '') return undefined
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(.*)$/i.exec(text)
  if (absolute) text = absolute[1] || '/'
  else if (text.startsWith('//')) text = text.replace(/^\/\/[^/?#]*/, '') || '/'
  text = text.replace(/#.*$/, '')
  if (!text.startsWith('/') && !text.startsWith('?')) text = `/${text}`
  const q = text.indexOf('?')
  let path = q === -1 ? text : text.slice(0, q)
  const query = q === -1 ? '' : text.slice(q + 1)
  path = decode(path).normalize('NFC').toLowerCase().replace(/\/{2,}/g, '/')
  if (path === '') path = '/'
  path = path.replace(INDEX_FILE, '/')
  if (path.length > 1) path = path.replace(/\/+$/, '')
  const params = query.split('&').filter(Boolean).map((pair) => {
    const eq = pair.indexOf('=')
    const key = decode((eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, ' ')).normalize('NFC').toLowerCase()
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1).replace(/\+/g, ' ')).normalize('NFC').toLowerCase()
    return [key, value] as const
  }).filter(([key, value]) => key !== '' && value !== '' && !TRACKERS.test(key))
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
  const kept = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
  return kept ? `${path}?${kept}` : path
}

/**
 * The first segment of an address ("" for the root): the portal keeps the set of them in memory,
 * so a request whose first segment no old address has is passed on without a database read.
 */
export function headOf(normalised: string): string {
  const path = normalised.split('?')[0]!
  return path.split('/')[1] ?? ''
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
