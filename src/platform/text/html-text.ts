const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * A stored (already sanitised) body of an article or any other content as plain text, for the index and for snippets.
 * Block ends become spaces, or "<p>Một.</p><p>Hai.</p>" would read "Một.Hai.". Cheaper than a
 * full HTML parser, which matters when 100,000 bodies are re-indexed; the result is only ever
 * indexed or escaped, never sent as markup.
 */
export function plainText(bodyHtml: string): string {
  return bodyHtml
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|caption|td|th|tr|div)>|<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' '
      }
      return ENTITIES[name.toLowerCase()] ?? entity
    })
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC')
}
