import * as portal from '../../migrations/20261129-0001-portal.ts'
import * as blockPlacements from '../../migrations/20261206-0015-block-placements.ts'
import type { PortalModule } from '../../platform/module.ts'
import type { MenuSource } from './menu-source.ts'
import { PortalChrome } from './portal-chrome.ts'
import { siteRoutes } from './site.routes.ts'
import { loadTheme } from './theme-loader.ts'
import { siteMessages } from './messages.ts'
import { readerStyle } from './stylesheet.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    'settings.changed': Record<string, never>
    /** The administrator moved, added, hid or showed a block in the page's slots. */
    'layout.changed': Record<string, never>
  }
}

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** What every public page has around its content: header, menu, the blocks in their slots, footer. */
    chrome: PortalChrome
  }
  interface ContributionPoints {
    /**
     * Storage keys readers may fetch at /media/<key>, by their start ('uploads/'): the storage also
     * holds what no reader may (citizens' attachments, drafts' files), served by their own routes.
     */
    publicMedia: string
    /** Where the administrator's built menus come from (the pages module's menu editor); at most one. */
    menus: MenuSource
  }
}

// The portal itself: its settings, its chrome (with THEME_DIR's theme and the blocks the
// administrator placed), its stylesheet and scripts, uploaded files. Its first migration made
// the tables the first release shared (categories, articles, tags, links, weather, settings);
// later ones belong to the module that made them.
export const siteModule: PortalModule = {
  name: 'site',
  title: 'Cổng thông tin',
  messages: [siteMessages],
  // Readers' pages carry the portal's stylesheet and the modules' styles inline: allowed by their hash.
  policy: ({ readerStyles }) => ({ readers: readerStyle(readerStyles).policy }),
  migrations: { '20261129-0001-portal': portal, '20261206-0015-block-placements': blockPlacements },
  publicPrefixes: ['assets', 'media'],
  relayed: ['settings.changed', 'layout.changed'],
  purges: { 'settings.changed': () => ['layout'], 'layout.changed': () => ['layout'] },
  // A broken theme stops the start here, with its path (theme-loader.ts).
  provide: async ({ db, events, services, blocks, config, locales, media, log, readerStyle, menuLinks }) => ({
    chrome: new PortalChrome(db, events, services.categories, blocks, await loadTheme(config.themeDir), locales, {
      publicUrl: config.publicUrl, media, mediaPublicUrl: config.mediaPublicUrl, readerStyle, menuLinks,
      onLogoUnreadable: (error) => log.warn({ err: error }, 'the logo could not be read for the icons; the drawn icon stands in'),
    }),
  }),
  // The icons are made at start (sharp, a few tens of milliseconds), not by the first reader.
  ready: async ({ services, contributions }) => {
    const [menus, ...others] = contributions.byModule('menus')
    if (others.length) throw new Error(`modules "${menus!.module}" and "${others[0]!.module}" both offer the readers' menus`)
    if (menus) services.chrome.useMenus(menus.item)
    await services.chrome.icons.current()
  },
  publicRoutes: ({ media, responder, config, services, contributions }) => siteRoutes({ media, responder, publicUrl: config.publicUrl, chrome: services.chrome, publicMedia: contributions.of('publicMedia') }),
}
