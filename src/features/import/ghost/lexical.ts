// Lexical (Ghost 5.x bodies) to HTML, for the export whose `html` column is empty. Ghost's own
// renderer (@tryghost/kg-lexical-html-renderer) runs a headless Lexical editor over jsdom, far
// too heavy for an importer: the serialised tree is simple enough to walk here.
import { escapeAttribute, escapeText, renderCard, type RenderNotes } from './cards.ts'

interface LexicalNode {
  type: string
  children?: LexicalNode[]
  [field: string]: unknown
}

// Lexical's text format bits, outermost first.
const FORMATS: [number, string][] = [
  [1, 'strong'], [2, 'em'], [4, 's'], [8, 'u'], [16, 'code'], [32, 'sub'], [64, 'sup'], [128, 'mark'],
]

function renderText(node: LexicalNode): string {
  let html = escapeText(String(node.text ?? ''))
  const format = Number(node.format ?? 0)
  for (const [bit, tag] of [...FORMATS].reverse()) {
    if (format & bit) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

export function lexicalToHtml(source: string | object, notes: RenderNotes, markdown: (source: string) => string): string {
  const state = (typeof source === 'string' ? JSON.parse(source) : source) as { root?: LexicalNode }
  if (!state?.root || !Array.isArray(state.root.children)) throw new Error('lexical state has no root')

  const inline = (nodes: LexicalNode[] = []): string => nodes.map(node => {
    switch (node.type) {
      case 'text': case 'extended-text': return renderText(node)
      case 'linebreak': return '<br>'
      case 'tab': return ' '
      case 'link': case 'autolink': {
        const url = String(node.url ?? '')
        return url ? `<a href="${escapeAttribute(url)}">${inline(node.children)}</a>` : inline(node.children)
      }
      case 'hashtag': case 'at-link': case 'zwnj': return escapeText(String(node.text ?? ''))
      default:
        if (node.children) return inline(node.children)
        notes.add(`inline '${node.type}' dropped`)
        return ''
    }
  }).join('')

  const list = (node: LexicalNode): string => {
    const tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
    const items = (node.children ?? []).map(item => {
      const nested = (item.children ?? []).filter(child => child.type === 'list')
      const words = (item.children ?? []).filter(child => child.type !== 'list')
      return `<li>${inline(words)}${nested.map(list).join('')}</li>`
    })
    return `<${tag}>${items.join('')}</${tag}>`
  }

  const block = (node: LexicalNode): string => {
    switch (node.type) {
      case 'paragraph': case 'extended-paragraph': {
        const inner = inline(node.children)
        return inner ? `<p>${inner}</p>` : ''
      }
      case 'heading': case 'extended-heading': {
        const tag = HEADINGS.has(String(node.tag)) ? String(node.tag) : 'h2'
        return `<${tag}>${inline(node.children)}</${tag}>`
      }
      case 'quote': case 'extended-quote': return `<blockquote><p>${inline(node.children)}</p></blockquote>`
      case 'aside': return `<aside><p>${inline(node.children)}</p></aside>`
      case 'list': return list(node)
      default:
        // Every other block is one of Ghost's cards, its payload in the node itself.
        return renderCard(node.type, node, notes, markdown)
    }
  }

  return state.root.children.map(block).filter(Boolean).join('\n')
}
