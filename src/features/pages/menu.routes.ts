import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import type { Locales } from '../../platform/i18n/index.ts'
import { say } from '../../platform/i18n/index.ts'
import type { MenuLink } from '../../platform/module.ts'
import { html } from '../../platform/views/html.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import {
  actionButton, actorWith, adminFormView, adminScreenRoutes, announcedChanges, inputField, moveButtons, moveWithin, notice, selectField, trail,
  type AdminScreen, type ChangeDeps,
} from '../admin-kit/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { livePages, menuTargets, resolveMenu } from './built-menus.ts'
import { MENU_ITEM_FIELDS, parseMenuItemForm, type MenuChoices } from './menu-form.ts'
import { forgetMenu, insertMenuItem, listMenuItems, listSavedMenus, markMenuSaved, deleteMenuItem, findMenuItem, setMenuPositions, updateMenuItem } from './menu.repository.ts'
import { KIND_NAMES, LANG_NAMES, MENU_KEYS, MENU_TITLES, menuOfKey, menuTitle, NEWSROOM_MENUS, type MenuItem, type MenuItemInput, type MenuLang } from './menu.ts'
import { englishPagePath, inTreeOrder, isShown, pagePath } from './page.ts'

export interface MenuRoutesDeps extends ChangeDeps {
  categories: CategoryDirectory
  locales: Locales
  menuLinks: readonly MenuLink[]
}

const config = { right: 'menu.edit' as const }
const KeyParams = Type.Object({ key: Type.String({ maxLength: 20 }) })

