// An article body from a Ghost post: the `html` column when Ghost saved one (every version does
// for posts edited in its admin), else the lexical (5.x) or mobiledoc (1.x–4.x) document rendered
// here, else 0.x markdown.
import { escapeText, RenderNotes } from './cards.ts'
import { lexicalToHtml } from './lexical.ts'
import { mobiledocToHtml } from './mobiledoc.ts'
import type { Row } from './export-rows.ts'

/**
 * Markdown without a markdown library: a post with markdown and no html is rare (Ghost 0.x
 * always saved both), so it keeps its paragraphs as plain text, with a note, rather than pull
 * in a parser for it.
 */
function markdownAsText(source: string, notes: RenderNotes): string {
  if (!source.trim()) return ''
  notes.add('markdown without html imported as plain paragraphs')
  return source.split(/\n\s*\n/).map(block => block.trim()).filter(Boolean)
    .map(block => `<p>${escapeText(block).replace(/\n/g, '<br>')}</p>`).join('\n')
}

/** Ghost's own marks in its HTML: card comments, the site-address placeholder of 4.x+ exports, resized copies. */
export function cleanGhostHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/__GHOST_URL__/g, '')
    // Ghost's resized copies (size/w600/…) do not move with the images: the portal makes its own.
    .replace(/(<img\b[^>]*?)\s(?:srcset|sizes)\s*=\s*(?:"[^"]*"|'[^']*')/gi, '$1')
    .replace(/(<img\b[^>]*?)\s(?:srcset|sizes)\s*=\s*(?:"[^"]*"|'[^']*')/gi, '$1')
}

export function postBody(post: Row): { html: string; notes: string[] } {
  const notes = new RenderNotes()
  const markdown = (source: string) => markdownAsText(source, notes)
  let html = ''
  if (typeof post.html === 'string' && post.html.trim() !== '') {
    html = post.html
  } else {
    const tries: [string, unknown, (doc: string | object) => string][] = [
      ['lexical', post.lexical, doc => lexicalToHtml(doc, notes, markdown)],
      ['mobiledoc', post.mobiledoc, doc => mobiledocToHtml(doc, notes, markdown)],
    ]
    let rendered = false
    for (const [format, doc, render] of tries) {
      if (!doc || (typeof doc !== 'string' && typeof doc !== 'object')) continue
      try {
        html = render(doc as string | object)
        rendered = true
        break
      } catch (error) {
        notes.add(`${format} body unreadable (${(error as Error).message}), skipped`)
      }
    }
    if (!rendered && typeof post.markdown === 'string') html = markdown(post.markdown)
    else if (!rendered && typeof post.plaintext === 'string') html = markdown(post.plaintext)
  }
  return { html: cleanGhostHtml(html), notes: notes.list }
}
