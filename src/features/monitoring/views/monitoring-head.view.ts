import { html, trustedHtml, type SafeHtml } from '../../../platform/views/html.ts'
import type { SnippetPart } from '../snippet-reading.ts'

/**
 * The codes' markup for the page's <head>, rebuilt from what was read. Scripts first: an image
 * ends the head in a browser's parser, so images come last, where nothing of the head follows.
 */
export function monitoringHeadView(parts: readonly SnippetPart[]): SafeHtml {
  const scripts = parts.filter((p) => p.kind !== 'image')
  const images = parts.filter((p) => p.kind === 'image')
  return html`${[...scripts, ...images].map((part, i) => html`${i > 0 ? '\n' : ''}${partView(part)}`)}`
}

function partView(part: SnippetPart): SafeHtml {
  switch (part.kind) {
    case 'script':
      return html`<script src="${part.src}"${part.attributes.map(([name, value]) => html` ${name}${value === '' ? '' : html`="${value}"`}`)}></script>`
    case 'inline':
      // As read, byte for byte: the policy allows exactly this text by its hash. Reading it
      // refused anything that could end the element.
      return html`<script>${trustedHtml(part.code)}</script>`
    case 'image': {
      const image = html`<img src="${part.src}" alt="${part.alt}"${part.width ? html` width="${part.width}"` : ''}${part.height ? html` height="${part.height}"` : ''}>`
      return part.noscript ? html`<noscript>${image}</noscript>` : image
    }
  }
}
