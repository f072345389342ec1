import { adminScreenRoutes } from '../admin-kit/index.ts'
import { listEditableLinkGroups, type EditableLinkGroup } from '../links/index.ts'
import { GROUP_FIELDS, LinkAdmin, parseGroupForm, type GroupInput } from './link-admin.ts'
import type { SiteAdminDeps } from './site-admin-kit.ts'
import { linkGroupFormView } from './views/link-forms.view.ts'
import { linksView } from './views/links.view.ts'

/** A group, with its siblings (the order it moves within). */
interface GroupInPlace {
  group: EditableLinkGroup
  groups: EditableLinkGroup[]
}

/** /quan-tri/lien-ket (the list) and /quan-tri/lien-ket/nhom/…: the groups of the links block. */
export function linkGroupAdminRoutes(deps: SiteAdminDeps) {
  const admin = new LinkAdmin(deps)
  const groups = () => listEditableLinkGroups(deps.db)
  return adminScreenRoutes<GroupInPlace, GroupInput>({
    right: 'site.administer',
    path: '/quan-tri/lien-ket/nhom',
    list: { path: '/quan-tri/lien-ket', page: linksPage(deps) },
    fields: GROUP_FIELDS,
    find: async (id) => {
      const all = await groups()
      const group = all.find((g) => g.id === id)
      return group && { group, groups: all }
    },
    notFound: { message: 'Link group not found', messageVi: 'Không tìm thấy nhóm liên kết.' },
    valuesOf: ({ group }) => ({ name: group.name, position: String(group.position) }),
    parse: async (values) => parseGroupForm(values),
    formPage: async (editing, form, csrfToken) => ({
      title: editing ? 'Sửa nhóm liên kết' : 'Thêm nhóm liên kết',
      main: linkGroupFormView(editing?.group, form, csrfToken),
    }),
    create: async (actor, input) => admin.createGroup(actor, input, await groups()),
    update: (actor, { group }, input) => admin.updateGroup(actor, group, input),
    move: (actor, { group, groups }, direction) => admin.moveGroup(actor, group, groups, direction),
    remove: (actor, { group }) => admin.removeGroup(actor, group),
  })
}

/** The "Liên kết website" screen, which lists the groups and their links together. */
export const linksPage = (deps: SiteAdminDeps) => async (csrfToken: string, message?: string) =>
  ({ title: 'Liên kết website', main: linksView(await listEditableLinkGroups(deps.db), csrfToken, message) })