/** /toa-soan/menu: the main and footer menus of each language, built from categories, pages, modules' pages and links. */
export function menuNewsroomRoutes(deps: MenuRoutesDeps) {
  const change = announcedChanges(deps, 'menus.changed', () => ({}))

  async function choices() {
    const [tree, live] = await Promise.all([deps.categories.tree(), livePages(deps.db)])
    const of = (lang: MenuLang): MenuChoices & { categories: { value: string; label: string }[]; pages: { value: string; label: string }[]; modules: { value: string; label: string }[] } => {
      const categories = lang === 'vi' ? tree.all().map((c) => ({ value: String(c.id), label: `${'— '.repeat(tree.lineage(c.id).length - 1)}${c.name}` })) : []
      const pages = inTreeOrder(live.pages).flatMap(({ page, depth }) => {
        const text = live.live.get(page.id)
        if (!text || !isShown(live.pages, page.id) || (lang === 'en' && !(page.slugEn && text.titleEn))) return []
        return [{ value: String(page.id), label: `${'— '.repeat(depth)}${lang === 'en' ? text.titleEn : text.title} (${lang === 'en' ? englishPagePath(page) : pagePath(live.pages, page.id)})` }]
      })
      const modules = deps.menuLinks.flatMap((link) => {
        const href = link.href[lang]
        return href === undefined ? [] : [{ value: href, label: `${say(deps.locales.of(lang), link.label)} (${href})` }]
      })
      return {
        categories, pages, modules,
        categoryIds: new Set(categories.map((c) => Number(c.value))), pageIds: new Set(pages.map((p) => Number(p.value))), moduleHrefs: new Set(modules.map((m) => m.value)),
      }
    }
    return { of, tree, live }
  }

  const page = async (csrfToken: string, message?: string) => {
    const [items, saved, { tree, live }] = await Promise.all([listMenuItems(deps.db), listSavedMenus(deps.db), choices()])
    const sections = MENU_KEYS.map((key) => {
      const { menu, lang } = menuOfKey(key)!
      const own = items.filter((i) => i.menu === menu && i.lang === lang)
      const targets = menuTargets(lang, tree, live, deps.menuLinks, deps.locales)
      const nameOf = (item: MenuItem) => resolveMenu([{ ...item, parentId: null }], targets)[0]?.name
      const row = (item: MenuItem, depth: number) => {
        const name = nameOf(item)
        const called = name ?? (item.label || `mục ${item.id}`)
        return html`<tr data-id="${item.id}"><td>${depth ? '— ' : ''}${name ?? html`<em>${called} (đích đã bị xóa hoặc gỡ xuống: không hiện)</em>`}</td><td>${KIND_NAMES[item.kind]}</td>
<td><a href="${NEWSROOM_MENUS}/muc/${item.id}" aria-label="Sửa “${called}”">Sửa</a> ${moveButtons(`${NEWSROOM_MENUS}/muc/${item.id}`, called, csrfToken)} ${actionButton(`${NEWSROOM_MENUS}/muc/${item.id}/xoa`, 'Xóa', csrfToken, `Xóa “${called}” khỏi menu`)}</td></tr>`
      }
      const ordered = (parentId: number | null) => own.filter((i) => i.parentId === parentId).sort((a, b) => a.position - b.position || a.id - b.id)
      const isSaved = saved.has(`${menu} ${lang}`)
      return html`<section class="menu-section" id="menu-${key}"><h2>${menuTitle(menu, lang)}</h2>
${isSaved
    ? html`<div class="menu-state">Menu này đã được xây dựng và đang hiện cho bạn đọc. ${actionButton(`${NEWSROOM_MENUS}/${key}/mac-dinh`, 'Trở về menu mặc định', csrfToken)}</div>`
    : html`<div class="menu-state muted">Chưa xây dựng: bạn đọc đang thấy ${menu === 'main' ? 'menu mặc định (các chuyên mục hiện trên menu, rồi các trang của mô-đun)' : 'chân trang không có menu'}. Thêm một mục là bắt đầu menu riêng.${menu === 'main' ? html` ${actionButton(`${NEWSROOM_MENUS}/${key}/chep-mac-dinh`, 'Bắt đầu từ menu mặc định', csrfToken)}` : ''}</div>`}
<p><a href="${NEWSROOM_MENUS}/muc/moi?menu=${key}">Thêm mục vào ${MENU_TITLES[menu].toLowerCase()} (${LANG_NAMES[lang]})</a></p>
${own.length ? html`<table class="menu-items"><caption class="visually-hidden">${menuTitle(menu, lang)}</caption><thead><tr><th scope="col">Mục</th><th scope="col">Loại</th><th scope="col">Thao tác</th></tr></thead>
<tbody>${ordered(null).map((item) => html`${row(item, 0)}${ordered(item.id).map((child) => row(child, 1))}`)}</tbody></table>` : ''}
</section>`
    })
    return { title: 'Menu', main: html`${trail([{ label: 'Bàn làm việc', href: '/toa-soan' }])}<h1>Menu</h1>${notice(message)}
<p class="muted">Menu chính ở đầu trang và menu chân trang, cho từng ngôn ngữ; hai cấp. Mỗi thay đổi hiện ngay cho bạn đọc.</p>${sections}` }
  }

  const screen: AdminScreen<MenuItem, MenuItemInput> = {
    right: 'menu.edit',
    path: '/menu/muc',
    list: { path: '/menu', page },
    fields: MENU_ITEM_FIELDS,
    presets: { menu: 'menuKey', cha: 'parentId' },
    find: (id) => findMenuItem(deps.db, id),
    notFound: { message: 'Menu item not found', messageVi: 'Không tìm thấy mục menu.' },
    valuesOf: (item) => ({
      menuKey: `${item.menu}-${item.lang}`, parentId: item.parentId === null ? '' : String(item.parentId), position: String(item.position), kind: item.kind,
      categoryId: item.kind === 'category' ? item.target : '', pageId: item.kind === 'page' ? item.target : '', moduleHref: item.kind === 'module' ? item.target : '',
      url: item.kind === 'link' ? item.target : '', label: item.label,
    }),
    parse: async (values, editing) => {
      const [items, { of }] = await Promise.all([listMenuItems(deps.db), choices()])
      return parseMenuItemForm(values, editing, items, of)
    },
    formPage: async (editing, form, csrfToken) => {
      const [items, { of, tree, live }] = await Promise.all([listMenuItems(deps.db), choices()])
      const which = menuOfKey(form.values.menuKey ?? '') ?? { menu: 'main' as const, lang: 'vi' as const }
      const options = of(which.lang)
      const parents = items.filter((i) => i.menu === which.menu && i.lang === which.lang && i.parentId === null && i.id !== editing?.id)
      const targets = menuTargets(which.lang, tree, live, deps.menuLinks, deps.locales)
      const nameOf = (item: MenuItem) => item.label || resolveMenu([item], targets)[0]?.name || `Mục ${item.id}`
      const heading = editing ? 'Sửa mục menu' : 'Thêm mục menu'
      return {
        title: heading,
        main: adminFormView({
          trail: [{ label: 'Menu', href: NEWSROOM_MENUS }], heading, action: `${NEWSROOM_MENUS}/muc${editing ? `/${editing.id}` : ''}`, form, csrfToken,
          fields: [
            selectField(form, 'menuKey', 'Menu', [{ value: '', label: 'Chọn menu' }, ...MENU_KEYS.map((key) => ({ value: key, label: menuTitle(menuOfKey(key)!.menu, menuOfKey(key)!.lang) }))]),
            selectField(form, 'parentId', 'Mục cha', [{ value: '', label: 'Không có (mục cấp một)' }, ...parents.map((p) => ({ value: String(p.id), label: nameOf(p) }))]),
            selectField(form, 'kind', 'Loại mục', [{ value: '', label: 'Chọn loại' }, ...Object.entries(KIND_NAMES).map(([value, label]) => ({ value, label }))]),
            selectField(form, 'categoryId', 'Chuyên mục (khi loại là chuyên mục)', [{ value: '', label: 'Chọn chuyên mục' }, ...options.categories]),
            selectField(form, 'pageId', 'Trang tĩnh đã xuất bản (khi loại là trang tĩnh)', [{ value: '', label: 'Chọn trang' }, ...options.pages]),
            selectField(form, 'moduleHref', 'Trang của mô-đun (khi loại là trang của mô-đun)', [{ value: '', label: 'Chọn trang' }, ...options.modules]),
            inputField(form, 'url', 'Địa chỉ (khi loại là liên kết ngoài)', { type: 'url', maxlength: 500, hint: 'Bắt đầu bằng https://, hoặc một đường dẫn trong cổng bắt đầu bằng “/”.' }),
            inputField(form, 'label', 'Tên hiển thị', { maxlength: 120, hint: 'Để trống thì dùng tên của chuyên mục, trang hay mô-đun; liên kết ngoài phải có tên.' }),
            inputField(form, 'position', 'Thứ tự', { maxlength: 4, inputmode: 'numeric', hint: 'Số nhỏ đứng trước; để trống để xếp cuối.' }),
          ],
        }),
      }
    },
    create: (actor, input) => change(actor, async (trx, now) => {
      const id = await insertMenuItem(trx, input, now)
      return { action: 'menu-item.create', itemType: 'menu-item', itemId: id, details: { menu: menuTitle(input.menu, input.lang), kind: input.kind, target: input.target } }
    }),
    update: (actor, item, input) => change(actor, async (trx, now) => {
      await updateMenuItem(trx, item.id, input, now)
      return { action: 'menu-item.update', itemType: 'menu-item', itemId: item.id, details: { menu: menuTitle(input.menu, input.lang), kind: input.kind, target: input.target } }
    }),
    remove: (actor, item) => change(actor, async (trx, now) => {
      await deleteMenuItem(trx, item, now)
      return { action: 'menu-item.delete', itemType: 'menu-item', itemId: item.id, details: { menu: menuTitle(item.menu, item.lang), kind: item.kind, target: item.target } }
    }),
    move: async (actor, item, direction) => {
      const siblings = (await listMenuItems(deps.db)).filter((i) => i.menu === item.menu && i.lang === item.lang && i.parentId === item.parentId)
        .sort((a, b) => a.position - b.position || a.id - b.id)
      const ids = moveWithin(siblings.map((s) => s.id), item.id, direction)
      if (!ids) return
      return change(actor, async (trx, now) => {
        await setMenuPositions(trx, ids)
        await markMenuSaved(trx, item.menu, item.lang, now)
        return { action: 'menu-item.move', itemType: 'menu-item', itemId: item.id, details: { menu: menuTitle(item.menu, item.lang) } }
      })
    },
  }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    await app.register(adminScreenRoutes(screen))
    const menuOf = (key: string) => {
      const which = menuOfKey(key)
      if (!which) throw new NotFoundError('Menu not found', 'Không có menu này.')
      return which
    }
    // Back to the default: the saved menu and its items go.
    app.post('/menu/:key/mac-dinh', { schema: { params: KeyParams }, attachValidation: true, config }, async (req, reply) => {
      const { menu, lang } = menuOf(req.params.key)
      await change(actorWith('menu.edit', req, reply), async (trx) => {
        await forgetMenu(trx, menu, lang)
        return { action: 'menu.reset', itemType: 'menu', itemId: req.params.key, details: { menu: menuTitle(menu, lang) } }
      })
      return reply.redirect(NEWSROOM_MENUS, 303)
    })
    // A start from what readers see now: the categories in the menu, then the modules' links.
    app.post('/menu/:key/chep-mac-dinh', { schema: { params: KeyParams }, attachValidation: true, config }, async (req, reply) => {
      const { menu, lang } = menuOf(req.params.key)
      const [tree, items] = await Promise.all([deps.categories.tree(), listMenuItems(deps.db)])
      if (items.some((i) => i.menu === menu && i.lang === lang)) return reply.redirect(NEWSROOM_MENUS, 303)
      const defaults: MenuItemInput[] = [
        ...(lang === 'vi' ? tree.roots().filter((c) => c.inMenu).map((c) => ({ kind: 'category' as const, target: String(c.id) })) : []),
        ...deps.menuLinks.flatMap((link) => (link.href[lang] === undefined ? [] : [{ kind: 'module' as const, target: link.href[lang]! }])),
      ].map((item, position) => ({ ...item, menu, lang, parentId: null, position, label: '' }))
      await change(actorWith('menu.edit', req, reply), async (trx, now) => {
        for (const item of defaults) await insertMenuItem(trx, item, now)
        await markMenuSaved(trx, menu, lang, now)
        return { action: 'menu.copy-default', itemType: 'menu', itemId: req.params.key, details: { menu: menuTitle(menu, lang) } }
      })
      return reply.redirect(NEWSROOM_MENUS, 303)
    })
  }
}
