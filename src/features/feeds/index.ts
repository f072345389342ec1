export { rssRoutes, FEED_SIZE, type FeedDeps } from './rss.routes.ts'
export { sitemapRoutes, SITEMAP_FILE_SIZE, type SitemapDeps } from './sitemap.routes.ts'
export { escapeXml, xml } from './xml.ts'
export { feedsModule } from './feeds.module.ts'
