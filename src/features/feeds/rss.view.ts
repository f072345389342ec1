import { xml, xmlDocument } from './xml.ts'

// Feed readers decode an element's XML and then render what they get as HTML (all of them for
// <description>, many for <title> too), so escaping once hands them markup: a lead holding
// `<a href="javascript:…">` would be a live link in a reader. Plain text is HTML-escaped here
// and XML-escaped again by the `xml` tag, and arrives as the same text after both decodings.
// Only & < > : quotes need no escaping outside attributes, and readers that show a title as
// plain text would otherwise show "&quot;" in many Vietnamese headlines.
const TEXT_SPECIAL = /[&<>]/g
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const asHtmlText = (text: string): string => text.replace(TEXT_SPECIAL, (c) => TEXT_ENTITIES[c]!)

export interface FeedItem {
  title: string
  /** Absolute: a feed is read away from the portal. */
  url: string
  lead: string
  publishedAt: Date
  categoryName: string | undefined
  /** The byline's name; empty when the article has none. */
  creator: string | undefined
  /** A pinned item's own id, when its link is not one (an alert links where it likes, or home). */
  guid?: string
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
<title>${asHtmlText(feed.title)}</title>
<link>${feed.link}</link>
<description>${asHtmlText(feed.description)}</description>
<language>vi</language>
${newest ? xml`<lastBuildDate>${rfc822(newest)}</lastBuildDate>\n` : ''}<atom:link href="${feed.selfUrl}" rel="self" type="application/rss+xml"/>
${feed.items.map((item) => xml`<item>
<title>${asHtmlText(item.title)}</title>
<link>${item.url}</link>
${item.guid ? xml`<guid isPermaLink="false">${item.guid}</guid>` : xml`<guid isPermaLink="true">${item.url}</guid>`}
<pubDate>${rfc822(item.publishedAt)}</pubDate>
<description>${asHtmlText(item.lead)}</description>
${item.categoryName ? xml`<category>${asHtmlText(item.categoryName)}</category>\n` : ''}${item.creator ? xml`<dc:creator>${asHtmlText(item.creator)}</dc:creator>\n` : ''}</item>
`)}</channel>
</rss>`)
}
