import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { say, type Lang, type Locales } from '../../platform/i18n/index.ts'
import type { MenuLink } from '../../platform/module.ts'
import type { CategoryDirectory, CategoryTree } from '../categories/index.ts'
import type { BuiltMenus, MenuEntry, MenuSource } from '../site/index.ts'
import { listMenuItems, listSavedMenus } from './menu.repository.ts'
import { MENU_NAMES, type MenuItem } from './menu.ts'
import { englishPagePath, isShown, pagePath, type Page } from './page.ts'
import { listPages } from './page.repository.ts'
import './pages.table.ts'

export interface BuiltMenusDeps {
  db: Db
  events: NewsroomEventBus
  categories: CategoryDirectory
  locales: Locales
  /** The modules' links (ModuleContext.menuLinks): what a "module page" item may point at. */
  menuLinks: readonly MenuLink[]
}

/** What a menu item can point at, by kind, with the names and addresses readers see in this language. */
export interface MenuTargets {
  category(id: number): { name: string; url: string } | undefined
  page(id: number): { name: string; url: string } | undefined
  module(href: string): { name: string; url: string } | undefined
}

/**
 * The menus the administrator saved, resolved to names and addresses, kept until something
 * they are made from changes (a menu, a page's publication, a category). An item whose target
 * has gone (a category deleted, a page taken down) is left out, and so are its children.
 */
export class BuiltMenuSource implements MenuSource {
  readonly #kept = new Map<Lang, Promise<BuiltMenus>>()

  constructor(private readonly deps: BuiltMenusDeps) {
    const forget = () => this.#kept.clear()
    for (const event of ['menus.changed', 'pages.changed', 'category.changed', 'instance.resync'] as const) deps.events.on(event, forget)
  }

  menus(lang: Lang): Promise<BuiltMenus> {
    let kept = this.#kept.get(lang)
    if (!kept) {
      kept = this.#build(lang)
      kept.catch(() => this.#kept.delete(lang))
      this.#kept.set(lang, kept)
    }
    return kept
  }

  async #build(lang: Lang): Promise<BuiltMenus> {
    const saved = await listSavedMenus(this.deps.db)
    if (![...saved].some((key) => key.endsWith(` ${lang}`))) return {}
    const [items, tree, pages] = await Promise.all([listMenuItems(this.deps.db), this.deps.categories.tree(), livePages(this.deps.db)])
    const targets = menuTargets(lang, tree, pages, this.deps.menuLinks, this.deps.locales)
    const out: { -readonly [K in keyof BuiltMenus]: BuiltMenus[K] } = {}
    for (const name of MENU_NAMES) {
      if (saved.has(`${name} ${lang}`)) out[name] = resolveMenu(items.filter((i) => i.menu === name && i.lang === lang), targets)
    }
    return Object.freeze(out)
  }
}

/** The pages readers can see, with their live titles (the menu names what readers read). */
export async function livePages(db: Db): Promise<{ pages: Page[]; live: Map<number, { title: string; titleEn: string }> }> {
  const pages = await listPages(db)
  const ids = pages.flatMap((p) => (p.liveRevisionId === null ? [] : [p.liveRevisionId]))
  const rows = ids.length ? await db.selectFrom('page_revisions').select(['page_id', 'title', 'title_en']).where('id', 'in', ids).execute() : []
  return { pages, live: new Map(rows.map((r) => [r.page_id, { title: r.title, titleEn: r.title_en }])) }
}

export function menuTargets(lang: Lang, tree: CategoryTree, { pages, live }: Awaited<ReturnType<typeof livePages>>, menuLinks: readonly MenuLink[], locales: Locales): MenuTargets {
  const locale = locales.of(lang)
  return {
    category: (id) => {
      const category = lang === 'vi' ? tree.find(id) : undefined
      return category && { name: category.name, url: tree.url(id) }
    },
    page: (id) => {
      const page = pages.find((p) => p.id === id)
      const text = live.get(id)
      if (!page || !text || !isShown(pages, id)) return undefined
      if (lang === 'vi') return { name: text.title, url: pagePath(pages, id) }
      return page.slugEn && text.titleEn ? { name: text.titleEn, url: englishPagePath(page) } : undefined
    },
    module: (href) => {
      const link = menuLinks.find((l) => l.href[lang] === href)
      return link && { name: say(locale, link.label), url: href }
    },
  }
}

/** The saved items as readers see them: two levels, in order, gone targets left out. */
export function resolveMenu(items: readonly MenuItem[], targets: MenuTargets): MenuEntry[] {
  const entry = (item: MenuItem): MenuEntry | undefined => {
    const found = item.kind === 'link' ? { name: item.label, url: item.target }
      : item.kind === 'category' ? targets.category(Number(item.target))
        : item.kind === 'page' ? targets.page(Number(item.target))
          : targets.module(item.target)
    return found && { name: item.label || found.name, url: found.url }
  }
  const ordered = (parentId: number | null) => items.filter((i) => i.parentId === parentId).sort((a, b) => a.position - b.position || a.id - b.id)
  return ordered(null).flatMap((item) => {
    const top = entry(item)
    if (!top) return []
    const children = ordered(item.id).flatMap((child) => {
      const e = entry(child)
      return e ? [e] : []
    })
    return [children.length ? { ...top, children } : top]
  })
}
