import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { PublicResponder } from './public-response.ts'

// A second line of defence should a page ever carry markup it should not: no script but our
// own files, no plugins, no <base>, forms only to us, and no framing by other sites. Features
// and config add the sources they need to this strict start; the header is composed once, when
// the portal starts, and every response carries it (cached pages include it in their bytes).
export type Directive =
  | 'default-src' | 'script-src' | 'style-src' | 'style-src-elem' | 'style-src-attr' | 'img-src' | 'font-src'
  | 'connect-src' | 'media-src' | 'frame-src' | 'object-src' | 'base-uri' | 'form-action' | 'frame-ancestors'

/** Sources a feature needs, by directive: `{ 'img-src': ['https:'] }`. */
export type PolicyNeed = Partial<Record<Directive, readonly string[]>>

const STRICT: PolicyNeed = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
}

// Those that, once written, no longer fall back to style-src in browsers that know them.
const FALLS_BACK_TO: Partial<Record<Directive, Directive>> = { 'style-src-elem': 'style-src', 'style-src-attr': 'style-src' }

export class ContentSecurityPolicy {
  readonly #directives = new Map<Directive, string[]>()

  constructor(...needs: PolicyNeed[]) {
    this.allow(STRICT)
    for (const need of needs) this.allow(need)
  }

  allow(need: PolicyNeed): this {
    for (const [directive, sources] of Object.entries(need) as [Directive, readonly string[]][]) {
      const fallback = FALLS_BACK_TO[directive]
      // A new style-src-attr must not lose what style-src already allowed.
      const current = this.#directives.get(directive) ?? [...(fallback ? this.#directives.get(fallback) ?? [] : [])]
      for (const source of sources) {
        if (!isSource(source)) throw new Error(`not a CSP source for ${directive}: ${source}`)
        if (!current.includes(source)) current.push(source)
      }
      // 'none' only holds alone: anything added replaces it.
      this.#directives.set(directive, current.length > 1 ? current.filter((s) => s !== "'none'") : current)
    }
    return this
  }

  /** Narrows a directive to exactly these sources (the newsroom is framed by nobody). */
  only(need: PolicyNeed): this {
    for (const directive of Object.keys(need) as Directive[]) this.#directives.delete(directive)
    return this.allow(need)
  }

  sourcesOf(directive: Directive): readonly string[] {
    return this.#directives.get(directive) ?? []
  }

  toString(): string {
    return [...this.#directives].map(([directive, sources]) => `${directive} ${sources.join(' ')}`).join('; ')
  }
}

// Keywords, hashes, schemes and origins: nothing that could end a directive or the header, and
// no bare `*`.
function isSource(source: string): boolean {
  return /^'(self|none|unsafe-inline|strict-dynamic|sha(256|384|512)-[A-Za-z0-9+/]+=*)'$|^[a-z][a-z0-9+.-]*:$|^[a-z][a-z0-9+.-]*:\/\/[^\s;,']+$/.test(source)
}

/** The source that allows one inline block with exactly this text (cached pages cannot carry nonces). */
export function inlineHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The origin of a configured address, as a CSP source. */
export function originOf(url: string): string {
  return new URL(url).origin
}

export type SecurityHeaders = Readonly<Record<string, string>>

export function securityHeaders(policy: ContentSecurityPolicy): SecurityHeaders {
  return Object.freeze({
    'content-security-policy': policy.toString(),
    // Old browsers ignore frame-ancestors; they know this one.
    'x-frame-options': policy.sourcesOf('frame-ancestors').includes("'none'") ? 'DENY' : 'SAMEORIGIN',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  })
}

export interface SecurityAreas {
  /** Every response outside the areas below. */
  everywhere: SecurityHeaders
  /** Paths under the prefix (the newsroom) get their own headers. */
  areas?: readonly { prefix: string; headers: SecurityHeaders }[]
}

/**
 * Adds the headers to every response Fastify sends (errors, JSON, 304s included). A route that
 * sets one itself (the sandboxing CSP of /media) keeps its own.
 */
export function sendSecurityHeaders(app: FastifyInstance, areas: SecurityAreas): void {
  app.addHook('onSend', (req, reply, payload, done) => {
    securedReply(areas, req, reply)
    done(null, payload)
  })
}

/** For the router's own errors (a malformed URL), which skip every hook. */
export function securedReply(areas: SecurityAreas, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const headers = areas.areas?.find((a) => inArea(req.url, a.prefix))?.headers ?? areas.everywhere
  for (const name in headers) if (!reply.hasHeader(name)) reply.header(name, headers[name]!)
  return reply
}

function inArea(url: string, prefix: string): boolean {
  return url.startsWith(prefix) && (url.length === prefix.length || '/?'.includes(url[prefix.length]!))
}

/**
 * Public pages are prepared as ready bytes (and kept in the page cache) with the headers in them:
 * those of the moment each page is prepared (the policy may change at run time, module.ts RunTimePolicy).
 */
export function withSecurityHeaders(responder: PublicResponder, headers: () => SecurityHeaders): PublicResponder {
  return {
    send: (req, reply, input) => responder.send(req, reply, { ...input, extraHeaders: { ...headers(), ...input.extraHeaders } }),
    whenCompressed: () => responder.whenCompressed(),
    shortenLifetime: (part, cacheControl) => responder.shortenLifetime(part, cacheControl),
  }
}
