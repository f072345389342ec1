import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { hashedAsset, type HashedAsset } from '../../platform/http/hashed-asset.ts'

// The editor's scripts are bundled from browser/ when first asked for (esbuild takes a fraction
// of a second), kept in memory and served as hashed assets beside the portal's others, gzip and
// brotli made once, on the thread pool: nothing to build by hand, nothing generated in the repository. Two entry
// points, so the page works early: `bien-tap` (a few KB: save state, autosave, Ctrl+S,
// confirmations, lead image, SEO preview) and `soan-thao` (TipTap, most of the weight), which
// only the editor page loads. The article list and the dashboard load neither.
export interface EditorBundle {
  page: HashedAsset
  richText: HashedAsset
}

export const EDITOR_ASSET_NAMES = { page: 'bien-tap', richText: 'soan-thao' } as const

// The whole folder, since the entry points import their neighbours (the build copies it).
const BROWSER_DIR = new URL('./browser/', import.meta.url)

let bundle: Promise<EditorBundle> | undefined

export function editorBundle(): Promise<EditorBundle> {
  bundle ??= buildBundle().catch((error: unknown) => {
    bundle = undefined
    throw error
  })
  return bundle
}

async function buildBundle(): Promise<EditorBundle> {
  const result = await build({
    entryPoints: {
      [EDITOR_ASSET_NAMES.page]: fileURLToPath(new URL('editor-page.ts', BROWSER_DIR)),
      [EDITOR_ASSET_NAMES.richText]: fileURLToPath(new URL('rich-editor.ts', BROWSER_DIR)),
    },
    outdir: fileURLToPath(new URL('out/', BROWSER_DIR)),
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: ['chrome110', 'firefox110', 'safari16'],
    legalComments: 'none',
  })
  const output = (name: string) => Buffer.from(result.outputFiles.find((f) => f.path.endsWith(`/${name}.js`))!.contents)
  // Their addresses at once; gzip and brotli made off the event loop, awaited by the asset's
  // first reader only (hashed-asset.ts), so the editor page does not wait for them.
  return { page: hashedAsset(EDITOR_ASSET_NAMES.page, output(EDITOR_ASSET_NAMES.page), 'js'), richText: hashedAsset(EDITOR_ASSET_NAMES.richText, output(EDITOR_ASSET_NAMES.richText), 'js') }
}

/** The editor's layout (two columns, the save bar, the settings), linked by the editor page only. */
export const EDITOR_STYLESHEET = hashedAsset('bien-tap', readFileSync(new URL('./editor.css', import.meta.url), 'utf8'), 'css')
