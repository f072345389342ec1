import type { FastifyInstance } from 'fastify'
import type { ConstraintStrategy, HTTPVersion } from 'find-my-way'
import type { NewsroomEventName } from './events.ts'
import { ModuleListError } from './module-list.ts'
import type { ContributionReader, ModuleContext, PortalModule, PortalServices, SeedContext } from './module.ts'

// The run-time half of the module list: services handed from module to module, purges wired
// to events, and the public prefixes a category still holds turned off.

/** The services registry: reading one no module has provided (yet) is a programming error, said at once. */
export function serviceRegistry(): { services: PortalServices; add(offered: Partial<PortalServices>): void } {
  const provided: Record<string, unknown> = {}
  const services = new Proxy(provided, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target) && key !== 'then') {
        throw new ModuleListError(`no module has provided the service "${key}" yet: list the module that provides it earlier in src/modules.ts`)
      }
      return target[key as string]
    },
  }) as unknown as PortalServices
  return { services, add: (offered) => Object.assign(provided, offered) }
}

/**
 * The modules' contributions to each other's points: collected once, after every `provide`, in
 * the modules' order. Reading before then is a programming error (a module reading a point in its
 * own `provide` would see only part of it), said at once.
 */
export function contributionRegistry(): { contributions: ContributionReader; collect(modules: readonly PortalModule[], ctx: ModuleContext): void } {
  let collected: Map<string, { module: string; item: unknown }[]> | undefined
  const entries = (point: string) => {
    if (!collected) throw new ModuleListError(`the point "${point}" was read before every module's contributions were collected: read it in routes, jobs or ready, not in provide`)
    return collected.get(point) ?? []
  }
  return {
    contributions: {
      of: (point) => entries(point).map((entry) => entry.item) as never,
      byModule: (point) => entries(point) as never,
    },
    collect(modules, ctx) {
      const points = new Map<string, { module: string; item: unknown }[]>()
      for (const module of modules) {
        for (const [point, items] of Object.entries(module.contributes?.(ctx) ?? {}) as [string, readonly unknown[] | undefined][]) {
          const list = points.get(point) ?? []
          for (const item of items ?? []) list.push({ module: module.name, item })
          points.set(point, list)
        }
      }
      collected = points
    },
  }
}

/** Each module's purges, on its events: what an event makes stale leaves the page cache, here and (relayed) on every instance. */
export function wirePurges(modules: readonly PortalModule[], ctx: ModuleContext): void {
  for (const module of modules) {
    for (const [name, purge] of Object.entries(module.purges ?? {}) as [NewsroomEventName, (payload: unknown, ctx: ModuleContext) => Iterable<string> | Promise<Iterable<string>>][]) {
      const failed = (error: unknown) => {
        // Pages would stay stale: drop them all rather than serve what changed.
        ctx.cache.clear()
        ctx.log.error(`module ${module.name} could not work out what ${name} purges: ${error instanceof Error ? error.message : String(error)}`)
      }
      // At once when the tags are known at once: a reader's next request must not see the old page.
      ctx.events.on(name, (payload) => {
        try {
          const tags = purge(payload, ctx)
          if (isPromise(tags)) tags.then((t) => ctx.cache.purgeTags(t), failed)
          else ctx.cache.purgeTags(tags)
        } catch (error) {
          failed(error)
        }
      })
    }
  }
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as Promise<T>)?.then === 'function'

/**
 * A route strategy that never matches: routes under a prefix a category holds are given it,
 * so that the router passes their addresses on to the category pages. find-my-way asks for it
 * only when some route uses it, so a portal without held prefixes pays nothing per request.
 */
export const HELD_PREFIX_CONSTRAINT: ConstraintStrategy<HTTPVersion.V1> = {
  name: 'heldByCategory',
  storage() {
    const handlers = new Map<string, ReturnType<ReturnType<ConstraintStrategy<HTTPVersion.V1>['storage']>['get']>>()
    return { get: (value) => handlers.get(value) ?? null, set: (value, handler) => void handlers.set(value, handler) }
  },
  deriveConstraint: () => 'served',
  mustMatchWhenDerived: false,
  validate() {},
}

/** Turns off the routes registered from now on under `held` prefixes (their first path segment). */
export function turnOffHeldPrefixes(app: FastifyInstance, held: ReadonlySet<string>): void {
  if (held.size === 0) return
  app.addHook('onRoute', (route) => {
    const first = route.url.split('/')[1] ?? ''
    if (held.has(first)) route.constraints = { ...route.constraints, [HELD_PREFIX_CONSTRAINT.name]: 'off' }
  })
}

/** Loads every module's demo content; true when any module loaded some. */
export async function seedDemoContent(modules: readonly PortalModule[], ctx: SeedContext): Promise<boolean> {
  let seeded = false
  for (const module of modules) if (module.seedDemo && (await module.seedDemo(ctx))) seeded = true
  return seeded
}
