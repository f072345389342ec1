import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { hashedAsset, serveHashedAsset } from '../../platform/http/hashed-asset.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'

// The newsroom's stylesheet, apart from the portal's: readers' pages carry site.css in their
// head, and the newsroom's lists, queues and dashboard are no business of theirs.
export const NEWSROOM_STYLESHEET = hashedAsset('toa-soan', readFileSync(new URL('./newsroom.css', import.meta.url), 'utf8'), 'css')

export function newsroomStylesheetRoutes(responder: PublicResponder) {
  return async function routes(app: FastifyInstance): Promise<void> {
    serveHashedAsset(app, responder, NEWSROOM_STYLESHEET)
  }
}
