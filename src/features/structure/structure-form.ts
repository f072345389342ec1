import { EMAIL } from '../accounts/index.ts'
import { FormCheck, type FormValues } from '../admin-kit/index.ts'
import { sanitizeArticleBody } from '../articles/index.ts'
import { isUnitKind, parseDay, type Person, type PersonInput, type Unit, type UnitInput } from './structure.ts'

export const UNIT_FIELDS = ['kind', 'name', 'parentId', 'position', 'startedOn', 'functionsHtml', 'address', 'phone', 'fax', 'email', 'hotline', 'nameEn', 'functionsEnHtml'] as const
export const PERSON_FIELDS = ['name', 'title', 'unitId', 'since', 'phone', 'email', 'photoId', 'position', 'leader', 'spokesperson', 'titleEn'] as const
export const CHANGE_FIELDS = ['change', 'onDate', 'newName', 'intoId'] as const

const NAME_MAX = 200
const FUNCTIONS_MAX = 20_000
const PHONE = /^[0-9+][0-9 .()-]{2,24}$/

function contact(check: FormCheck, key: string, label: string): string {
  const value = check.text(key, label, 30)
  if (value && !PHONE.test(value)) check.fail(key, `${label.charAt(0).toUpperCase()}${label.slice(1)} chỉ gồm chữ số, dấu cách, dấu chấm, gạch nối và ngoặc (ví dụ 0234 3822 123).`)
  return value
}

function email(check: FormCheck): string {
  const value = check.text('email', 'thư điện tử', 120)
  if (value && !EMAIL.test(value)) check.fail('email', 'Thư điện tử chưa đúng dạng (ví dụ vanphong@danvan.gov.vn).')
  return value
}

/** Rich text from the form, sanitised as the articles' bodies are; blank when nothing readable is left. */
function richText(check: FormCheck, key: string, label: string): string {
  const clean = sanitizeArticleBody(check.text(key, label, FUNCTIONS_MAX)).trim()
  return clean.replace(/<[^>]*>|&nbsp;|\s/g, '') === '' ? '' : clean
}

/** Every field's problem at once, in Vietnamese; `units` are the active units a parent may be chosen from. */
export function parseUnitForm(values: FormValues, editing: Unit | undefined, units: readonly Unit[]): UnitInput {
  const check = new FormCheck(values)
  const kind = values.kind ?? ''
  if (!isUnitKind(kind)) check.fail('kind', 'Xin chọn loại đơn vị.')
  const name = check.text('name', 'tên đơn vị', NAME_MAX, { required: true })
  const parentId = values.parentId ? Number(values.parentId) : null
  if (parentId !== null) {
    const parent = units.find((u) => u.id === parentId && u.status === 'active')
    if (!parent) check.fail('parentId', 'Xin chọn đơn vị cấp trên trong danh sách.')
    else if (editing && isWithin(units, parentId, editing.id)) check.fail('parentId', 'Đơn vị cấp trên không được là chính đơn vị này hay một đơn vị trực thuộc nó.')
  }
  const position = check.position()
  const startedText = check.text('startedOn', 'ngày thành lập', 20)
  const startedOn = startedText ? parseDay(startedText) : null
  if (startedOn === undefined) check.fail('startedOn', 'Ngày thành lập chưa đúng dạng ngày/tháng/năm (ví dụ 01/03/2025).')
  const input: UnitInput = {
    kind: isUnitKind(kind) ? kind : 'khac', name, parentId, position, startedOn: startedOn ?? null,
    functionsHtml: richText(check, 'functionsHtml', 'chức năng, nhiệm vụ'),
    address: check.text('address', 'địa chỉ', 300), phone: contact(check, 'phone', 'điện thoại'), fax: contact(check, 'fax', 'số fax'),
    email: email(check), hotline: contact(check, 'hotline', 'đường dây nóng'),
    nameEn: check.text('nameEn', 'tên tiếng Anh', NAME_MAX), functionsEnHtml: richText(check, 'functionsEnHtml', 'chức năng, nhiệm vụ bằng tiếng Anh'),
  }
  if (input.functionsEnHtml && !input.nameEn) check.fail('nameEn', 'Xin nhập tên tiếng Anh của đơn vị trước khi dịch chức năng, nhiệm vụ.')
  check.done()
  return input
}

/** Whether `id` is `ancestor` or lies under it. */
function isWithin(units: readonly Unit[], id: number, ancestor: number): boolean {
  for (let at: number | null = id, steps = 0; at !== null && steps < 100; steps++) {
    if (at === ancestor) return true
    at = units.find((u) => u.id === at)?.parentId ?? null
  }
  return false
}

