import { parseHTML } from 'linkedom'

/** Parses a page as a browser would, for asserting on elements rather than on strings. */
export function parsePage(markup: string): Document {
  return parseHTML(markup).document as unknown as Document
}

export function textOf(doc: Document | Element, selector: string): string {
  const el = doc.querySelector(selector)
  if (!el) throw new Error(`no element matches ${selector}`)
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim()
}

export function allText(doc: Document | Element, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
}
