import { NotFoundError } from '../../platform/http/errors.ts'
import {
  deleteLink, deleteLinkGroup, insertLink, insertLinkGroup, setLinkGroupPositions, setLinkPositions, updateLink, updateLinkGroup,
  type EditableLink, type EditableLinkGroup, type LinkFields,
} from '../links/index.ts'
import { announcedChanges, FormCheck, moveWithin, nextPosition, StillInUseError, type Actor, type Direction, type FormValues } from '../admin-kit/index.ts'
import type { SiteAdminDeps } from './site-admin-kit.ts'

export const GROUP_FIELDS = ['name', 'position'] as const
export const LINK_FIELDS = ['groupId', 'name', 'url', 'position'] as const

export interface GroupInput {
  name: string
  position: number | undefined
}

export type LinkInput = Omit<LinkFields, 'position'> & { position: number | undefined }

export function parseGroupForm(values: FormValues): GroupInput {
  const check = new FormCheck(values)
  const input = { name: check.text('name', 'tên nhóm', 150, { required: true }), position: check.position() }
  check.done()
  return input
}

export function parseLinkForm(values: FormValues, groups: EditableLinkGroup[]): LinkInput {
  const check = new FormCheck(values)
  const group = groups.find((g) => String(g.id) === values.groupId)
  if (!group) check.fail('groupId', 'Xin chọn nhóm liên kết.')
  const name = check.text('name', 'tên trang', 150, { required: true })
  const url = webAddress(check)
  const position = check.position()
  check.done()
  return { groupId: group!.id, name, url, position }
}

/** Only web pages: http(s) with a host. javascript:, data:, mailto: and the rest are refused. */
function webAddress(check: FormCheck): string {
  const typed = check.text('url', 'địa chỉ trang web', 500, { required: true })
  if (!typed || check.errors.url) return typed
  let parsed: URL | undefined
  try {
    parsed = new URL(typed)
  } catch {
    parsed = undefined
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname || /\s/.test(typed)) {
    check.fail('url', 'Địa chỉ phải là một trang web bắt đầu bằng https:// hoặc http://, ví dụ https://baochinhphu.vn.')
    return typed
  }
  return parsed.href
}

/** The administrator's changes to the website-links block; each announced once committed. */
export class LinkAdmin {
  readonly #change

  constructor(deps: SiteAdminDeps) {
    this.#change = announcedChanges(deps, 'links.changed', () => ({}))
  }

  createGroup(actor: Actor, input: GroupInput, groups: EditableLinkGroup[]) {
    return this.#change(actor, async (trx) => {
      const id = await insertLinkGroup(trx, input.name, input.position ?? nextPosition(groups), [])
      return { action: 'link-group.create', itemType: 'link-group', itemId: id, details: { name: input.name } }
    })
  }

  updateGroup(actor: Actor, group: EditableLinkGroup, input: GroupInput) {
    return this.#change(actor, async (trx) => {
      if (!(await updateLinkGroup(trx, group.id, { name: input.name, position: input.position ?? group.position }))) throw new NotFoundError()
      return { action: 'link-group.update', itemType: 'link-group', itemId: group.id, details: { before: group.name, after: input.name } }
    })
  }

  removeGroup(actor: Actor, group: EditableLinkGroup) {
    if (group.links.length > 0) {
      throw new StillInUseError(`Nhóm “${group.name}” còn ${group.links.length} liên kết. Xin xóa hoặc chuyển các liên kết sang nhóm khác trước.`)
    }
    return this.#change(actor, async (trx) => {
      if (!(await deleteLinkGroup(trx, group.id))) throw new NotFoundError()
      return { action: 'link-group.delete', itemType: 'link-group', itemId: group.id, details: { name: group.name } }
    })
  }

  moveGroup(actor: Actor, group: EditableLinkGroup, groups: EditableLinkGroup[], direction: Direction) {
    const order = moveWithin(groups.map((g) => g.id), group.id, direction)!
    return this.#change(actor, async (trx) => {
      await setLinkGroupPositions(trx, order)
      return { action: 'link-group.move', itemType: 'link-group', itemId: group.id, details: { direction } }
    })
  }

  createLink(actor: Actor, input: LinkInput, groups: EditableLinkGroup[]) {
    const siblings = groups.find((g) => g.id === input.groupId)?.links ?? []
    return this.#change(actor, async (trx) => {
      const id = await insertLink(trx, { ...input, position: input.position ?? nextPosition(siblings) })
      return { action: 'link.create', itemType: 'link', itemId: id, details: { name: input.name, url: input.url } }
    })
  }

  updateLink(actor: Actor, link: EditableLink, input: LinkInput, groups: EditableLinkGroup[]) {
    const samePlace = input.groupId === link.groupId
    const position = input.position ?? (samePlace ? link.position : nextPosition(groups.find((g) => g.id === input.groupId)?.links ?? []))
    return this.#change(actor, async (trx) => {
      if (!(await updateLink(trx, link.id, { ...input, position }))) throw new NotFoundError()
      return { action: 'link.update', itemType: 'link', itemId: link.id, details: { before: { name: link.name, url: link.url }, after: { name: input.name, url: input.url } } }
    })
  }

  removeLink(actor: Actor, link: EditableLink) {
    return this.#change(actor, async (trx) => {
      if (!(await deleteLink(trx, link.id))) throw new NotFoundError()
      return { action: 'link.delete', itemType: 'link', itemId: link.id, details: { name: link.name, url: link.url } }
    })
  }

  moveLink(actor: Actor, link: EditableLink, group: EditableLinkGroup, direction: Direction) {
    const order = moveWithin(group.links.map((l) => l.id), link.id, direction)!
    return this.#change(actor, async (trx) => {
      await setLinkPositions(trx, order)
      return { action: 'link.move', itemType: 'link', itemId: link.id, details: { direction } }
    })
  }
}
