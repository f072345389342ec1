import type { SourceOpener } from '../import-sources.ts'
import { openGhostSource } from './ghost-source.ts'

export { openGhostSource, type GhostSourceOptions } from './ghost-source.ts'

/** The entry for the import command's list of sources (import-sources.ts): `import ghost FILE.json [--images DIR]`. */
export const ghostSourceOpener: SourceOpener = {
  usage: 'FILE.json [--images DIR]',
  open: ({ target, options }) => {
    const images = options.get('images')
    return openGhostSource(target, { images: typeof images === 'string' ? images : undefined })
  },
}
