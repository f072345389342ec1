import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import type { EarlyAnswer } from '../../platform/http/early-answers.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import type { ContentSources } from '../../platform/content/index.ts'
import { escapeHtml } from '../../platform/views/html.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { headOf, normaliseOldAddress } from './old-address.ts'

// The old site's addresses, answered 301 to where the item is now (worked out when asked, so a
// renamed or moved article still redirects right; an item no longer published is not
// redirected to). The answer is kept in the page cache like any page, so the next reader of the
// old address gets it at the cache's speed; any content change drops those kept answers.

export const OLD_ADDRESS_TAG = 'old-addresses'

/** Addresses the portal itself owns: never an old site's. */
const OURS = /^\/(toa-soan|api|media|assets)(\/|$)/

export interface OldAddressDeps {
  db: Db
  responder: PublicResponder
  sources: ContentSources
  categories: CategoryDirectory
}

export class OldAddresses implements EarlyAnswer {
  /** The first segments of every old address ("" for the root's query forms): most requests stop here. */
  #heads = new Set<string>()

  constructor(private readonly deps: OldAddressDeps) {}

  /** Reads the set of first segments again (at start, and when an import has written more). */
  async reload(): Promise<void> {
    const rows = await this.deps.db.selectFrom('old_addresses').select('head').distinct().execute()
    this.#heads = new Set(rows.map((r) => r.head))
  }

  concerns(method: string, url: string): boolean {
    if (this.#heads.size === 0 || (method !== 'GET' && method !== 'HEAD') || OURS.test(url)) return false
    const address = normaliseOldAddress(url)
    return address !== undefined && address !== '/' && this.#heads.has(headOf(address))
  }

  async answer(req: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const address = normaliseOldAddress(req.url)
    if (address === undefined) return false
    const to = await this.whereIs(address)
    if (to === undefined || normaliseOldAddress(to) === address) return false
    this.deps.responder.send(req, reply, {
      status: 301,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><title>Đã chuyển</title><p>Trang này đã chuyển tới <a href="${escapeHtml(to)}">${escapeHtml(to)}</a>.</p>`,
      tags: [OLD_ADDRESS_TAG],
      extraHeaders: { location: to },
    })
    return true
  }

  /** Where an old address leads now; undefined when it names nothing published. */
  async whereIs(address: string): Promise<string | undefined> {
    const row = await this.deps.db.selectFrom('old_addresses').select(['target_kind', 'target_id', 'target_path']).where('address', '=', address).executeTakeFirst()
    if (!row) return undefined
    if (row.target_kind === 'path') return row.target_path || undefined
    if (row.target_id === null) return undefined
    if (row.target_kind === 'category') {
      const tree = await this.deps.categories.tree()
      return tree.find(row.target_id) ? tree.url(row.target_id) : undefined
    }
    const [item] = (await this.deps.sources.get(row.target_kind)?.read([row.target_id])) ?? []
    // An item filed in a category this instance has not read yet has no address until it has
    // (the change log's next look): "//slug" would send readers to another host.
    return item && /^\/(?!\/)/.test(item.address) && !item.address.includes('//') ? item.address : undefined
  }
}
