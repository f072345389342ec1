import { SHARED_SERIALIZERS, SHARED_VALIDATORS } from './platform/http/shared-compilers.ts'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { Config } from './config.ts'
import { openApiPlugin } from './features/api/index.ts'
import type { Scheduler } from './features/editorial/index.ts'
import type { MostRead, ViewCounter } from './features/most-read/index.ts'
import type { Search } from './features/search/index.ts'
import { readerStyle, registerErrorPages, type ErrorPages } from './features/site/index.ts'
import type { WeatherRefresher } from './features/weather/index.ts'
import type { WorkingCalendar } from './features/working-days/index.ts'
import { PORTAL_MODULES } from './modules.ts'
import { PageCache } from './platform/cache/page-cache.ts'
import { DutyChecks } from './platform/compliance/index.ts'
import { ContentParts, ContentSources, FeedPins, type ContentSource } from './platform/content/index.ts'
import type { Clock } from './platform/clock.ts'
import type { DatabaseHandle } from './platform/db/connect.ts'
import { auditReader } from './platform/audit-words.ts'
import { NewsroomEventBus } from './platform/events.ts'
import { Locales } from './platform/i18n/index.ts'
import { JobRunner } from './platform/jobs/index.ts'
import { BlockRegistry } from './platform/layout/index.ts'
import { createCachedServer } from './platform/http/cached-server.ts'
import { compressResponses } from './platform/http/compress-responses.ts'
import { registerInputGuard } from './platform/http/input-guard.ts'
import { finiteNumbers, registerEmptyForms } from './platform/http/request-schemas.ts'
import { answerEarly } from './platform/http/early-answers.ts'
import { createPublicResponder } from './platform/http/public-response.ts'
import { securedReply, sendSecurityHeaders, withSecurityHeaders } from './platform/http/security-headers.ts'
import { checkModules, menuLinksOf, navOf, prefixOwners, readerStylesOf, relayedEventsOf, rightsOf } from './platform/module-list.ts'
import { HELD_PREFIX_CONSTRAINT, contributionRegistry, serviceRegistry, turnOffHeldPrefixes, wirePurges } from './platform/module-runtime.ts'
import type { DashboardPart, ModuleContext, NewsroomAlert, NewsroomViewer, PortalModule, PortalServices } from './platform/module.ts'
import { useRights } from './platform/newsroom-rights.ts'
import { RedisEventRelay } from './platform/redis/redis-relay.ts'
import { openMediaStorage, type MediaStorage } from './platform/storage/index.ts'
import { PortalPolicy } from './security-policy.ts'

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
  /** The portal's modules (src/modules.ts) unless given: tests add a module of their own. */
  modules?: readonly PortalModule[]
  /** Content sources besides the modules' own (a kind of content a test defines). */
  sources?: readonly ContentSource[]
}

export interface Portal {
  app: FastifyInstance
  events: NewsroomEventBus
  cache: PageCache
  weather: WeatherRefresher
  /** Publishes and expires on time; started by main.ts (tests tick it by hand). */
  scheduler: Scheduler
  /** Every background job; main.ts starts it, closing the app stops it (tests run jobs by hand). */
  jobs: JobRunner
  /** Carries events to the other instances when REDIS_URL is set. */
  relay: RedisEventRelay | undefined
  /** The search index follows every content source's changes; `whenIdle()` waits for it to catch up. */
  search: Search
  /** What search, the feeds, the sitemap and "Đọc nhiều" read: articles and any other published content. */
  sources: ContentSources
  /** Where uploaded images are kept: the local folder or an S3-compatible bucket. */
  media: MediaStorage
  /** Readers' views, counted in memory and added to the database in batches; started by main.ts. */
  views: ViewCounter
  /** The "Đọc nhiều" block, worked out in the background; started by main.ts. */
  mostRead: MostRead
  /** Working days (holidays, days off moved, weekend days worked): what deadlines are counted in. */
  workingDays: WorkingCalendar
  /** Public prefixes a category held at start: their modules' pages are off until a restart. */
  heldPrefixes: ReadonlySet<string>
  /** Every module's services (PortalServices), for the command line and tests. */
  services: PortalServices
}

