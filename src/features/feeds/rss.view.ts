import { xml, xmlDocument } from './xml.ts'

export interface FeedItem {
  title: string
  /** Absolute: a feed is read away from the portal. */
  url: string
  lead: string
  publishedAt: Date
  categoryName: string | undefined
  /** The byline's name; empty when the article has none. */
  creator: string
}

export interface Feed {
  title: string
  link: string
  description: string
  selfUrl: string
  items: FeedItem[]
}

// RFC 822 as RSS 2.0 wants it; toUTCString() gives its RFC 1123 form ("Fri, 15 Jan 2021 02:30:00 GMT").
const rfc822 = (instant: Date): string => instant.toUTCString()

/** RSS 2.0, with atom:link rel="self" and dc:creator as the validators recommend. */
export function rssView(feed: Feed): string {
  // The newest article's time, not the time of rendering: the same content keeps the same ETag.
  const newest = feed.items[0]?.publishedAt
  return xmlDocument(xml`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${feed.title}</title>
<link>${feed.link}</link>
<description>${feed.description}</description>
<language>vi</language>
${newest ? xml`<lastBuildDate>${rfc822(newest)}</lastBuildDate>\n` : ''}<atom:link href="${feed.selfUrl}" rel="self" type="application/rss+xml"/>
${feed.items.map((item) => xml`<item>
<title>${item.title}</title>
<link>${item.url}</link>
<guid isPermaLink="true">${item.url}</guid>
<pubDate>${rfc822(item.publishedAt)}</pubDate>
<description>${item.lead}</description>
${item.categoryName ? xml`<category>${item.categoryName}</category>\n` : ''}${item.creator ? xml`<dc:creator>${item.creator}</dc:creator>\n` : ''}</item>
`)}</channel>
</rss>`)
}
