import type { NewsroomEventName } from './events.ts'
import type { PolicyNeed } from './http/security-headers.ts'
import type { Action, MenuLink, MigrationModule, NavEntry, PolicyContext, PortalModule, RightDeclaration, Role } from './module.ts'

// The central lists, worked out from the modules' static declarations. Each function only
// reads data: main.ts can migrate, and the category form check its prefixes, before any app
// exists. A mistake two modules make together (one prefix, one migration name, one action
// claimed twice) is a programming error and stops the start, naming both.

export class ModuleListError extends Error {
  override name = 'ModuleListError'
}

const MIGRATION_NAME = /^\d{8}-\d{4}-[a-z0-9-]+$/
const PREFIX = /^[a-z0-9][a-z0-9-]*$/

/** Checks what modules must not share; throws ModuleListError naming the modules. */
export function checkModules(modules: readonly PortalModule[]): void {
  const names = new Map<string, PortalModule>()
  for (const module of modules) {
    const twin = names.get(module.name)
    if (twin) throw new ModuleListError(`two modules are named "${module.name}" (${twin.title}, ${module.title})`)
    names.set(module.name, module)
  }
  prefixOwners(modules)
  migrationsOf(modules)
  rightsOf(modules)
}

/** Each public prefix with the module that claims it. */
export function prefixOwners(modules: readonly PortalModule[]): ReadonlyMap<string, PortalModule> {
  const owners = new Map<string, PortalModule>()
  for (const module of modules) {
    for (const prefix of module.publicPrefixes ?? []) {
      if (!PREFIX.test(prefix)) throw new ModuleListError(`module "${module.name}" claims the prefix "${prefix}": a prefix is one path segment in lower case, without "/"`)
      const other = owners.get(prefix)
      if (other) throw new ModuleListError(`modules "${other.name}" and "${module.name}" both claim the public prefix "/${prefix}"`)
      owners.set(prefix, module)
    }
  }
  return owners
}

/** Every module's migrations, in name order (the order they are applied in, across modules). */
export function migrationsOf(modules: readonly PortalModule[]): ReadonlyMap<string, MigrationModule> {
  const all = new Map<string, { module: PortalModule; migration: MigrationModule }>()
  for (const module of modules) {
    for (const [name, migration] of Object.entries(module.migrations ?? {})) {
      if (!MIGRATION_NAME.test(name)) throw new ModuleListError(`module "${module.name}" has a migration named "${name}": names are YYYYMMDD-NNNN-words`)
      const other = all.get(name)
      if (other) throw new ModuleListError(`modules "${other.module.name}" and "${module.name}" both have a migration named "${name}"`)
      all.set(name, { module, migration })
    }
  }
  return new Map([...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, { migration }]) => [name, migration]))
}

export function relayedEventsOf(modules: readonly PortalModule[]): ReadonlySet<NewsroomEventName> {
  return new Set(modules.flatMap((module) => module.relayed ?? []))
}

export interface RightsTable {
  /** Every role some module adds, in the modules' order, with its name as an administrator reads it. */
  roles: ReadonlyMap<Role, string>
  /** Every action some module declares, in the modules' order. */
  actions: readonly Action[]
  holds(role: Role, action: Action): boolean
  /** Whether a user's category list narrows this action. */
  byCategory(action: Action): boolean
}

export function rightsOf(modules: readonly PortalModule[]): RightsTable {
  const declared = new Map<Action, { module: PortalModule; right: RightDeclaration }>()
  const roles = new Map<Role, { module: PortalModule; name: string }>()
  for (const module of modules) {
    for (const [role, name] of Object.entries(module.roles ?? {}) as [Role, string][]) {
      const other = roles.get(role)
      if (other) throw new ModuleListError(`modules "${other.module.name}" and "${module.name}" both add the role "${role}"`)
      roles.set(role, { module, name })
    }
    for (const [action, right] of Object.entries(module.rights ?? {}) as [Action, RightDeclaration][]) {
      const other = declared.get(action)
      if (other) throw new ModuleListError(`modules "${other.module.name}" and "${module.name}" both declare the right "${action}"`)
      declared.set(action, { module, right })
    }
  }
  return {
    roles: new Map([...roles].map(([role, { name }]) => [role, name])),
    actions: [...declared.keys()],
    holds: (role, action) => {
      const holders = declared.get(action)?.right.roles
      return holders === 'every' ? roles.has(role) : holders?.includes(role) ?? false
    },
    byCategory: (action) => declared.get(action)?.right.byCategory === true,
  }
}

/** Every module's policy needs, readers' and newsroom's apart, in the modules' order. */
export function policiesOf(modules: readonly PortalModule[], ctx: PolicyContext): { readers: PolicyNeed[]; newsroom: PolicyNeed[] } {
  const declared = modules.map((module) => (typeof module.policy === 'function' ? module.policy(ctx) : module.policy ?? {}))
  return { readers: declared.flatMap((d) => d.readers ?? []), newsroom: declared.flatMap((d) => d.newsroom ?? []) }
}

/** Every module's reader styles, in the modules' order (a later module's rules win a tie). */
export function readerStylesOf(modules: readonly PortalModule[]): string {
  return modules.flatMap((module) => (module.readerStyles ? [`/* ${module.name} */\n${module.readerStyles.trim()}`] : [])).join('\n')
}

export function navOf(modules: readonly PortalModule[]): readonly NavEntry[] {
  return modules.flatMap((module) => module.nav ?? [])
}

/** Every module's readers' menu links, lower `order` first; equal ones in the modules' order. */
export function menuLinksOf(modules: readonly PortalModule[]): readonly MenuLink[] {
  return modules.flatMap((module) => module.menuLinks ?? []).map((link, i) => ({ link, i }))
    .sort((a, b) => (a.link.order ?? 0) - (b.link.order ?? 0) || a.i - b.i).map(({ link }) => link)
}

/** Each public prefix with the title of its module, as the refusals name it. */
export function reservedPrefixesOf(modules: readonly PortalModule[]): ReadonlyMap<string, string> {
  return new Map([...prefixOwners(modules)].map(([prefix, module]) => [prefix, module.title]))
}
