import type { PortalModule } from '../../platform/module.ts'
import { rssRoutes } from './rss.routes.ts'
import { sitemapRoutes } from './sitemap.routes.ts'

// /sitemap.xml is a file name at the root, not a prefix: no category slug has a dot.
export const feedsModule: PortalModule = {
  name: 'feeds',
  title: 'RSS và sơ đồ trang',
  publicPrefixes: ['rss'],
  publicRoutes: ({ sources, feedPins, services, responder, config }) => async (app) => {
    const { categories, chrome } = services
    await app.register(rssRoutes({ sources, feedPins, categories, chrome, responder, publicUrl: config.publicUrl }))
    await app.register(sitemapRoutes({ sources, categories, responder, publicUrl: config.publicUrl }))
  },
}
