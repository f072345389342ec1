import type { FixedText } from './views/page-text.ts'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Config } from '../config.ts'
import type { PageCache } from './cache/page-cache.ts'
import type { Clock } from './clock.ts'
import type { DatabaseHandle, Db, Dialect } from './db/connect.ts'
import type { NewsroomEventBus, NewsroomEventName, NewsroomEvents } from './events.ts'
import type { PublicResponder } from './http/public-response.ts'
import type { RedisEventRelay } from './redis/redis-relay.ts'
import type { MediaStorage } from './storage/index.ts'
import type { AuditReader, AuditWords } from './audit-words.ts'
import type { Job, JobRunner } from './jobs/index.ts'
import type { Block, BlockRegistry } from './layout/index.ts'
import type { ContentPart, ContentParts, ContentSource, ContentSources, FeedPin, FeedPins } from './content/index.ts'
import type { Catalogue, Lang, Locales, Messages, Phrase } from './i18n/index.ts'
import type { PolicyNeed } from './http/security-headers.ts'
import type { DutyCheck, DutyChecks } from './compliance/index.ts'
import type { TranslationSource, TranslationSources } from './translations/index.ts'

// A feature of the portal describes itself here, once: what it adds to the schema, to the
// address space, to the rights table, to the relayed events and the page cache, to the
// newsroom's menu, and the routes it serves. The platform assembles every central list from
// these declarations (src/modules.ts lists the modules). The static fields are plain data,
// readable before any app exists (main.ts migrates first; the category form needs the prefixes);
// the functions run once the platform pieces are built, with a ModuleContext.

/** The roles of the newsroom, filled in by the accounts module (declaration merging). */
export interface NewsroomRoles {}
export type Role = keyof NewsroomRoles & string

/**
 * The actions of the newsroom. Each module adds its own by declaration merging:
 * `declare module '…/platform/module.ts' { interface NewsroomActions { 'poll.edit': true } }`
 * and lists who holds them in its `rights`.
 */
export interface NewsroomActions {}
export type Action = keyof NewsroomActions & string

/**
 * What modules offer each other at run time, by name: a module adds its services here by
 * declaration merging and returns them from `provide`; another reads `ctx.services.x`. The
 * types come from the offering module's own files, so a module needs no other module's
 * internals, and app.ts no edit, to use them.
 */
export interface PortalServices {}

export interface MigrationContext {
  dialect: Dialect
}

/** A frozen migration file: `up` only, and it never imports feature code. */
export interface MigrationModule {
  up(db: Kysely<unknown>, context: MigrationContext): Promise<void>
}

/** Who holds an action; `byCategory` when a user's category list narrows it. */
export interface RightDeclaration {
  /** 'every': each role any module adds (entering the newsroom), so a module's new role has it too. */
  roles: readonly Role[] | 'every'
  byCategory?: boolean
}

export type RightsDeclaration = { readonly [A in Action]?: RightDeclaration }

/** One link of the newsroom's home page (Bàn làm việc); shown to those who hold `right`. */
export interface NavEntry {
  label: string
  href: string
  right?: Action
}

/**
 * A link a module adds to the readers' main menu, after the categories (the register's "Văn bản").
 * A simple point until the menu editor of a later issue: fixed by the module, in every menu.
 */
export interface MenuLink {
  /** Its words, from the module's catalogue, so every language has them. */
  label: Phrase
  /** Its address in each language; a language without one has no such entry in its menu. */
  href: { readonly [L in Lang]?: string }
  /** Lower first among the modules' links; equal ones keep the modules' order. 0 when not given. */
  order?: number
}

/** Something an administrator must act on, shown on the newsroom's home page to holders of `right`. */
export interface NewsroomAlert {
  right: Action
  message: string
  href?: string
}

/**
 * The signed-in newsroom user a module's part of the home page is worked out for. Its shape is
 * the accounts module's, which owns users (declaration merging), so modules read it as theirs.
 */
export interface NewsroomViewer {}

/** A number on the newsroom's home page: work that needs this user, linked to where it is done. */
export interface DashboardCount {
  label: string
  count: number
  href: string
  /** Work someone waits on this user for (returned to them, waiting for their review): shown first, marked. */
  urgent?: boolean
}

/** An audit-log entry this user may see on their home page; the newsroom puts it in words (the modules' `audit`). */
export interface DashboardActivity {
  id: number
  at: Date
  userId: number | null
  userName: string | null
  action: string
  itemType: string
  itemId: string
  /** Where the object is worked on, when the user may open it. */
  href?: string
}

