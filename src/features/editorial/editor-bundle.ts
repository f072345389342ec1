import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

// The rich-text editor is bundled once when the app starts (esbuild takes a fraction of a
// second), kept in memory and served under a content hash: nothing to build by hand, nothing
// generated in the repository.
export interface EditorBundle {
  url: string
  code: Buffer
}

let bundle: Promise<EditorBundle> | undefined

export function editorBundle(): Promise<EditorBundle> {
  bundle ??= build({
    // The folder is named, not the file: the build copies it whole, with the modules the entry imports (image-picker.ts).
    entryPoints: [join(fileURLToPath(new URL('./browser/', import.meta.url)), 'rich-editor.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: ['chrome110', 'firefox110', 'safari16'],
    legalComments: 'none',
  }).then((result) => {
    const code = Buffer.from(result.outputFiles[0]!.contents)
    const hash = createHash('sha1').update(code).digest('hex').slice(0, 12)
    return { url: `/toa-soan/assets/editor-${hash}.js`, code }
  })
  return bundle
}
