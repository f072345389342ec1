import type { Config } from './config.ts'
import { ContentSecurityPolicy, securityHeaders, type PolicyNeed, type SecurityAreas, type SecurityHeaders } from './platform/http/security-headers.ts'
import { policiesOf, readerStylesOf } from './platform/module-list.ts'
import type { PolicyDeclaration, PortalModule, RunTimePolicy } from './platform/module.ts'

// What the portal's pages may load: the strict start of platform/http/security-headers.ts,
// plus what each module declares it needs (its `policy`, which may read the config). Composed
// once at start. The newsroom adds what the rich editor needs; readers' pages do without it.
export const NEWSROOM_PREFIX = '/toa-soan'

/** `readerStyles`: the modules' reader styles (module-list.ts readerStylesOf), allowed with the portal's stylesheet by their hash. */
export function portalSecurityHeaders(modules: readonly PortalModule[], config: Config, readerStyles = readerStylesOf(modules)): SecurityAreas {
  return composeAreas(policiesOf(modules, { config, readerStyles }))
}

function composeAreas(needs: { readers: PolicyNeed[]; newsroom: PolicyNeed[] }): SecurityAreas {
  const readers = new ContentSecurityPolicy(...needs.readers)
  // Newsroom pages are never framed, not even by the portal (their X-Frame-Options is DENY).
  const newsroom = new ContentSecurityPolicy(...needs.newsroom).only({ 'frame-ancestors': ["'none'"] })
  return { everywhere: securityHeaders(readers), areas: [{ prefix: NEWSROOM_PREFIX, headers: securityHeaders(newsroom) }] }
}

/**
 * The portal's policy as it stands: the modules' declarations composed at start, and what parts
 * of modules set later from stored settings (the monitoring code an administrator saved). The
 * hooks read `everywhere` and `areas` on every response, so a change holds from the next one;
 * pages already in the page cache carry the old header in their bytes, so whoever changes the
 * policy purges them.
 */
export class PortalPolicy implements SecurityAreas, RunTimePolicy {
  readonly #declared: { readers: PolicyNeed[]; newsroom: PolicyNeed[] }
  readonly #parts = new Map<string, PolicyDeclaration>()
  #current: SecurityAreas

  constructor(modules: readonly PortalModule[], config: Config, readerStyles = readerStylesOf(modules)) {
    this.#declared = policiesOf(modules, { config, readerStyles })
    this.#current = composeAreas(this.#declared)
  }

  get everywhere(): SecurityHeaders {
    return this.#current.everywhere
  }

  get areas(): SecurityAreas['areas'] {
    return this.#current.areas
  }

  set(part: string, declaration: PolicyDeclaration): void {
    // Composed in full first, so a source the policy refuses throws before anything changes.
    const parts = new Map(this.#parts).set(part, declaration)
    const added = [...parts.values()]
    const next = composeAreas({
      readers: [...this.#declared.readers, ...added.flatMap((d) => (d.readers ? [d.readers] : []))],
      newsroom: [...this.#declared.newsroom, ...added.flatMap((d) => (d.newsroom ? [d.newsroom] : []))],
    })
    this.#parts.set(part, declaration)
    this.#current = next
  }
}
