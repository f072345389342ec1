import fastXmlParser from 'fast-xml-parser'
import { DOMParser } from 'linkedom'

/**
 * Parses a feed or sitemap, failing on anything that is not well-formed XML: linkedom alone
 * is forgiving (as browsers are with HTML), so fast-xml-parser's validator checks first.
 */
export function parseXml(text: string): Document {
  const verdict = fastXmlParser.validate(text)
  if (verdict !== true) throw new Error(`not well-formed XML: ${JSON.stringify(verdict.err)}`)
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document
}

/** The text of each element with this (possibly prefixed) name, in document order. */
export function textsOf(root: Document | Element, name: string): string[] {
  return [...root.getElementsByTagName(name)].map((el) => el.textContent ?? '')
}
