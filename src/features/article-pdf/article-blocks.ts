import { classesOf, isElement, parseBody, textOf, type BodyElement, type BodyNode } from '../articles/index.ts'
import type { InlineStyle, Span } from './render/pdf-typesetter.ts'

// An article body (sanitized HTML) as the blocks a printed page is made of. Only what the
// sanitizer lets through can be here; anything else is read as its text.

export interface ImageRef {
  /** The address as the body gives it (`/media/…`, MEDIA_PUBLIC_URL/…, or another site's). */
  src: string
  srcset: string | undefined
  alt: string
}

export type Block =
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'heading'; level: 2 | 3 | 4; spans: Span[] }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'figure'; image: ImageRef; caption: Span[]; position?: { index: number; count: number } }
  | { kind: 'table'; rows: { cells: { header: boolean; spans: Span[] }[] }[] }
  | { kind: 'rule' }
  | { kind: 'video'; caption: Span[]; poster: ImageRef | undefined; watchUrl: string | undefined }

const INLINE = new Set(['a', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'br', 'span'])

export function articleBlocks(bodyHtml: string, absolute: (href: string) => string): Block[] {
  return blocksOf(parseBody(bodyHtml), absolute)
}

function blocksOf(nodes: readonly BodyNode[], absolute: (href: string) => string): Block[] {
  const blocks: Block[] = []
  let loose: BodyNode[] = []
  // Text and inline tags between blocks (a bare line, an <img> in a paragraph) make a paragraph.
  const flush = () => {
    const images: ImageRef[] = []
    const spans = spansOf(loose, {}, absolute, images)
    if (spans.some((s) => s.text.trim())) blocks.push({ kind: 'paragraph', spans })
    for (const image of images) blocks.push({ kind: 'figure', image, caption: [] })
    loose = []
  }
  for (const node of nodes) {
    if (node.kind === 'text' || INLINE.has(node.tag) || node.tag === 'img') {
      loose.push(node)
      continue
    }
    flush()
    blocks.push(...blockOf(node, absolute))
  }
  flush()
  return blocks
}

function blockOf(node: BodyElement, absolute: (href: string) => string): Block[] {
  switch (node.tag) {
    case 'p': return blocksOf([{ ...node, tag: 'span' }], absolute)
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      const level = Math.min(4, Math.max(2, Number(node.tag[1]))) as 2 | 3 | 4
      return [{ kind: 'heading', level, spans: spansOf(node.children, {}, absolute, []) }]
    }
    case 'ul': case 'ol':
      return [{ kind: 'list', ordered: node.tag === 'ol', items: node.children.filter((c): c is BodyElement => isElement(c, 'li')).map((li) => blocksOf(li.children, absolute)) }]
    case 'blockquote': return [{ kind: 'quote', blocks: blocksOf(node.children, absolute) }]
    case 'hr': return [{ kind: 'rule' }]
    case 'table': return [tableOf(node, absolute)]
    case 'div': {
      const figures = node.children.filter((c): c is BodyElement => isElement(c, 'figure')).flatMap((f) => figureOf(f, absolute))
      return figures.map((f, index) => (f.kind === 'figure' ? { ...f, position: { index: index + 1, count: figures.length } } : f))
    }
    case 'figure': return figureOf(node, absolute)
    default: return blocksOf(node.children, absolute)
  }
}

function figureOf(node: BodyElement, absolute: (href: string) => string): Block[] {
  const captionNode = node.children.find((c): c is BodyElement => isElement(c, 'figcaption'))
  const caption = captionNode ? spansOf(captionNode.children, {}, absolute, []) : []
  const classes = classesOf(node)
  if (classes.includes('video') || classes.includes('youtube')) {
    const link = node.children.find((c): c is BodyElement => isElement(c, 'a'))
    const poster = link?.children.find((c): c is BodyElement => isElement(c, 'img'))
    return [{ kind: 'video', caption, poster: poster && imageRef(poster), watchUrl: link?.attrs.href }]
  }
  const image = findImage(node)
  return image ? [{ kind: 'figure', image: imageRef(image), caption }] : caption.length ? [{ kind: 'paragraph', spans: caption }] : []
}

function findImage(node: BodyElement): BodyElement | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue
    if (child.tag === 'img') return child
    const inner = child.tag === 'figcaption' ? undefined : findImage(child)
    if (inner) return inner
  }
  return undefined
}

const imageRef = (img: BodyElement): ImageRef => ({ src: img.attrs.src ?? '', srcset: img.attrs.srcset, alt: img.attrs.alt ?? '' })

function tableOf(node: BodyElement, absolute: (href: string) => string): Block {
  const rows: BodyElement[] = []
  const collect = (n: BodyElement) => {
    for (const c of n.children) if (isElement(c)) (c.tag === 'tr' ? rows.push(c) : ['thead', 'tbody', 'tfoot'].includes(c.tag) && collect(c))
  }
  collect(node)
  return {
    kind: 'table',
    rows: rows.map((tr) => ({
      cells: tr.children.filter((c): c is BodyElement => isElement(c, 'td') || isElement(c, 'th'))
        .map((cell) => ({ header: cell.tag === 'th', spans: spansOf(cell.children, cell.tag === 'th' ? { bold: true } : {}, absolute, []) })),
    })).filter((r) => r.cells.length > 0),
  }
}

/** Inline content as styled spans; images met on the way are set aside for after the text. */
function spansOf(nodes: readonly BodyNode[], style: InlineStyle, absolute: (href: string) => string, images: ImageRef[]): Span[] {
  const spans: Span[] = []
  for (const node of nodes) {
    if (node.kind === 'text') {
      spans.push({ text: textOf(node).replace(/\s+/g, ' '), style })
      continue
    }
    switch (node.tag) {
      case 'br': spans.push({ text: '\n', style }); break
      case 'img': images.push(imageRef(node)); break
      case 'strong': case 'b': spans.push(...spansOf(node.children, { ...style, bold: true }, absolute, images)); break
      case 'em': case 'i': spans.push(...spansOf(node.children, { ...style, italic: true }, absolute, images)); break
      case 'a': {
        const href = node.attrs.href
        spans.push(...spansOf(node.children, href ? { ...style, link: absolute(href) } : style, absolute, images))
        break
      }
      // Block content inside inline content (a list in a table cell) is read as its text.
      default: spans.push(...spansOf(node.children, style, absolute, images))
    }
  }
  return spans
}

/** A caption or heading as plain text (for alt text, tests). */
export const spansText = (spans: readonly Span[]) => spans.map((s) => s.text).join('')
