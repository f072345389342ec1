import formbody from '@fastify/formbody'
import type { Redis } from 'ioredis'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { wireCachePurging } from './cache-purging.ts'
import type { Config } from './config.ts'
import { newsroomRoutes, newsroomUserRoutes } from './features/accounts/index.ts'
import { Editorial, newsroomArticleRoutes, Scheduler } from './features/editorial/index.ts'
import { apiRoutes } from './features/api/api.routes.ts'
import { openApiPlugin, openApiRoute } from './features/api/openapi.ts'
import { ArticleListings, englishArticleRoutes, publicArticleRoutes, tagRoutes } from './features/articles/index.ts'
import { CategoryDirectory } from './features/categories/index.ts'
import {
  CommentModeration, CommentSettingsStore, commentsBlock, DatabaseAbuseCounters, RedisAbuseCounters, type AbuseCounters, newsroomCommentRoutes, publicCommentRoutes, ReaderComments,
} from './features/comments/index.ts'
import { rssRoutes, sitemapRoutes } from './features/feeds/index.ts'
import { healthRoutes } from './features/health/health.routes.ts'
import { homeRoutes } from './features/home/home.routes.ts'
import { mediaRoutes } from './features/media/index.ts'
import { MostRead, viewBeacon, viewRoutes, ViewCounter } from './features/most-read/index.ts'
import { englishSearchRoutes, Search, searchApiRoutes, searchRoutes } from './features/search/index.ts'
import { PortalChrome, registerErrorPages, type ErrorPages } from './features/site/index.ts'
import { siteRoutes } from './features/site/site.routes.ts'
import { siteAdminRoutes } from './features/site-admin/index.ts'
import { WeatherRefresher } from './features/weather/index.ts'
import { WorkingCalendar, workingDayRoutes } from './features/working-days/index.ts'
import { PageCache } from './platform/cache/page-cache.ts'
import type { Clock } from './platform/clock.ts'
import type { DatabaseHandle, Db } from './platform/db/connect.ts'
import { NewsroomEventBus } from './platform/events.ts'
import { Locales } from './platform/i18n/index.ts'
import { createCachedServer } from './platform/http/cached-server.ts'
import { registerInputGuard } from './platform/http/input-guard.ts'
import { createPublicResponder } from './platform/http/public-response.ts'
import { securedReply, sendSecurityHeaders, withSecurityHeaders } from './platform/http/security-headers.ts'
import { connectRedis } from './platform/redis/connect.ts'
import { RedisEventRelay } from './platform/redis/redis-relay.ts'
import { openMediaStorage, type MediaStorage } from './platform/storage/index.ts'
import { portalSecurityHeaders } from './security-policy.ts'

export interface Platform {
  config: Config
  database: DatabaseHandle
  clock: Clock
  /**
   * Whether this process brings the search index up to date before serving (the default). A
   * cluster's primary does it once instead: workers starting together would all write at once.
   */
  searchCatchUp?: boolean
  logger?: FastifyBaseLogger | boolean | { level: string }
  /** Opened from config.mediaStorage when not given. */
  media?: MediaStorage
  /** Tests only: every interface word of the public pages wrapped in ⟦…⟧ (platform/i18n). */
  pseudoLanguage?: boolean
}

export interface Portal {
  app: FastifyInstance
  events: NewsroomEventBus
  cache: PageCache
  weather: WeatherRefresher
  /** Publishes and expires on time; started by main.ts (tests tick it by hand). */
  scheduler: Scheduler
  /** Carries events to the other instances when REDIS_URL is set. */
  relay: RedisEventRelay | undefined
  /** The search index follows 'article.changed'; `whenIdle()` waits for it to catch up. */
  search: Search
  /** Where uploaded images are kept: the local folder or an S3-compatible bucket. */
  media: MediaStorage
  /** Readers' views, counted in memory and added to the database in batches; started by main.ts. */
  views: ViewCounter
  /** The "Đọc nhiều" block, worked out in the background; started by main.ts. */
  mostRead: MostRead
  /** Working days (holidays, days off moved, weekend days worked): what deadlines are counted in. */
  workingDays: WorkingCalendar
}