/** A module's part of one user's home page: only what that user's rights allow. */
export interface DashboardPart {
  counts?: readonly DashboardCount[]
  /** The newest first; the home page keeps the newest few of every module's. */
  activity?: readonly DashboardActivity[]
}

export type DashboardSource = (viewer: NewsroomViewer, now: Date) => Promise<DashboardPart>

/**
 * Sources a module's pages load beyond the strict Content-Security-Policy
 * (platform/http/security-headers.ts): on readers' pages, in the newsroom (under /toa-soan), or both.
 */
export interface PolicyDeclaration {
  readers?: PolicyNeed
  newsroom?: PolicyNeed
}

/**
 * The portal's policy while it runs: a part of a module whose sources are only known from what
 * an administrator stored (a monitoring snippet's hosts and hash) sets them here, at start and
 * after every change. A part's new declaration replaces its old one; nothing else is touched.
 * Cached pages keep the header they were prepared with: purge them after a change.
 */
export interface RunTimePolicy {
  /** Throws, changing nothing, if a source is not one the policy accepts. */
  set(part: string, declaration: PolicyDeclaration): void
}

/** What a module's policy may depend on, known at start before any app exists. */
export interface PolicyContext {
  config: Config
  /** Every module's `readerStyles`, as readers' pages carry them after the portal's stylesheet. */
  readerStyles: string
}

export type CacheTags = Iterable<string>

/** What an event makes stale: page-cache tags, worked out with the module's context if need be. */
export type PurgeDeclaration = {
  readonly [E in NewsroomEventName]?: (payload: NewsroomEvents[E], ctx: ModuleContext) => CacheTags | Promise<CacheTags>
}

/** What a module's run-time parts are given. Everything here is built by the platform, before any module. */
export interface ModuleContext {
  config: Config
  database: DatabaseHandle
  db: Db
  events: NewsroomEventBus
  clock: Clock
  cache: PageCache
  responder: PublicResponder
  media: MediaStorage
  log: FastifyBaseLogger
  /** Carries events to the other instances, when REDIS_URL is set. */
  relay: RedisEventRelay | undefined
  /** The Content-Security-Policy, for sources known only at run time (the modules' `policy` is composed at start). */
  policy: RunTimePolicy
  /** Every background job; main.ts starts it, closing the portal stops it. */
  jobs: JobRunner
  /** Every block offered for the page's slots (filled from the modules' `blocks`). */
  blocks: BlockRegistry
  /** Every kind of published content search, the feeds, the sitemap and tag pages read (filled from the modules' `sources`). */
  sources: ContentSources
  /** What the modules show under every item's own content (filled from the modules' `contentParts`). */
  contentParts: ContentParts
  /** Items pinned at the top of the feeds while they last (filled from the modules' `feedPins`). */
  feedPins: FeedPins
  /** How each legal duty of a state portal is checked now (filled from the modules' `compliance`), for the compliance page. */
  duties: DutyChecks
  /** What should be in English, each module's own items (filled from the modules' `translations`), for the translation status page. */
  translations: TranslationSources
  /** The public pages' languages: their words, dates and numbers (the pseudo-language in tests). */
  locales: Locales
  /** The services modules listed earlier have provided (reading one not provided yet throws). */
  services: PortalServices
  /** Every module's public prefixes, with the module that claims each. */
  prefixes: ReadonlyMap<string, PortalModule>
  /** Prefixes a category held when this instance started: their module routes are off until a restart. */
  heldPrefixes: ReadonlySet<string>
  /** The readers' `<style>`: the portal's stylesheet and every module's `readerStyles`, encoded once. */
  readerStyle: FixedText
  /** Every module's readers' menu links, in their order (module-list.ts menuLinksOf). */
  menuLinks: readonly MenuLink[]
  /** Whether this process brings derived data (the search index) up to date before serving. */
  catchUp: boolean
  /** Work to do when the portal closes (after it stops taking requests). */
  onClose(task: () => unknown): void
}

/** What a module's demo content is loaded with (before any app exists). */
export interface SeedContext {
  db: Db
  media: MediaStorage
  now: Date
}

