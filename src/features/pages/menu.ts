import type { Lang } from '../../platform/i18n/index.ts'

// The menus an administrator builds: the main one and the footer one, for each language.

export const MENU_NAMES = ['main', 'footer'] as const
export type MenuName = (typeof MENU_NAMES)[number]
export const MENU_LANGS = ['vi', 'en'] as const satisfies readonly Lang[]
export type MenuLang = (typeof MENU_LANGS)[number]
export const MENU_TITLES: Record<MenuName, string> = { main: 'Menu chính', footer: 'Menu chân trang' }
export const LANG_NAMES: Record<MenuLang, string> = { vi: 'tiếng Việt', en: 'tiếng Anh' }
export const NEWSROOM_MENUS = '/toa-soan/menu'

export const ITEM_KINDS = ['category', 'page', 'module', 'link'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]
export const KIND_NAMES: Record<ItemKind, string> = { category: 'Chuyên mục', page: 'Trang tĩnh', module: 'Trang của mô-đun', link: 'Liên kết ngoài' }

/** One menu's key in the form: "main-vi". */
export type MenuKey = `${MenuName}-${MenuLang}`
export const MENU_KEYS: readonly MenuKey[] = MENU_NAMES.flatMap((name) => MENU_LANGS.map((lang) => `${name}-${lang}` as const))
export const menuOfKey = (key: string): { menu: MenuName; lang: MenuLang } | undefined => {
  const [menu, lang] = key.split('-')
  return MENU_KEYS.includes(key as MenuKey) ? { menu: menu as MenuName, lang: lang as MenuLang } : undefined
}
export const menuTitle = (menu: MenuName, lang: MenuLang) => `${MENU_TITLES[menu]} (${LANG_NAMES[lang]})`

export interface MenuItem {
  id: number
  menu: MenuName
  lang: MenuLang
  parentId: number | null
  position: number
  kind: ItemKind
  /** The category's or page's id, the module page's address, the outside URL. */
  target: string
  /** '' takes the name of what it links to. */
  label: string
}

export type MenuItemInput = Omit<MenuItem, 'id'>
