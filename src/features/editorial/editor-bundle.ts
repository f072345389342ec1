import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { hashedAsset, type HashedAsset } from '../../platform/http/hashed-asset.ts'

// The rich-text editor is bundled once, when the newsroom first needs it (esbuild takes a
// fraction of a second), kept in memory with its gzip and brotli copies (made on the thread pool)
// and served under a content hash: nothing to build by hand, nothing generated in the repository.
let bundle: Promise<HashedAsset> | undefined

export function editorBundle(): Promise<HashedAsset> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./browser/rich-editor.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: ['chrome110', 'firefox110', 'safari16'],
    legalComments: 'none',
  }).then((result) => hashedAsset('editor', Buffer.from(result.outputFiles[0]!.contents), 'js', '/toa-soan/assets'))
  return bundle
}