// The platform pieces first, then each module in the order of the list: its services, its
// purges, its public routes, and its newsroom screens inside the newsroom.
export async function buildApp(platform: Platform): Promise<Portal> {
  const { config, database, clock } = platform
  const modules = platform.modules ?? PORTAL_MODULES
  checkModules(modules)
  useRights(rightsOf(modules))
  const cache = new PageCache()
  const media = platform.media ?? openMediaStorage(config.mediaStorage)
  const events = new NewsroomEventBus(relayedEventsOf(modules))
  let errorPages: ErrorPages | undefined
  const readerStyles = readerStylesOf(modules)
  const security = new PortalPolicy(modules, config, readerStyles)
  const app = Fastify({
    frameworkErrors: (error, req, reply) => errorPages!.frameworkError(error, req, securedReply(security, req, reply)),
    serverFactory: (handler) => createCachedServer(cache, handler, { shareFills: config.pageCache }),
    logger: platform.logger ?? { level: config.logLevel },
    // Unknown query parameters are an error for the API, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true }, plugins: [finiteNumbers] },
    schemaController: { compilersFactory: { buildValidator: SHARED_VALIDATORS, buildSerializer: SHARED_SERIALIZERS } },
    routerOptions: { maxParamLength: 500, constraints: { [HELD_PREFIX_CONSTRAINT.name]: HELD_PREFIX_CONSTRAINT } },
    bodyLimit: 1024 * 1024,
    // Believe X-Forwarded-For and -Proto from the configured proxies only (TRUST_PROXY;
    // nginx on this machine by default), nobody else's.
    trustProxy: [...config.trustProxy],
  })

  sendSecurityHeaders(app, security)
  compressResponses(app)
  const responder = withSecurityHeaders(createPublicResponder(app, cache, config.pageCache), () => security.everywhere)
  const relay = config.redisUrl ? new RedisEventRelay(config.redisUrl, config.redisPrefix, events, app.log) : undefined
  const jobs = new JobRunner({ clock, log: app.log })
  const blocks = new BlockRegistry(events)
  const sources = new ContentSources(platform.sources)
  const contentParts = new ContentParts()
  const feedPins = new FeedPins()
  const duties = new DutyChecks()
  const closing: (() => unknown)[] = []
  const { services, add } = serviceRegistry()
  const { contributions, collect } = contributionRegistry()
  const heldPrefixes = new Set<string>()
  const ctx: ModuleContext = {
    config, database, db: database.db, events, clock, cache, responder, media, log: app.log, relay, policy: security, jobs, blocks, sources, contentParts, feedPins, duties, services, contributions,
    locales: new Locales({ pseudo: platform.pseudoLanguage === true }),
    readerStyle: readerStyle(readerStyles).style, menuLinks: menuLinksOf(modules),
    prefixes: prefixOwners(modules), heldPrefixes, catchUp: platform.searchCatchUp !== false, onClose: (task) => void closing.push(task),
  }
  for (const module of modules) add((await module.provide?.(ctx)) ?? {})
  for (const module of modules) {
    for (const job of module.jobs?.(ctx) ?? []) jobs.add(job)
    for (const block of module.blocks?.(ctx) ?? []) blocks.add(block)
    for (const source of module.sources?.(ctx) ?? []) sources.add(source)
    for (const part of module.contentParts?.(ctx) ?? []) contentParts.add(part)
    for (const pin of module.feedPins?.(ctx) ?? []) feedPins.add(pin)
    for (const check of module.compliance?.(ctx) ?? []) duties.add(check, module.name)
  }
  collect(modules, ctx)
  for (const module of modules) await module.ready?.(ctx)
  wirePurges(modules, ctx)
  events.on('instance.resync', () => cache.clear())
  errorPages = registerErrorPages(app, services.chrome)
  registerInputGuard(app)

  // A category that held a module's prefix before the module arrived keeps it (until renamed
  // and the portal restarted): the module's routes there are turned off.
  for (const root of (await services.categories.tree()).roots()) if (ctx.prefixes.has(root.slug)) heldPrefixes.add(root.slug)
  if (heldPrefixes.size > 0) app.log.warn(`categories hold the public prefixes ${[...heldPrefixes].map((p) => `/${p}`).join(', ')}: those modules' pages are off until the categories are renamed`)
  registerEmptyForms(app)
  // Before the routes: an answer a module gives whatever route would match (old addresses' 301s).
  answerEarly(app, contributions.of('earlyAnswers'))

  await app.register(formbody)
  // Registered before any route, so the OpenAPI document sees every module's /api/v1 routes.
  await app.register(openApiPlugin)
  await app.register(async (scope) => {
    turnOffHeldPrefixes(scope, heldPrefixes)
    for (const module of modules) {
      if (module.publicRoutes) await scope.register(module.publicRoutes(ctx))
      if (module.newsroomShell) await scope.register(module.newsroomShell(ctx, newsroomParts(modules, ctx)), { prefix: '/toa-soan' })
    }
  })

  const { weather, scheduler, views, mostRead, search, workingDays } = services
  relay?.start()
  app.addHook('onClose', () => Promise.all([jobs.stop(), relay?.stop(), search.whenIdle(), platform.media ? undefined : media.close(), ...closing.map((task) => task())]))
  return { app, events, cache, weather, scheduler, jobs, relay, search, sources, media, views, mostRead, workingDays, heldPrefixes, services }
}

function newsroomParts(modules: readonly PortalModule[], ctx: ModuleContext) {
  const dashboards = modules.flatMap((module) => (module.dashboard ? [module.dashboard(ctx)] : []))
  return {
    dashboard: (viewer: NewsroomViewer, now: Date): Promise<DashboardPart[]> => Promise.all(dashboards.map((part) => part(viewer, now))),
    sections: modules.flatMap((module) => (module.newsroomRoutes ? [module.newsroomRoutes(ctx)] : [])),
    nav: navOf(modules),
    alerts: async (): Promise<NewsroomAlert[]> => (await Promise.all(modules.map((module) => module.alerts?.(ctx) ?? []))).flat(),
    audit: auditReader(ctx.db, modules.flatMap((module) => (module.audit ? [module.audit] : []))),
  }
}
