const FONT_FAMILY = /font-family\s*:\s*([^;>]+)/gi
const FONT_FACE = /<font\b[^>]*?\sface\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi

/**
 * The font faces an HTML body names (`style="font-family:.VnTime"`, `<font face="VNI-Times">`),
 * each once, in the order met: how the sink tells TCVN3 or VNI text from Unicode.
 */
export function fontFacesIn(html: string): string[] {
  const faces = new Set<string>()
  const add = (list: string) => {
    for (const face of list.replace(/&quot;|&#0?39;/g, '').split(',')) {
      const name = face.replace(/["']/g, '').trim()
      if (name) faces.add(name)
    }
  }
  for (const match of html.matchAll(FONT_FAMILY)) add(match[1]!.split(/["'](?=\s*(?:>|\s\w+=))/)[0]!)
  for (const match of html.matchAll(FONT_FACE)) add(match[1] ?? match[2] ?? match[3] ?? '')
  return [...faces]
}