export async function buildApp(platform: Platform): Promise<Portal> {
  const { config, database, clock } = platform
  const { db } = database
  const cache = new PageCache()
  const media = platform.media ?? openMediaStorage(config.mediaStorage)
  const events = new NewsroomEventBus()
  let errorPages: ErrorPages | undefined
  const security = portalSecurityHeaders(config)
  const app = Fastify({
    frameworkErrors: (error, req, reply) => errorPages!.frameworkError(error, req, securedReply(security, req, reply)),
    serverFactory: (handler) => createCachedServer(cache, handler, { shareFills: config.pageCache }),
    logger: platform.logger ?? { level: config.logLevel },
    // Unknown query parameters are an error for the API, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    routerOptions: { maxParamLength: 500 },
    bodyLimit: 1024 * 1024,
    // Believe X-Forwarded-For and -Proto from the configured proxies only (TRUST_PROXY;
    // nginx on this machine by default), nobody else's.
    trustProxy: [...config.trustProxy],
  })

  const categories = new CategoryDirectory(db, events)
  const mostRead = new MostRead(db, events, clock, categories, app.log)
  const views = new ViewCounter(db, clock, app.log)
  const chrome = new PortalChrome(db, events, categories, (locale) => mostRead.block(locale), new Locales({ pseudo: platform.pseudoLanguage === true }))
  const listings = new ArticleListings(db, events)
  sendSecurityHeaders(app, security)
  const responder = withSecurityHeaders(createPublicResponder(app, cache, config.pageCache), security.everywhere)
  wireCachePurging(events, cache, categories)
  const relay = config.redisUrl ? new RedisEventRelay(config.redisUrl, config.redisPrefix, events, app.log) : undefined
  const countersRedis = config.redisUrl ? connectRedis(config.redisUrl, 'counters') : undefined
  errorPages = registerErrorPages(app, chrome)
  registerInputGuard(app)
  const search = new Search(database, events, app.log)
  // Whatever changed while no portal listened (an import, a seed, a crash after a commit).
  if (platform.searchCatchUp !== false) await search.catchUp()

  await app.register(formbody)
  await app.register(openApiPlugin)
  await app.register(healthRoutes({ db, ...(relay ? { redis: () => relay.state } : {}) }))
  await app.register(siteRoutes({ media, responder, publicUrl: config.publicUrl }))
  await app.register(apiRoutes({ db, listings, categories, responder }), { prefix: '/api/v1' })
  await app.register(searchApiRoutes({ search, categories }), { prefix: '/api/v1' })
  openApiRoute(app)
  const editorial = new Editorial(db, events, clock, config.mediaPublicUrl)
  const commentSettings = new CommentSettingsStore(db, events)
  const readers = new ReaderComments(db, events, clock, commentSettings, abuseCounters(db, countersRedis, config.redisPrefix))
  const moderation = new CommentModeration(db, events, clock)
  const workingDays = new WorkingCalendar(db, events)
  await app.register(newsroomRoutes({
    db, clock, sections: [newsroomArticleRoutes({ db, clock, editorial, categories, chrome }), newsroomUserRoutes({ db, clock, categories }), siteAdminRoutes({ db, clock, events, categories, mediaBase: config.mediaPublicUrl }), mediaRoutes({ db, clock, storage: media, publicBase: config.mediaPublicUrl }), newsroomCommentRoutes({ db, moderation, categories, chrome }), workingDayRoutes({ db, clock, events })],
  }), { prefix: '/toa-soan' })
  await app.register(searchRoutes({ search, categories, chrome }))
  await app.register(englishSearchRoutes({ db, search, chrome }))
  await app.register(rssRoutes({ db, categories, chrome, responder, publicUrl: config.publicUrl }))
  await app.register(sitemapRoutes({ db, categories, responder, publicUrl: config.publicUrl }))
  await app.register(homeRoutes({ db, listings, categories, chrome, responder }))
  await app.register(englishArticleRoutes({ db, chrome, responder, publicUrl: config.publicUrl }))
  await app.register(publicCommentRoutes({ readers, categories, chrome, responder }))
  await app.register(viewRoutes({ counter: views, responder, publicUrl: config.publicUrl }))
  await app.register(tagRoutes({ db, categories, chrome, responder }))
  await app.register(publicArticleRoutes({ db, listings, categories, chrome, responder, publicUrl: config.publicUrl, viewBeacon, commentsBlock: commentsBlock({ db, clock, settings: commentSettings, chrome }) }))

  const weather = new WeatherRefresher(db, events, clock, app.log, {
    endpoint: config.weatherUrl,
    intervalMs: 30 * 60 * 1000,
    timeoutMs: 5000,
  })
  const scheduler = new Scheduler(db, events, clock, app.log)
  relay?.start()
  void countersRedis?.connect().catch(() => {})
  app.addHook('onClose', () => Promise.all([weather.stop(), scheduler.stop(), views.stop().then(() => mostRead.stop()), relay?.stop(), countersRedis?.disconnect(), search.whenIdle(), platform.media ? undefined : media.close()]))
  return { app, events, cache, weather, scheduler, relay, search, media, views, mostRead, workingDays }
}


/** Comment-abuse counters live in Redis when there is one (the database stands in while it is away). */
function abuseCounters(db: Db, redis: Redis | undefined, redisPrefix: string): AbuseCounters {
  const database = new DatabaseAbuseCounters(db)
  return redis ? new RedisAbuseCounters(redis, database, redisPrefix) : database
}
