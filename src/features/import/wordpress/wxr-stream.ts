import { createReadStream } from 'node:fs'
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { MalformedSourceError } from '../records.ts'

// A WXR file read as a stream of the <channel>'s children (each <item>, <wp:category>,
// <wp:author>…), each handed over whole as a small tree once it closes, so memory holds one
// item at a time however large the file. The parser is strict XML with namespaces: a file that
// is not well-formed throws MalformedSourceError with the line and column where it broke.

export interface WxrNode {
  /** The namespace, by kind (see namespaceKind); "other" for anything not WXR, RSS, content or dc. */
  ns: NamespaceKind
  local: string
  /** Attributes in no namespace (domain, nicename, isPermaLink). */
  attrs: Record<string, string>
  text: string
  children: WxrNode[]
  line: number
}

export type NamespaceKind = 'rss' | 'wp' | 'excerpt' | 'content' | 'dc' | 'other'

// Elements are told apart by namespace URI, never by prefix: WordPress has written 1.0, 1.1 and
// 1.2 namespaces (and https:// forms of them), and a file may bind any prefix to them. So in
// namespace-edge-cases.xml: a `wp:` prefix rebound to a foreign URI (example.com/fake, malicious,
// hijack, different-ns.com) is not WXR and its elements are ignored; `wp2:` bound to the 1.1 URI
// and `alt:` bound to 1.2 are WXR; an unprefixed element under a default namespace of the 1.2 URI
// is WXR; `xmlns=""` changes nothing for prefixed elements; an unknown entity inside CDATA is text.
const WXR = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/
const EXCERPT = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/
const CONTENT = /^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/$/
const DC = /^https?:\/\/purl\.org\/dc\/elements\/1\.1\/$/

export function namespaceKind(uri: string): NamespaceKind {
  if (uri === '') return 'rss'
  if (WXR.test(uri)) return 'wp'
  if (EXCERPT.test(uri)) return 'excerpt'
  if (CONTENT.test(uri)) return 'content'
  if (DC.test(uri)) return 'dc'
  return 'other'
}

/** The first child of that namespace and name. */
export const childOf = (node: WxrNode, ns: NamespaceKind, local: string): WxrNode | undefined =>
  node.children.find((c) => c.ns === ns && c.local === local)
export const childrenOf = (node: WxrNode, ns: NamespaceKind, local: string): WxrNode[] =>
  node.children.filter((c) => c.ns === ns && c.local === local)
export const textOf = (node: WxrNode, ns: NamespaceKind, local: string): string => childOf(node, ns, local)?.text.trim() ?? ''

/** The root element and the channel's children, in order; throws MalformedSourceError. */
export async function* wxrNodes(file: string): AsyncGenerator<WxrNode> {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const done: WxrNode[] = []
  const stack: WxrNode[] = []
  let depth = 0
  let root: string | undefined
  let channelSeen = false
  parser.on('error', (error) => {
    const at = /^(\d+):(\d+): (.*)$/s.exec(error.message)
    throw new MalformedSourceError(
      { file, line: at ? Number(at[1]) : parser.line, column: at ? Number(at[2]) : parser.column },
      at ? at[3]! : error.message,
    )
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    depth++
    if (depth === 1) {
      root = tag.local
      if (tag.local !== 'rss') throw new MalformedSourceError({ file, line: parser.line }, `the root element is <${tag.name}>, not <rss>: not a WordPress export`)
      return
    }
    if (depth === 2) {
      if (tag.local === 'channel' && namespaceKind(tag.uri) === 'rss') channelSeen = true
      return
    }
    const attrs: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) if (attribute.uri === '') attrs[attribute.local] = detach(attribute.value)
    const node: WxrNode = { ns: namespaceKind(tag.uri), local: tag.local, attrs, text: '', children: [], line: parser.line }
    stack.at(-1)?.children.push(node)
    stack.push(node)
  })
  const onText = (text: string) => {
    const node = stack.at(-1)
    if (node) node.text += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', () => {
    depth--
    if (depth < 2) return
    const node = stack.pop()!
    node.text = detach(node.text)
    if (stack.length === 0) done.push(node)
  })

  const input = createReadStream(file)
  let decoder: TextDecoder | undefined
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      decoder ??= new TextDecoder(declaredEncoding(file, chunk))
      parser.write(decoder.decode(chunk, { stream: true }))
      yield* done.splice(0)
    }
    parser.write(decoder?.decode() ?? '')
    parser.close()
    yield* done.splice(0)
  } finally {
    input.destroy()
  }
  if (root === undefined) throw new MalformedSourceError({ file }, 'the file is empty: not a WordPress export')
  if (!channelSeen) throw new MalformedSourceError({ file }, 'no <channel> in <rss>: not a WordPress export')
}

// The parser hands out slices of the 64 KB chunk it read; V8 keeps the whole chunk alive for as
// long as any slice lives, so one attachment address kept for later galleries (or a source id the
// sink keeps) would hold its chunk: 20,000 of them, a gigabyte. A copy owns only its own text.
const detach = (text: string): string => (text.length < 13 ? text : (' ' + text).slice(1))

// WordPress writes the blog's charset in the XML declaration; nearly always UTF-8, but an old
// blog set to ISO-8859-1 exports in it. What TextDecoder cannot read is refused.
function declaredEncoding(file: string, head: Buffer): string {
  const declaration = /^(?:\xEF\xBB\xBF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head.subarray(0, 300).toString('latin1'))
  const label = declaration?.[1] ?? 'utf-8'
  try {
    return new TextDecoder(label).encoding
  } catch {
    throw new MalformedSourceError({ file, line: 1 }, `the XML declaration names an encoding this reader does not know: ${label}`)
  }
}
