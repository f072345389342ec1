import type { RouteOptions } from 'fastify'
import type { NewsroomRight } from './newsroom-rights.ts'
import { roleName } from './role.ts'
import { may, type NewsroomUser } from './user.ts'
import { currentRights } from '../../platform/newsroom-rights.ts'

const NEWSROOM = '/toa-soan'

/**
 * Which right each newsroom page needs, known from the routes themselves (their config.right),
 * so a page that links elsewhere in the newsroom (the compliance page's "Sửa") can tell whether
 * this user would be let in, and say whose work it is instead of leading to a 403.
 */
export class NewsroomAddresses {
  // The route objects themselves: a section fills in its right after the route is declared.
  readonly #pages: { pattern: RegExp; route: RouteOptions }[] = []

  /** A newsroom route as it is declared (GET only: links lead to pages). */
  add(route: RouteOptions): void {
    const methods = [route.method].flat()
    if (!methods.includes('GET')) return
    this.#pages.push({ pattern: patternOf(route.url), route })
  }

  /** The right the page at this address needs; undefined outside the newsroom or for an address no route serves. */
  rightFor(href: string): NewsroomRight | undefined {
    const path = href.split(/[?#]/)[0]!
    if (path !== NEWSROOM && !path.startsWith(`${NEWSROOM}/`)) return undefined
    return this.#pages.find((page) => page.pattern.test(path))?.route.config?.right
  }

  /** Whether this user would be let in at this address (anything outside the newsroom: yes). */
  mayOpen(user: NewsroomUser, href: string): boolean {
    const right = this.rightFor(href)
    return right === undefined || right === 'anyone' || right === 'signed-in' || may(user, right)
  }

  /** Who may open it, as an administrator reads roles ("Quản trị hệ thống"); empty when anyone signed in may. */
  holders(href: string): string[] {
    const right = this.rightFor(href)
    if (right === undefined || right === 'anyone' || right === 'signed-in') return []
    const table = currentRights()
    return [...table.roles.keys()].filter((role) => table.holds(role, right)).map(roleName)
  }
}

// Fastify's own patterns: ':name' is one segment, '*' the rest.
function patternOf(url: string): RegExp {
  const escaped = url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9_-]+/g, '[^/]+').replace(/\*/g, '.*')
  return new RegExp(`^${escaped.replace(/\/$/, '')}/?$`)
}
