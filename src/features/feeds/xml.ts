// Feed readers and search engines reject a whole document for one bad character, so feeds and
// sitemaps are built only with the `xml` tag: every interpolated value is escaped and cleared of
// what XML 1.0 forbids (control characters, lone surrogates), unless it is already an XmlFragment.
export class XmlFragment {
  constructor(readonly value: string) {}
}

export type XmlValue = XmlFragment | string | number | undefined | false | readonly XmlValue[]

const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const SPECIAL = /[&<>"']/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(SPECIAL, (c) => ENTITIES[c]!)
}

function render(value: XmlValue): string {
  if (value === undefined || value === false) return ''
  if (value instanceof XmlFragment) return value.value
  if (typeof value === 'string') return escapeXml(value)
  if (typeof value === 'number') return String(value)
  return value.map(render).join('')
}

export function xml(strings: TemplateStringsArray, ...values: XmlValue[]): XmlFragment {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!
  return new XmlFragment(out)
}

/** A whole document, with the declaration feed readers expect on the first line. */
export function xmlDocument(root: XmlFragment): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.value}\n`
}
