import { ghostSourceOpener } from './ghost/index.ts'
import { checkHtmlSiteMap, formatMapCheck, openHtmlSiteSource } from './html-site/index.ts'
import { openNukevietSource } from './nukeviet/index.ts'
import { MalformedSourceError, type ImportSource } from './records.ts'
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
  /** `--check`: what the source's settings would take, printed before anything is imported (no database). */
  check?(args: ImportArguments): Promise<string>
}

const mapOf = (args: ImportArguments): string => {
  const map = args.options.get('map')
  if (typeof map !== 'string') throw new MalformedSourceError({ file: args.target }, 'import html needs --map FILE.json (the selectors for the saved pages)')
  return map
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
  html: {
    usage: 'DIR --map FILE.json [--check]',
    open: (args) => openHtmlSiteSource(args.target, mapOf(args)),
    check: async (args) => formatMapCheck(await checkHtmlSiteMap(args.target, mapOf(args))),
  },
  nukeviet: {
    usage: 'mysql://USER@HOST/DB|DUMP.sql [--uploads DIR] [--prefix nv4] [--lang vi]',
    open: (args) => openNukevietSource(args.target, {
      uploads: folder(args, 'uploads'), prefix: folder(args, 'prefix'), lang: folder(args, 'lang'),
    }),
  },
}
