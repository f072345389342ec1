import { ghostSourceOpener } from './ghost/index.ts'
import type { ImportSource } from './records.ts'
import { openWordpressSource } from './wordpress/index.ts'

// The sources `npm run toasoan -- import <source> …` knows, each with how it is called and how
// it is opened from the command's arguments. A new importer is a folder beside this file and
// one entry here.

export interface ImportArguments {
  /** The file, folder or database address after the source's name. */
  target: string
  options: ReadonlyMap<string, string | true>
}

export interface SourceOpener {
  usage: string
  open(args: ImportArguments): ImportSource | Promise<ImportSource>
}

const folder = (args: ImportArguments, name: string) => {
  const value = args.options.get(name)
  return typeof value === 'string' ? value : undefined
}

export const IMPORT_SOURCES: Readonly<Record<string, SourceOpener>> = {
  wordpress: {
    usage: 'FILE.xml [--uploads DIR] [--create-users]',
    open: (args) => openWordpressSource(args.target, { uploads: folder(args, 'uploads') }),
  },
  ghost: ghostSourceOpener,
}
