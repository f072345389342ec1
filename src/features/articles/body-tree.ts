// A tree of an article body that sanitize-html has already written out: every tag known and
// closed, every attribute quoted, `<`, `>`, `&` and `"` escaped. That narrow shape is all this
// reads, so a few lines do (the gallery and video rules, and the PDF, walk it); it is not a
// parser for HTML from anywhere else.

export interface BodyElement {
  kind: 'element'
  tag: string
  attrs: Record<string, string>
  children: BodyNode[]
  /** The start tag exactly as it was written, so an untouched element is written back unchanged. */
  raw: string
}

export interface BodyText {
  kind: 'text'
  /** As written (entities still escaped). */
  raw: string
}

export type BodyNode = BodyElement | BodyText

const VOID = new Set(['img', 'br', 'hr', 'track', 'source', 'wbr'])
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>|<!--[\s\S]*?-->|[^<]+|</g
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*"([^"]*)")?/g

export function parseBody(html: string): BodyNode[] {
  const root: BodyElement = { kind: 'element', tag: '#root', attrs: {}, children: [], raw: '' }
  const open: BodyElement[] = [root]
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, name, attributes, selfClosing] = match
    const parent = open[open.length - 1]!
    if (name === undefined) {
      if (!token.startsWith('<!--')) parent.children.push({ kind: 'text', raw: token })
      continue
    }
    const tag = name.toLowerCase()
    if (closing) {
      const at = open.findLastIndex((e) => e.tag === tag)
      if (at > 0) open.length = at
      continue
    }
    const element: BodyElement = { kind: 'element', tag, attrs: attributesOf(attributes ?? ''), children: [], raw: token }
    parent.children.push(element)
    if (!VOID.has(tag) && !selfClosing) open.push(element)
  }
  return root.children
}

function attributesOf(text: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const [, name, value] of text.matchAll(ATTRIBUTE)) attrs[name!.toLowerCase()] = decodeEntities(value ?? '')
  return attrs
}

export function serializeBody(nodes: readonly BodyNode[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.kind === 'text') out += node.raw
    else out += node.raw + (VOID.has(node.tag) ? '' : `${serializeBody(node.children)}</${node.tag}>`)
  }
  return out
}

/** A new element, its start tag written from `attrs` (escaped). */
export function element(tag: string, attrs: Record<string, string>, children: BodyNode[] = []): BodyElement {
  const written = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('')
  return { kind: 'element', tag, attrs, children, raw: `<${tag}${written}${VOID.has(tag) ? ' /' : ''}>` }
}

export function textNode(text: string): BodyText {
  return { kind: 'text', raw: escapeText(text) }
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;')
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[name.toLowerCase()] ?? whole
  })
}

/** The text inside a node, entities decoded. */
export function textOf(node: BodyNode): string {
  if (node.kind === 'text') return decodeEntities(node.raw)
  if (node.tag === 'br') return '\n'
  return node.children.map(textOf).join('')
}

export const isElement = (node: BodyNode, tag?: string): node is BodyElement => node.kind === 'element' && (tag === undefined || node.tag === tag)

export function classesOf(node: BodyElement): string[] {
  return (node.attrs.class ?? '').split(/\s+/).filter(Boolean)
}
