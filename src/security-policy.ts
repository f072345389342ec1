import type { Config } from './config.ts'
import { ARTICLE_BODY_POLICY, BODY_MEDIA_POLICY } from './features/articles/index.ts'
import { EDITOR_POLICY } from './features/editorial/index.ts'
import { readerStyle } from './features/site/index.ts'
import { ContentSecurityPolicy, originOf, securityHeaders, type PolicyNeed, type SecurityAreas } from './platform/http/security-headers.ts'

// What the portal's pages may load: the strict start of platform/http/security-headers.ts,
// plus what each feature declares it needs and what the config points at. Composed once at
// start. The newsroom adds what the rich editor needs; readers' pages do without it.
export const NEWSROOM_PREFIX = '/toa-soan'

/** `readerStyles`: the modules' reader styles (module-list.ts readerStylesOf), allowed with the portal's stylesheet by their hash. */
export function portalSecurityHeaders(config: Pick<Config, 'mediaPublicUrl'>, readerStyles = ''): SecurityAreas {
  // Uploads (images, and videos in article bodies) are linked at MEDIA_PUBLIC_URL (a CDN or the bucket) when it is set.
  const media: PolicyNeed = config.mediaPublicUrl ? { 'img-src': [originOf(config.mediaPublicUrl)], 'media-src': [originOf(config.mediaPublicUrl)] } : {}
  // Readers may start a YouTube video in an article (BODY_MEDIA_POLICY); the newsroom frames nothing.
  const readers = new ContentSecurityPolicy(ARTICLE_BODY_POLICY, BODY_MEDIA_POLICY, readerStyle(readerStyles).policy, media)
  // Newsroom pages are never framed, not even by the portal (their X-Frame-Options is DENY).
  const newsroom = new ContentSecurityPolicy(ARTICLE_BODY_POLICY, media, EDITOR_POLICY).only({ 'frame-ancestors': ["'none'"] })
  return { everywhere: securityHeaders(readers), areas: [{ prefix: NEWSROOM_PREFIX, headers: securityHeaders(newsroom) }] }
}
