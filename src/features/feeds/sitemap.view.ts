import { xml, xmlDocument } from './xml.ts'

export interface SitemapEntry {
  /** Absolute, as the sitemap protocol requires. */
  url: string
  lastModified?: Date
}

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

// W3C Datetime; whole seconds are enough for a crawler.
const w3cDatetime = (instant: Date): string => instant.toISOString().replace(/\.\d{3}Z$/, 'Z')

const lastmod = (entry: SitemapEntry) => entry.lastModified ? xml`<lastmod>${w3cDatetime(entry.lastModified)}</lastmod>` : ''

export function urlsetView(entries: SitemapEntry[]): string {
  return xmlDocument(xml`<urlset xmlns="${NAMESPACE}">
${entries.map((entry) => xml`<url><loc>${entry.url}</loc>${lastmod(entry)}</url>\n`)}</urlset>`)
}

export function sitemapIndexView(sitemaps: SitemapEntry[]): string {
  return xmlDocument(xml`<sitemapindex xmlns="${NAMESPACE}">
${sitemaps.map((entry) => xml`<sitemap><loc>${entry.url}</loc>${lastmod(entry)}</sitemap>\n`)}</sitemapindex>`)
}
