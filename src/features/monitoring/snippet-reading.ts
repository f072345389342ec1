import { parseHTML } from 'linkedom'
import { inlineHash } from '../../platform/http/security-headers.ts'

// A monitoring snippet (the EMC code of Circular 22/2023, an analytics code) as pasted by the
// administrator, read once when saved: only scripts (by address or inline) and counting images
// (bare or inside <noscript>) pass. The page never carries the pasted text itself but markup
// rebuilt from what was read, so an attribute we did not read cannot slip through.

export type SnippetPart =
  | { kind: 'script'; src: string; attributes: readonly (readonly [string, string])[] }
  | { kind: 'inline'; code: string; hash: string }
  | { kind: 'image'; src: string; alt: string; width: string; height: string; noscript: boolean }

/** What the snippet needs the policy to allow, by directive: origins only, and the inline code's hashes. */
export interface SnippetSources {
  scriptHosts: readonly string[]
  connectHosts: readonly string[]
  imageHosts: readonly string[]
  hashes: readonly string[]
}

export interface ReadSnippet extends SnippetSources {
  parts: readonly SnippetPart[]
}

/** Why the snippet was refused, as the administrator reads it. */
export class SnippetRefused extends Error {}

const SCRIPT_ATTRIBUTES = new Set(['src', 'async', 'defer', 'id', 'charset', 'crossorigin', 'referrerpolicy'])
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module'])
const IMAGE_ATTRIBUTES = new Set(['src', 'alt', 'width', 'height', 'border', 'referrerpolicy'])
const MAX_LENGTH = 20_000
// An address in the inline code: the loader's "https://emc.gov.vn/…" or "//host/…".
const URL_IN_CODE = /(?:https?:)?\/\/[a-z0-9.-]+(?::\d+)?(?=[/"'`?#\s]|$)/gi

interface NodeLike {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<NodeLike>
  attributes?: ArrayLike<{ name: string; value: string }>
}

export function readSnippet(text: string): ReadSnippet {
  const snippet = text.trim()
  if (snippet.length > MAX_LENGTH) throw new SnippetRefused(`Mã theo dõi dài quá ${MAX_LENGTH.toLocaleString('vi-VN')} ký tự.`)
  if (snippet === '') return { parts: [], scriptHosts: [], connectHosts: [], imageHosts: [], hashes: [] }
  // Inside a <template>, nothing the snippet holds is moved elsewhere by the parser.
  const { document } = parseHTML(`<!doctype html><html><head></head><body><template>${snippet}</template></body></html>`)
  const template = document.querySelector('template') as unknown as { content: NodeLike } | null
  if (!template) throw new SnippetRefused('Không đọc được mã theo dõi.')
  const parts = readNodes(Array.from(template.content.childNodes), false)
  if (parts.length === 0) throw new SnippetRefused('Mã theo dõi không có thẻ <script> hay <img> nào.')
  return { parts, ...sourcesOf(parts) }
}

function readNodes(nodes: readonly NodeLike[], inNoscript: boolean): SnippetPart[] {
  const parts: SnippetPart[] = []
  for (const node of nodes) {
    if (node.nodeType === 8) continue // a comment ("<!-- EMC -->") is left out
    if (node.nodeType === 3) {
      if ((node.textContent ?? '').trim() !== '') throw new SnippetRefused('Mã theo dõi chỉ được có thẻ <script>, <img> và <noscript><img></noscript>, không có chữ bên ngoài thẻ.')
      continue
    }
    const name = node.nodeName.toLowerCase()
    if (name === 'script' && !inNoscript) parts.push(readScript(node))
    else if (name === 'img') parts.push(readImage(node, inNoscript))
    else if (name === 'noscript' && !inNoscript) {
      const inside = readNodes(Array.from(node.childNodes), true)
      if (inside.length === 0) throw new SnippetRefused('Thẻ <noscript> phải chứa một thẻ <img>.')
      parts.push(...inside)
    } else throw new SnippetRefused(`Mã theo dõi không được có thẻ <${name}>: chỉ <script>, <img> và <noscript><img></noscript>.`)
  }
  return parts
}

function attributesOf(node: NodeLike, allowed: Set<string>, tag: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const { name, value } of Array.from(node.attributes ?? [])) {
    const key = name.toLowerCase()
    if (key === 'type' && tag === 'script') {
      if (!SCRIPT_TYPES.has(value.trim().toLowerCase())) throw new SnippetRefused(`Thẻ <script> có type="${value}" không được nhận.`)
      continue
    }
    if (!allowed.has(key) && !/^data-[a-z0-9-]+$/.test(key)) throw new SnippetRefused(`Thẻ <${tag}> không được có thuộc tính ${key}.`)
    found.set(key, value)
  }
  return found
}

function readScript(node: NodeLike): SnippetPart {
  const attributes = attributesOf(node, SCRIPT_ATTRIBUTES, 'script')
  const code = node.textContent ?? ''
  const src = attributes.get('src')
  if (src !== undefined) {
    if (code.trim() !== '') throw new SnippetRefused('Thẻ <script src> không được có mã bên trong.')
    attributes.delete('src')
    return { kind: 'script', src: webAddress(src, 'script'), attributes: [...attributes] }
  }
  if (code.trim() === '') throw new SnippetRefused('Thẻ <script> trống.')
  if (attributes.size > 0) throw new SnippetRefused('Thẻ <script> có mã bên trong không được có thuộc tính.')
  // The page carries the code as it is, so nothing in it may end or confuse the script element.
  if (/<\/script|<!--|<script/i.test(code)) throw new SnippetRefused('Mã bên trong thẻ <script> không được chứa "</script", "<script" hay "<!--".')
  return { kind: 'inline', code, hash: inlineHash(code) }
}

function readImage(node: NodeLike, noscript: boolean): SnippetPart {
  const attributes = attributesOf(node, IMAGE_ATTRIBUTES, 'img')
  const src = attributes.get('src')
  if (src === undefined) throw new SnippetRefused('Thẻ <img> phải có src.')
  const size = (key: string) => /^\d{1,4}$/.test(attributes.get(key) ?? '') ? attributes.get(key)! : ''
  return { kind: 'image', src: webAddress(src, 'img'), alt: attributes.get('alt') ?? '', width: size('width'), height: size('height'), noscript }
}

function webAddress(value: string, tag: string): string {
  const trimmed = value.trim()
  let url: URL
  try {
    url = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed)
  } catch {
    throw new SnippetRefused(`Địa chỉ của thẻ <${tag}> không đúng: ${trimmed}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SnippetRefused(`Thẻ <${tag}> chỉ được tải từ địa chỉ http(s): ${trimmed}`)
  return url.href
}

/**
 * By directive. A script's host also receives what it reports (connect-src); an address in the
 * inline code may be a script it inserts, where it reports, or a counting image, and is allowed
 * for those three, and only that host.
 */
function sourcesOf(parts: readonly SnippetPart[]): SnippetSources {
  const scripts = new Set<string>(), connects = new Set<string>(), images = new Set<string>(), hashes = new Set<string>()
  for (const part of parts) {
    if (part.kind === 'script') {
      const origin = new URL(part.src).origin
      scripts.add(origin)
      connects.add(origin)
    } else if (part.kind === 'image') images.add(new URL(part.src).origin)
    else {
      hashes.add(part.hash)
      for (const found of part.code.match(URL_IN_CODE) ?? []) {
        const origin = new URL(found.startsWith('//') ? `https:${found}` : found).origin
        scripts.add(origin)
        connects.add(origin)
        images.add(origin)
      }
    }
  }
  return { scriptHosts: [...scripts], connectHosts: [...connects], imageHosts: [...images], hashes: [...hashes] }
}