export function parsePersonForm(values: FormValues, editing: Person | undefined, units: readonly Unit[], mediaExists: boolean): PersonInput {
  const check = new FormCheck(values)
  const name = check.text('name', 'họ và tên', 120, { required: true })
  const title = check.text('title', 'chức vụ', 200, { required: true })
  const unitId = Number(values.unitId)
  if (!units.some((u) => u.id === unitId && u.status === 'active')) check.fail('unitId', 'Xin chọn đơn vị trong danh sách.')
  const sinceText = check.text('since', 'thời điểm giữ chức vụ', 20, { required: true })
  const since = sinceText ? parseDay(sinceText) : undefined
  if (sinceText && !since) check.fail('since', 'Thời điểm giữ chức vụ chưa đúng dạng tháng/năm hoặc ngày/tháng/năm (ví dụ 03/2024).')
  const current = editing?.posts.at(-1)
  const moved = editing && (title !== editing.title || unitId !== editing.unitId)
  if (moved && since && current && since <= current.fromOn) {
    check.fail('since', `Chức vụ mới phải bắt đầu sau chức vụ hiện tại (từ ${current.fromOn.slice(5, 7)}/${current.fromOn.slice(0, 4)}); nếu chỉ sửa lỗi chính tả, xin giữ nguyên chức vụ.`)
  }
  const photoText = check.text('photoId', 'số ảnh', 10)
  if (photoText && (!/^[1-9]\d{0,8}$/.test(photoText) || !mediaExists)) check.fail('photoId', 'Không có ảnh mang số này trong thư viện ảnh.')
  const input: PersonInput = {
    name, title, unitId, since: since ?? '', phone: contact(check, 'phone', 'điện thoại'), email: email(check),
    photoMediaId: photoText ? Number(photoText) : null, position: check.position(),
    isLeader: values.leader === '1', isSpokesperson: values.spokesperson === '1', titleEn: check.text('titleEn', 'chức vụ bằng tiếng Anh', 200),
  }
  check.done()
  return input
}

export type UnitChange = { kind: 'rename'; onDate: string; newName: string } | { kind: 'merge'; onDate: string; intoId: number } | { kind: 'dissolve'; onDate: string }

export function parseUnitChange(values: FormValues, unit: Unit, units: readonly Unit[], peopleInUnit: number): UnitChange {
  const check = new FormCheck(values)
  const change = values.change ?? ''
  if (!['rename', 'merge', 'dissolve'].includes(change)) check.fail('change', 'Xin chọn thay đổi: đổi tên, sáp nhập hoặc giải thể.')
  const dateText = check.text('onDate', 'ngày có hiệu lực', 20, { required: true })
  const onDate = dateText ? parseDay(dateText) : undefined
  if (dateText && !onDate) check.fail('onDate', 'Ngày có hiệu lực chưa đúng dạng ngày/tháng/năm (ví dụ 01/07/2025).')
  const newName = check.text('newName', 'tên mới', NAME_MAX)
  if (change === 'rename' && !newName) check.fail('newName', 'Xin nhập tên mới của đơn vị.')
  if (change === 'rename' && newName === unit.name) check.fail('newName', 'Tên mới trùng với tên hiện tại.')
  const intoId = Number(values.intoId)
  if (change === 'merge') {
    if (!units.some((u) => u.id === intoId && u.status === 'active' && u.id !== unit.id)) check.fail('intoId', 'Xin chọn đơn vị tiếp nhận trong danh sách.')
    else if (isWithin(units, intoId, unit.id)) check.fail('intoId', 'Không sáp nhập được vào một đơn vị trực thuộc chính nó.')
  }
  if (change === 'dissolve' && units.some((u) => u.parentId === unit.id && u.status === 'active')) {
    check.fail('change', 'Đơn vị còn đơn vị trực thuộc: xin chuyển hoặc sáp nhập chúng trước khi giải thể.')
  } else if (change === 'dissolve' && peopleInUnit > 0) {
    check.fail('change', `Đơn vị còn ${peopleInUnit} cán bộ: xin chuyển họ sang đơn vị khác trước khi giải thể (hoặc chọn sáp nhập).`)
  }
  check.done()
  const day = onDate!
  return change === 'rename' ? { kind: 'rename', onDate: day, newName } : change === 'merge' ? { kind: 'merge', onDate: day, intoId } : { kind: 'dissolve', onDate: day }
}
