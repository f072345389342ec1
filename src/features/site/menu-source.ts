import type { Lang } from '../../platform/i18n/index.ts'

// The readers' menus can be built by an administrator (the pages module's menu editor): the
// chrome asks a source for them without knowing who keeps them. While a language's menu has
// not been saved, the chrome shows its default one (the categories in the menu, then the
// modules' links); a saved menu replaces it.

export interface MenuEntry {
  name: string
  url: string
  /** The second level; one level deep at most. */
  children?: readonly MenuEntry[]
}

/** A language's menus as saved: undefined where the administrator has built none. */
export interface BuiltMenus {
  main?: readonly MenuEntry[]
  footer?: readonly MenuEntry[]
}

export interface MenuSource {
  /**
   * This language's built menus. The same object is returned while nothing changed: the
   * chrome keeps each header and footer it made until its menus are a new object.
   */
  menus(lang: Lang): Promise<BuiltMenus>
}

export const NO_BUILT_MENUS: BuiltMenus = Object.freeze({})
