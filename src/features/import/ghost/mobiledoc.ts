// Mobiledoc (Ghost 1.x–4.x bodies) to HTML, for the rare export whose `html` column is empty.
// Format 0.3: sections [1 markup | 2 image | 3 list | 10 card], markers [type, opened markups,
// closed count, text or atom index]. Written here rather than taking Ghost's renderer, which
// needs a DOM (simple-dom) and brings Ghost's card set with it.
import { escapeAttribute, escapeText, renderCard, type RenderNotes } from './cards.ts'

type Markup = [string, string[]?]
type Marker = [number, number[], number, string | number]
type Section = unknown[]

interface Mobiledoc {
  markups?: Markup[]
  atoms?: [string, string, Record<string, unknown>][]
  cards?: [string, Record<string, unknown>][]
  sections?: Section[]
}

const SECTION_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'aside', 'pull-quote'])
const MARKUP_TAGS = new Set(['a', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'code', 'strike', 'del'])

function openTag([tag, attributes = []]: Markup): string {
  if (!MARKUP_TAGS.has(tag)) return ''
  let html = `<${tag}`
  for (let i = 0; i + 1 < attributes.length; i += 2) {
    if (tag === 'a' && (attributes[i] === 'href' || attributes[i] === 'rel')) html += ` ${attributes[i]}="${escapeAttribute(attributes[i + 1] ?? '')}"`
  }
  return `${html}>`
}

const closeTag = ([tag]: Markup): string => (MARKUP_TAGS.has(tag) ? `</${tag}>` : '')

function renderMarkers(doc: Mobiledoc, markers: Marker[], notes: RenderNotes): string {
  const markups = doc.markups ?? []
  const open: Markup[] = []
  let html = ''
  for (const [type, opened, closed, value] of markers) {
    for (const index of opened) {
      const markup = markups[index]
      if (!markup) continue
      open.push(markup)
      html += openTag(markup)
    }
    if (type === 1) {
      const atom = doc.atoms?.[Number(value)]
      if (atom?.[0] === 'soft-return') html += '<br>'
      else if (atom) html += escapeText(atom[1] ?? '')
    } else {
      html += escapeText(String(value))
    }
    for (let i = 0; i < closed; i++) {
      const markup = open.pop()
      if (markup) html += closeTag(markup)
    }
  }
  while (open.length > 0) html += closeTag(open.pop()!)
  if (markers.some(([type, , , value]) => type === 1 && !doc.atoms?.[Number(value)])) notes.add('missing mobiledoc atom dropped')
  return html
}

export function mobiledocToHtml(source: string | object, notes: RenderNotes, markdown: (source: string) => string): string {
  const doc = (typeof source === 'string' ? JSON.parse(source) : source) as Mobiledoc
  if (!doc || !Array.isArray(doc.sections)) throw new Error('mobiledoc has no sections')
  const parts: string[] = []
  for (const section of doc.sections) {
    const kind = section[0]
    if (kind === 1) {
      let tag = String(section[1]).toLowerCase()
      if (!SECTION_TAGS.has(tag)) tag = 'p'
      if (tag === 'pull-quote') tag = 'aside'
      const inner = renderMarkers(doc, (section[2] ?? []) as Marker[], notes)
      if (inner === '' && tag === 'p') continue
      parts.push(`<${tag}>${inner}</${tag}>`)
    } else if (kind === 2) {
      parts.push(`<figure><img src="${escapeAttribute(String(section[1]))}" alt=""></figure>`)
    } else if (kind === 3) {
      const tag = section[1] === 'ol' ? 'ol' : 'ul'
      const items = (section[2] ?? []) as Marker[][]
      parts.push(`<${tag}>${items.map(item => `<li>${renderMarkers(doc, item, notes)}</li>`).join('')}</${tag}>`)
    } else if (kind === 10) {
      const card = doc.cards?.[Number(section[1])]
      if (!card) { notes.add('missing mobiledoc card dropped'); continue }
      parts.push(renderCard(card[0], card[1] ?? {}, notes, markdown))
    } else {
      notes.add(`mobiledoc section of kind ${String(kind)} dropped`)
    }
  }
  return parts.filter(Boolean).join('\n')
}
