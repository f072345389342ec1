import type { FastifyInstance } from 'fastify'
import { serveHashedAsset, serveHashedAssetWhenMade } from '../../platform/http/hashed-asset.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { EDITOR_ASSET_NAMES, EDITOR_STYLESHEET, editorBundle } from './editor-bundle.ts'

// The editor's scripts and stylesheet, served like every hashed asset of the portal (a year's
// caching, gzip and brotli made once), though only the editor page links them.
export function editorAssetRoutes(responder: PublicResponder) {
  return async function routes(app: FastifyInstance): Promise<void> {
    serveHashedAsset(app, responder, EDITOR_STYLESHEET)
    serveHashedAssetWhenMade(app, responder, EDITOR_ASSET_NAMES.page, 'js', async () => (await editorBundle()).page)
    serveHashedAssetWhenMade(app, responder, EDITOR_ASSET_NAMES.richText, 'js', async () => (await editorBundle()).richText)
  }
}
