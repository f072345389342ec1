import { adminScreenRoutes } from '../admin-kit/index.ts'
import { listEditableLinkGroups, type EditableLink, type EditableLinkGroup } from '../links/index.ts'
import { LINK_FIELDS, LinkAdmin, parseLinkForm, type LinkInput } from './link-admin.ts'
import { linksPage } from './link-groups.routes.ts'
import type { SiteAdminDeps } from './site-admin-kit.ts'
import { linkFormView } from './views/link-forms.view.ts'

/** A link, its group (the order it moves within) and every group (where it may go). */
interface LinkInPlace {
  link: EditableLink
  group: EditableLinkGroup
  groups: EditableLinkGroup[]
}

/** /quan-tri/lien-ket/…: the links themselves, each in a group; listed with the groups. */
export function linkAdminRoutes(deps: SiteAdminDeps) {
  const admin = new LinkAdmin(deps)
  const groups = () => listEditableLinkGroups(deps.db)
  return adminScreenRoutes<LinkInPlace, LinkInput>({
    right: 'site.administer',
    path: '/quan-tri/lien-ket',
    list: { path: '/quan-tri/lien-ket', ownRoute: false, page: linksPage(deps) },
    fields: LINK_FIELDS,
    presets: { nhom: 'groupId' },
    find: async (id) => {
      const all = await groups()
      for (const group of all) {
        const link = group.links.find((l) => l.id === id)
        if (link) return { link, group, groups: all }
      }
      return undefined
    },
    notFound: { message: 'Link not found', messageVi: 'Không tìm thấy liên kết.' },
    valuesOf: ({ link }) => ({ groupId: String(link.groupId), name: link.name, url: link.url, position: String(link.position) }),
    parse: async (values, editing) => parseLinkForm(values, editing?.groups ?? await groups()),
    formPage: async (editing, form, csrfToken) => ({
      title: editing ? 'Sửa liên kết' : 'Thêm liên kết',
      main: linkFormView(editing?.link, await groups(), form, csrfToken),
    }),
    create: async (actor, input) => admin.createLink(actor, input, await groups()),
    update: (actor, { link, groups }, input) => admin.updateLink(actor, link, input, groups),
    move: (actor, { link, group }, direction) => admin.moveLink(actor, link, group, direction),
    remove: (actor, { link }) => admin.removeLink(actor, link),
  })
}
