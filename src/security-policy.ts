import type { Config } from './config.ts'
import { ContentSecurityPolicy, securityHeaders, type SecurityAreas } from './platform/http/security-headers.ts'
import { policiesOf, readerStylesOf } from './platform/module-list.ts'
import type { PortalModule } from './platform/module.ts'

// What the portal's pages may load: the strict start of platform/http/security-headers.ts,
// plus what each module declares it needs (its `policy`, which may read the config). Composed
// once at start. The newsroom adds what the rich editor needs; readers' pages do without it.
export const NEWSROOM_PREFIX = '/toa-soan'

/** `readerStyles`: the modules' reader styles (module-list.ts readerStylesOf), allowed with the portal's stylesheet by their hash. */
export function portalSecurityHeaders(modules: readonly PortalModule[], config: Config, readerStyles = readerStylesOf(modules)): SecurityAreas {
  const needs = policiesOf(modules, { config, readerStyles })
  const readers = new ContentSecurityPolicy(...needs.readers)
  // Newsroom pages are never framed, not even by the portal (their X-Frame-Options is DENY).
  const newsroom = new ContentSecurityPolicy(...needs.newsroom).only({ 'frame-ancestors': ["'none'"] })
  return { everywhere: securityHeaders(readers), areas: [{ prefix: NEWSROOM_PREFIX, headers: securityHeaders(newsroom) }] }
}
