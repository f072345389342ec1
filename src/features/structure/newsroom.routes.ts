import type { FastifyInstance } from 'fastify'
import { html } from '../../platform/views/html.ts'
import { findMedia } from '../media/index.ts'
import {
  adminFormView, adminScreenRoutes, announcedChanges, checkboxField, inputField, selectField, StillInUseError, textareaField,
  type AdminScreen, type ChangeDeps,
} from '../admin-kit/index.ts'
import { NEWSROOM_PATH } from './paths.ts'
import { PERSON_FIELDS, parsePersonForm, parseUnitForm, UNIT_FIELDS } from './structure-form.ts'
import {
  deletePerson, deleteUnit, findPerson, findUnit, insertPerson, insertUnit, listPeople, listUnits, updatePerson, updateUnit,
} from './structure.repository.ts'
import { dayText, monthText, UNIT_KIND_NAMES, UNIT_KINDS, type Person, type PersonInput, type Unit, type UnitInput } from './structure.ts'
import { unitChangeRoutes } from './unit-change.routes.ts'
import { structureNewsroomView, unitOptions } from './views/newsroom.view.ts'

const L = NEWSROOM_PATH
const LIST = { path: '/co-cau' }

/** /toa-soan/co-cau: units and people, for holders of structure.edit (administrators by default). */
export function structureNewsroomRoutes(deps: ChangeDeps) {
  const change = announcedChanges(deps, 'structure.changed', () => ({}))
  const page = async (csrfToken: string, message?: string) => {
    const [units, people] = await Promise.all([listUnits(deps.db), listPeople(deps.db)])
    return { title: 'Cơ cấu tổ chức', main: structureNewsroomView(units, people, csrfToken, message) }
  }

  const units: AdminScreen<Unit, UnitInput> = {
    right: 'structure.edit',
    path: '/co-cau/don-vi',
    list: { ...LIST, page },
    fields: UNIT_FIELDS,
    presets: { 'cap-tren': 'parentId' },
    find: (id) => findUnit(deps.db, id),
    notFound: { message: 'Unit not found', messageVi: 'Không tìm thấy đơn vị.' },
    valuesOf: (u) => ({
      kind: u.kind, name: u.name, parentId: u.parentId === null ? '' : String(u.parentId), position: String(u.position),
      startedOn: u.startedOn ? dayText(u.startedOn) : '', functionsHtml: u.functionsHtml, address: u.address, phone: u.phone, fax: u.fax,
      email: u.email, hotline: u.hotline, nameEn: u.nameEn, functionsEnHtml: u.functionsEnHtml,
    }),
    parse: async (values, editing) => parseUnitForm(values, editing, await listUnits(deps.db)),
    formPage: async (editing, form, csrfToken) => {
      const all = await listUnits(deps.db)
      const heading = editing ? `Sửa đơn vị ${editing.name}` : 'Thêm đơn vị'
      return {
        title: heading,
        main: adminFormView({
          trail: [{ label: 'Cơ cấu tổ chức', href: L }], heading, action: `${L}/don-vi${editing ? `/${editing.id}` : ''}`, form, csrfToken,
          fields: [
            selectField(form, 'kind', 'Loại đơn vị', [{ value: '', label: 'Chọn loại' }, ...UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_NAMES[k] }))]),
            inputField(form, 'name', 'Tên đơn vị', { required: true, maxlength: 200, hint: 'Sửa ở đây là sửa lỗi; đổi tên theo quyết định thì dùng “Đổi tên, sáp nhập, giải thể” để giữ lịch sử.' }),
            selectField(form, 'parentId', 'Đơn vị cấp trên', unitOptions(all.filter((u) => u.id !== editing?.id), 'Không có (cấp cao nhất)')),
            inputField(form, 'position', 'Thứ tự', { maxlength: 4, inputmode: 'numeric', hint: 'Số nhỏ đứng trước; để trống để xếp cuối.' }),
            inputField(form, 'startedOn', 'Ngày thành lập (không bắt buộc)', { maxlength: 20, hint: 'Ngày/tháng/năm, ví dụ 01/03/2025.' }),
            textareaField(form, 'functionsHtml', 'Chức năng, nhiệm vụ (HTML: đoạn, danh sách, in đậm)', 20_000),
            inputField(form, 'address', 'Địa chỉ', { maxlength: 300 }),
            inputField(form, 'phone', 'Điện thoại', { type: 'tel', maxlength: 30 }),
            inputField(form, 'fax', 'Fax', { type: 'tel', maxlength: 30 }),
            inputField(form, 'email', 'Thư điện tử', { type: 'email', maxlength: 120 }),
            inputField(form, 'hotline', 'Đường dây nóng', { type: 'tel', maxlength: 30, hint: 'Có số thì số này được nêu nổi bật ở đầu trang cơ cấu tổ chức.' }),
            inputField(form, 'nameEn', 'Tên tiếng Anh', { maxlength: 200 }),
            textareaField(form, 'functionsEnHtml', 'Chức năng, nhiệm vụ bằng tiếng Anh', 20_000),
          ],
        }),
      }
    },
    create: (actor, input) => change(actor, async (trx, now) => {
      const id = await insertUnit(trx, input, now)
      return { action: 'org-unit.create', itemType: 'org-unit', itemId: id, details: { name: input.name } }
    }),
    update: (actor, unit, input) => change(actor, async (trx, now) => {
      await updateUnit(trx, unit, input, now)
      return { action: 'org-unit.update', itemType: 'org-unit', itemId: unit.id, details: { before: unit.name, after: input.name } }
    }),
    remove: async (actor, unit) => {
      const [all, people] = await Promise.all([listUnits(deps.db), listPeople(deps.db)])
      const children = all.filter((u) => u.parentId === unit.id || u.mergedIntoId === unit.id).length
      const members = people.filter((p) => p.unitId === unit.id).length
      if (children || members) throw new StillInUseError(`Không xóa được “${unit.name}”: còn ${children} đơn vị trực thuộc hoặc đã sáp nhập vào và ${members} cán bộ. Đơn vị đã ngừng hoạt động thì dùng “giải thể” để giữ lịch sử.`)
      return change(actor, async (trx) => {
        await deleteUnit(trx, unit.id)
        return { action: 'org-unit.delete', itemType: 'org-unit', itemId: unit.id, details: { name: unit.name } }
      })
    },
  }

  const unitName = async (id: number) => (await findUnit(deps.db, id))?.name ?? ''
  const people: AdminScreen<Person, PersonInput> = {
    right: 'structure.edit',
    path: '/co-cau/nguoi',
    list: { ...LIST, ownRoute: false, page },
    fields: PERSON_FIELDS,
    presets: { 'don-vi': 'unitId' },
    find: (id) => findPerson(deps.db, id),
    notFound: { message: 'Person not found', messageVi: 'Không tìm thấy cán bộ.' },
    valuesOf: (p) => ({
      name: p.name, title: p.title, unitId: String(p.unitId), since: p.posts.at(-1) ? monthText(p.posts.at(-1)!.fromOn) : '',
      phone: p.phone, email: p.email, photoId: p.photoMediaId === null ? '' : String(p.photoMediaId), position: String(p.position),
      leader: p.isLeader ? '1' : '', spokesperson: p.isSpokesperson ? '1' : '', titleEn: p.titleEn,
    }),
    parse: async (values, editing) => {
      const photo = /^[1-9]\d{0,8}$/.test(values.photoId ?? '') ? await findMedia(deps.db, Number(values.photoId)) : undefined
      return parsePersonForm(values, editing, await listUnits(deps.db), photo !== undefined)
    },
    formPage: async (editing, form, csrfToken) => {
      const heading = editing ? `Sửa thông tin ${editing.name}` : 'Thêm cán bộ'
      const history = editing && editing.posts.length > 1
        ? html`<h2>Quá trình công tác</h2><ul>${[...editing.posts].reverse().map((p) => html`<li>${p.title}, ${p.unitName}: từ ${monthText(p.fromOn)}${p.untilOn ? ` đến ${monthText(p.untilOn)}` : ''}</li>`)}</ul>`
        : ''
      return {
        title: heading,
        main: html`${adminFormView({
          trail: [{ label: 'Cơ cấu tổ chức', href: L }], heading, action: `${L}/nguoi${editing ? `/${editing.id}` : ''}`, form, csrfToken,
          fields: [
            inputField(form, 'name', 'Họ và tên', { required: true, maxlength: 120 }),
            inputField(form, 'title', 'Chức vụ', { required: true, maxlength: 200, hint: 'Đổi chức vụ hoặc đơn vị thì chức vụ cũ được giữ trong quá trình công tác.' }),
            selectField(form, 'unitId', 'Đơn vị', unitOptions(await listUnits(deps.db), 'Chọn đơn vị')),
            inputField(form, 'since', 'Giữ chức vụ từ', { required: true, maxlength: 20, hint: 'Tháng/năm hoặc ngày/tháng/năm, ví dụ 03/2024.' }),
            inputField(form, 'phone', 'Điện thoại', { type: 'tel', maxlength: 30 }),
            inputField(form, 'email', 'Thư điện tử', { type: 'email', maxlength: 120 }),
            inputField(form, 'photoId', 'Số ảnh trong thư viện ảnh (không bắt buộc)', { maxlength: 10, inputmode: 'numeric', hint: 'Số hiện ở trang ảnh trong Thư viện ảnh.' }),
            inputField(form, 'position', 'Thứ tự', { maxlength: 4, inputmode: 'numeric', hint: 'Số nhỏ đứng trước; lãnh đạo luôn đứng đầu đơn vị.' }),
            checkboxField(form, 'leader', 'Lãnh đạo'),
            checkboxField(form, 'spokesperson', 'Người phát ngôn', { hint: 'Được nêu nổi bật ở đầu trang cơ cấu tổ chức và trang tiếng Anh.' }),
            inputField(form, 'titleEn', 'Chức vụ bằng tiếng Anh', { maxlength: 200 }),
          ],
        })}${history}`,
      }
    },
    // The unit's name is read before the transaction: the pool may have one connection only (SQLite).
    create: async (actor, input) => {
      const name = await unitName(input.unitId)
      return change(actor, async (trx, now) => {
      const id = await insertPerson(trx, input, name, now)
      return { action: 'org-person.create', itemType: 'org-person', itemId: id, details: { name: input.name, title: input.title } }
      })
    },
    update: async (actor, person, input) => {
      const name = await unitName(input.unitId)
      return change(actor, async (trx, now) => {
        await updatePerson(trx, person, input, name, now)
        return { action: 'org-person.update', itemType: 'org-person', itemId: person.id, details: { name: input.name, before: person.title, after: input.title } }
      })
    },
    remove: (actor, person) => change(actor, async (trx) => {
      await deletePerson(trx, person.id)
      return { action: 'org-person.delete', itemType: 'org-person', itemId: person.id, details: { name: person.name } }
    }),
  }

  return async function routes(app: FastifyInstance): Promise<void> {
    await app.register(adminScreenRoutes(units))
    await app.register(adminScreenRoutes(people))
    await app.register(unitChangeRoutes(deps, change))
  }
}
