import { adminScreenRoutes } from '../admin-kit/index.ts'
import type { Category } from '../categories/index.ts'
import { CATEGORY_FIELDS, CategoryAdmin, parseCategoryForm, type CategoryInput } from './category-admin.ts'
import type { SiteAdminDeps } from './site-admin-kit.ts'
import { categoriesView } from './views/categories.view.ts'
import { categoryFormView } from './views/category-form.view.ts'

/** /quan-tri/chuyen-muc: the category tree and its menus. */
export function categoryAdminRoutes(deps: SiteAdminDeps) {
  const admin = new CategoryAdmin(deps)
  const tree = () => deps.categories.tree()
  return adminScreenRoutes<Category, CategoryInput>({
    right: 'site.administer',
    path: '/quan-tri/chuyen-muc',
    list: { path: '/quan-tri/chuyen-muc', page: async (csrfToken, message) => ({ title: 'Chuyên mục', main: categoriesView(await tree(), csrfToken, message) }) },
    fields: CATEGORY_FIELDS,
    presets: { cha: 'parentId' },
    find: async (id) => (await tree()).find(id),
    notFound: { message: 'Category not found', messageVi: 'Không tìm thấy chuyên mục.' },
    valuesOf: (c) => ({ name: c.name, parentId: c.parentId === null ? '' : String(c.parentId), slug: c.slug, position: String(c.position), description: c.description, inMenu: c.inMenu ? '1' : '' }),
    parse: async (values, editing) => parseCategoryForm(values, await tree(), deps.reservedPrefixes, editing),
    formPage: async (category, form, csrfToken) => ({
      title: category ? 'Sửa chuyên mục' : 'Thêm chuyên mục',
      main: categoryFormView({ category, form, tree: await tree(), csrfToken }),
    }),
    create: (actor, input) => admin.create(actor, input),
    update: (actor, category, input) => admin.update(actor, category, input),
    move: (actor, category, direction) => admin.move(actor, category, direction),
    remove: (actor, category) => admin.remove(actor, category),
  })
}