export interface PortalModule {
  /** Code name: lower-case, stable (it names the module in errors and logs). */
  name: string
  /** As an administrator reads it: "Tìm kiếm", "Ý kiến bạn đọc". */
  title: string
  /** The catalogues of its public interface words: each is checked complete in every language (src/portal-messages.ts). */
  messages?: readonly Catalogue<Messages>[]
  /** Frozen, named YYYYMMDD-NNNN-…; applied in name order across every module. */
  migrations?: Readonly<Record<string, MigrationModule>>
  /**
   * CSS its readers' pages need (the register's facets and badges), carried inline after the
   * portal's own stylesheet on every reader's page and allowed by its hash: keep it small, and
   * keep the newsroom's rules out of it (the newsroom links its own stylesheets).
   */
  readerStyles?: string
  /**
   * What its pages load from elsewhere (YouTube's player, the media CDN) or inline (a style by its
   * hash), composed with every other module's into the portal's policy once at start.
   */
  policy?: PolicyDeclaration | ((ctx: PolicyContext) => PolicyDeclaration)
  /** First path segments the module serves publicly ('tim-kiem', not '/tim-kiem'): no category may take them. */
  publicPrefixes?: readonly string[]
  /**
   * Roles it adds to the newsroom (declared in NewsroomRoles), with their names as an
   * administrator reads them: "Văn thư" for the documents register's clerk.
   */
  roles?: { readonly [R in Role]?: string }
  rights?: RightsDeclaration
  /** Which of its events are carried to the other instances (the rest stay in the instance). */
  relayed?: readonly NewsroomEventName[]
  purges?: PurgeDeclaration
  nav?: readonly NavEntry[]
  /** Links it adds to the readers' main menu, after the categories. */
  menuLinks?: readonly MenuLink[]
  /** How the audit log reads this module's entries: its actions in words, its objects by name. */
  audit?: AuditWords
  /** Services for the modules listed after this one (declared in PortalServices). */
  provide?(ctx: ModuleContext): Partial<PortalServices> | Promise<Partial<PortalServices>>
  /** Background work, run by the platform's one job runner (after every module's `provide`). */
  jobs?(ctx: ModuleContext): readonly Job[]
  /** Blocks the administrator may place in the page's slots (after every module's `provide`). */
  blocks?(ctx: ModuleContext): readonly Block[]
  /** Its kinds of published content, for search, the feeds, the sitemap and tag pages (after every module's `provide`). */
  sources?(ctx: ModuleContext): readonly ContentSource[]
  /** What it shows under every article, document… (the pages that show an item ask ctx.contentParts); after every module's `provide`. */
  contentParts?(ctx: ModuleContext): readonly ContentPart[]
  /** What it pins at the top of the feeds while it lasts (an urgent alert); after every module's `provide`. */
  feedPins?(ctx: ModuleContext): readonly FeedPin[]
  /**
   * The legal duties (ids of the compliance catalogue) its data shows met or not, each checked
   * now from its own tables: the compliance page lists them (after every module's `provide`).
   */
  compliance?(ctx: ModuleContext): readonly DutyCheck[]
  /**
   * Its items that should have an English version (units' functions, contacts, articles chosen
   * for translation, pages), each with its state now: the newsroom's "Bản dịch tiếng Anh" page
   * lists those missing or older than the Vietnamese (after every module's `provide`).
   */
  translations?(ctx: ModuleContext): readonly TranslationSource[]
  /** Once every module's services, jobs, blocks and sources exist, before any route (search catches up here). */
  ready?(ctx: ModuleContext): Promise<void>
  publicRoutes?(ctx: ModuleContext): (app: FastifyInstance) => Promise<void>
  /** Mounted inside the newsroom (under /toa-soan, with its session, CSRF and rights checks). */
  newsroomRoutes?(ctx: ModuleContext): (app: FastifyInstance) => Promise<void>
  /**
   * The newsroom itself (sign-in, session, CSRF): exactly one module offers it, and every
   * module's `newsroomRoutes` and `nav` are mounted inside it.
   */
  newsroomShell?(ctx: ModuleContext, parts: NewsroomParts): (app: FastifyInstance) => Promise<void>
  /** What the newsroom's administrator should act on now (shown on the newsroom's home page). */
  alerts?(ctx: ModuleContext): Promise<readonly NewsroomAlert[]>
  /** Its counts and recent activity on each user's home page (Bàn làm việc), worked out per user. */
  dashboard?(ctx: ModuleContext): DashboardSource
  /** Loads demo content into an empty database; true when it did. */
  seedDemo?(ctx: SeedContext): Promise<boolean>
}

export interface NewsroomParts {
  sections: ((app: FastifyInstance) => Promise<void>)[]
  nav: readonly NavEntry[]
  alerts(): Promise<NewsroomAlert[]>
  /** Every module's part of one user's home page. */
  dashboard(viewer: NewsroomViewer, now: Date): Promise<DashboardPart[]>
  /** Every module's audit entries in words. */
  audit: AuditReader
}
