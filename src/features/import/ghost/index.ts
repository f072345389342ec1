import { openGhostSource } from './ghost-source.ts'

export { openGhostSource, type GhostSourceOptions } from './ghost-source.ts'

/** The entry for the import command's list of sources (import-sources.ts): `import ghost FILE.json [--images DIR]`. */
export const ghostSourceOpener = {
  usage: 'FILE.json [--images DIR]   a Ghost export (0.x–5.x) and its content/images folder',
  open: ({ target, options }: { target: string; options: ReadonlyMap<string, string | true> }) => {
    const images = options.get('images')
    return openGhostSource(target, { images: typeof images === 'string' ? images : undefined })
  },
}
