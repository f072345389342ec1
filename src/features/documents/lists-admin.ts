import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import {
  actionButton, adminFormView, adminListView, adminScreenRoutes, adminTable, announcedChanges, checkboxField, FormCheck, inputField, moveWithin,
  positionField, selectField, StillInUseError, type AdminScreen, type Crumb, type Direction,
} from '../admin-kit/index.ts'
import type { Actor, AuditFacts } from '../admin-kit/index.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { parseDay } from './document-input.ts'
import { refreshValidityOf } from './validity-refresh.ts'
import {
  findField, findIssuer, findKind, insertField, insertIssuer, insertKind, listFields, listIssuers, listItemInUse, listKinds, updateField, updateIssuer, updateKind,
  type DocumentField, type DocumentIssuer, type DocumentKind, type FieldInput, type IssuerInput, type KindInput,
} from './lists.repository.ts'

// The administrator's screens for the register's three edited lists, under
// /toa-soan/van-ban/danh-muc/: kinds (loai), issuing bodies (co-quan) and fields (linh-vuc),
// behind 'document.edit'. A row some document uses is never deleted (a kind is retired by
// unticking "Đang dùng", a body by its last day), so no document loses its kind or issuer.

export const LISTS_PATH = '/toa-soan/van-ban/danh-muc'
const KINDS = `${LISTS_PATH}/loai`
const ISSUERS = `${LISTS_PATH}/co-quan`
const FIELDS = `${LISTS_PATH}/linh-vuc`

interface Deps { db: Db; clock: Clock; events: NewsroomEventBus }

/** Every document that shows the row's name (their pages, the lists and facets are purged). */
async function documentsUsing(db: Db, list: 'kind' | 'issuer' | 'field', id: number): Promise<number[]> {
  const rows = list === 'field'
    ? await db.selectFrom('document_field_links').select('document_id as id').where('field_id', '=', id).execute()
    : await db.selectFrom('documents').select('id').where(list === 'kind' ? 'kind_id' : 'issuer_id', '=', id).execute()
  return rows.map((r) => r.id)
}

const crumbs = (here: string, href?: string): Crumb[] => [{ label: 'Danh mục văn bản', href: KINDS }, href ? { label: here, href } : { label: here }]

/** The three lists' tabs, on each list's page. */
const tabs = (current: string): SafeHtml => html`<nav class="list-tabs" aria-label="Danh mục văn bản"><ul>${[
  [KINDS, 'Loại văn bản'], [ISSUERS, 'Cơ quan ban hành'], [FIELDS, 'Lĩnh vực'],
].map(([href, label]) => html`<li>${href === current ? html`<strong aria-current="page">${label}</strong>` : html`<a href="${href}">${label}</a>`}</li>`)}</ul></nav>`

const moveAndRemove = (base: string, id: number, name: string, csrfToken: string) =>
  html`${actionButton(`${base}/${id}/len`, '↑', csrfToken, `Đưa “${name}” lên`)} ${actionButton(`${base}/${id}/xuong`, '↓', csrfToken, `Đưa “${name}” xuống`)} ${actionButton(`${base}/${id}/xoa`, 'Xóa', csrfToken, `Xóa “${name}”`)}`

/** Renumbers a list after one of its rows moved up or down. */
async function reorder<T extends { id: number; position: number }>(all: readonly T[], id: number, direction: Direction, write: (row: T, position: number) => Promise<void>) {
  const order = moveWithin(all.map((r) => r.id), id, direction) ?? []
  for (const [index, rowId] of order.entries()) {
    const row = all.find((r) => r.id === rowId)!
    const position = index * 10
    if (row.position !== position) await write(row, position)
  }
}

function changes(deps: Deps) {
  let touched: number[] = []
  const announce = announcedChanges(deps, 'documents.changed', () => {
    const ids = touched
    touched = []
    return { ids }
  })
  return (actor: Actor, work: (trx: Db, now: Date) => Promise<AuditFacts & { touched?: number[] }>) => announce(actor, async (trx, now) => {
    const { touched: ids = [], ...facts } = await work(trx, now)
    touched = ids
    return facts
  })
}

export function kindsScreen(deps: Deps): AdminScreen<DocumentKind, KindInput> {
  const change = changes(deps)
  return {
    right: 'document.edit',
    path: '/van-ban/danh-muc/loai',
    list: {
      path: '/van-ban/danh-muc/loai',
      page: async (csrfToken, message) => ({
        title: 'Loại văn bản',
        main: html`${tabs(KINDS)}${adminListView({
          trail: crumbs('Loại văn bản'), heading: 'Loại văn bản', message, add: { href: `${KINDS}/moi`, label: 'Thêm loại văn bản' },
          empty: 'Chưa có loại văn bản nào.',
          items: adminTable({
            className: 'document-kinds', caption: 'Các loại văn bản, theo thứ tự trong biểu mẫu và bộ lọc', rows: await listKinds(deps.db), idOf: (k) => k.id,
            columns: [
              { label: 'Tên', cell: (k) => html`<a href="${KINDS}/${k.id}">${k.name}</a>` },
              { label: 'Viết tắt', cell: (k) => k.abbreviation },
              { label: 'Có hiệu lực', cell: (k) => (k.hasValidity ? 'Có' : 'Không') },
              { label: 'Đang dùng', cell: (k) => (k.isActive ? 'Có' : 'Không') },
              { label: 'Thao tác', cell: (k) => moveAndRemove(KINDS, k.id, k.name, csrfToken) },
            ],
          }),
        })}`,
      }),
    },
    fields: ['name', 'abbreviation', 'hasValidity', 'isActive', 'position'],
    find: (id) => findKind(deps.db, id),
    notFound: { message: 'Document kind not found', messageVi: 'Không tìm thấy loại văn bản này.' },
    valuesOf: (k) => ({ name: k.name, abbreviation: k.abbreviation, hasValidity: k.hasValidity ? '1' : '', isActive: k.isActive ? '1' : '', position: String(k.position) }),
    parse: async (values, editing) => {
      const all = await listKinds(deps.db)
      const check = new FormCheck(values)
      const name = check.text('name', 'tên loại văn bản', 100, { required: true })
      const abbreviation = check.text('abbreviation', 'chữ viết tắt', 20)
      if (name && all.some((k) => k.id !== editing?.id && k.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'))) check.fail('name', `Đã có loại văn bản “${name}”.`)
      const position = check.position() ?? editing?.position ?? lastPosition(all)
      check.done()
      return { name, abbreviation, hasValidity: values.hasValidity === '1', isActive: values.isActive === '1', position }
    },
    formPage: async (editing, form, csrfToken) => ({
      title: editing ? 'Sửa loại văn bản' : 'Thêm loại văn bản',
      main: adminFormView({
        trail: crumbs('Loại văn bản', KINDS), heading: editing ? 'Sửa loại văn bản' : 'Thêm loại văn bản',
        action: `${KINDS}${editing ? `/${editing.id}` : ''}`, form, csrfToken,
        fields: [
          inputField(form, 'name', 'Tên loại văn bản', { required: true, maxlength: 100 }),
          inputField(form, 'abbreviation', 'Chữ viết tắt (QĐ, NQ, CT…)', { maxlength: 20 }),
          checkboxField(form, 'hasValidity', 'Có tình trạng hiệu lực', { onWhenNew: true, hint: 'Bỏ chọn cho công văn, thông báo, báo cáo: bạn đọc không thấy tình trạng hiệu lực.' }),
          checkboxField(form, 'isActive', 'Đang dùng', { onWhenNew: true, hint: 'Loại không còn dùng vẫn giữ cho các văn bản cũ, nhưng không có trong biểu mẫu văn bản mới.' }),
          positionField(form),
        ],
      }),
    }),
    create: (actor, input) => change(actor, async (trx) => {
      const id = await insertKind(trx, input)
      return { action: 'document-kind.create', itemType: 'document-kind', itemId: id, details: { name: input.name } }
    }),
    update: (actor, kind, input) => change(actor, async (trx, now) => {
      await updateKind(trx, kind.id, input)
      const touched = await documentsUsing(trx, 'kind', kind.id)
      // A kind that gains or loses its validity: its documents show one, or none, at once.
      if (kind.hasValidity !== input.hasValidity) await refreshValidityOf(trx, touched, newsroomDay(now))
      return { action: 'document-kind.update', itemType: 'document-kind', itemId: kind.id, details: { before: kind.name, after: input.name }, touched }
    }),
    remove: async (actor, kind) => {
      if (await listItemInUse(deps.db, 'kind', kind.id)) throw new StillInUseError(`Loại “${kind.name}” đang có văn bản, không xóa được; hãy bỏ chọn “Đang dùng” để thôi dùng loại này.`)
      return change(actor, async (trx) => {
        await trx.deleteFrom('document_kinds').where('id', '=', kind.id).execute()
        return { action: 'document-kind.delete', itemType: 'document-kind', itemId: kind.id, details: { name: kind.name } }
      })
    },
    move: (actor, kind, direction) => change(actor, async (trx) => {
      await reorder(await listKinds(trx), kind.id, direction, (row, position) => updateKind(trx, row.id, { ...row, position }))
      return { action: 'document-kind.move', itemType: 'document-kind', itemId: kind.id, details: { direction } }
    }),
  }
}

export function issuersScreen(deps: Deps): AdminScreen<DocumentIssuer, IssuerInput> {
  const change = changes(deps)
  const choices = (all: readonly DocumentIssuer[], editing: DocumentIssuer | undefined, none: string) =>
    [{ value: '', label: none }, ...all.filter((i) => i.id !== editing?.id).map((i) => ({ value: String(i.id), label: i.name }))]
  return {
    right: 'document.edit',
    path: '/van-ban/danh-muc/co-quan',
    list: {
      path: '/van-ban/danh-muc/co-quan',
      page: async (csrfToken, message) => {
        const all = await listIssuers(deps.db)
        const nameOf = (id: number | null) => all.find((i) => i.id === id)?.name ?? ''
        return {
          title: 'Cơ quan ban hành',
          main: html`${tabs(ISSUERS)}${adminListView({
            trail: crumbs('Cơ quan ban hành'), heading: 'Cơ quan ban hành', message, add: { href: `${ISSUERS}/moi`, label: 'Thêm cơ quan ban hành' },
            empty: 'Chưa có cơ quan ban hành nào.',
            items: adminTable({
              className: 'document-issuers', caption: 'Các cơ quan ban hành, kể cả cơ quan đã sáp nhập hay giải thể', rows: all, idOf: (i) => i.id,
              columns: [
                { label: 'Tên', cell: (i) => html`<a href="${ISSUERS}/${i.id}">${i.name}</a>` },
                { label: 'Viết tắt', cell: (i) => i.abbreviation },
                { label: 'Trực thuộc', cell: (i) => nameOf(i.parentId) },
                { label: 'Hoạt động', cell: (i) => activeSpan(i) },
                { label: 'Sáp nhập vào', cell: (i) => nameOf(i.mergedIntoId) },
                { label: 'Thao tác', cell: (i) => moveAndRemove(ISSUERS, i.id, i.name, csrfToken) },
              ],
            }),
          })}`,
        }
      },
    },
    fields: ['name', 'abbreviation', 'parentId', 'activeFrom', 'activeUntil', 'mergedIntoId', 'position'],
    find: (id) => findIssuer(deps.db, id),
    notFound: { message: 'Issuing body not found', messageVi: 'Không tìm thấy cơ quan ban hành này.' },
    valuesOf: (i) => ({
      name: i.name, abbreviation: i.abbreviation, parentId: i.parentId === null ? '' : String(i.parentId), activeFrom: showDay(i.activeFrom),
      activeUntil: showDay(i.activeUntil), mergedIntoId: i.mergedIntoId === null ? '' : String(i.mergedIntoId), position: String(i.position),
    }),
    parse: async (values, editing) => {
      const all = await listIssuers(deps.db)
      const check = new FormCheck(values)
      const name = check.text('name', 'tên cơ quan', 200, { required: true })
      const abbreviation = check.text('abbreviation', 'chữ viết tắt', 30)
      const pick = (key: 'parentId' | 'mergedIntoId', what: string): number | null => {
        const value = values[key] ?? ''
        if (!value) return null
        const id = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN
        if (!all.some((i) => i.id === id)) check.fail(key, `${what} đã chọn không còn trong danh mục.`)
        else if (editing && id === editing.id) check.fail(key, `${what} không thể là chính cơ quan này.`)
        return Number.isNaN(id) ? null : id
      }
      const parentId = pick('parentId', 'Cơ quan cấp trên')
      const mergedIntoId = pick('mergedIntoId', 'Cơ quan sáp nhập vào')
      if (editing && parentId !== null && isBelow(all, parentId, editing.id)) check.fail('parentId', 'Cơ quan cấp trên không thể là một cơ quan trực thuộc cơ quan này.')
      const day = (key: 'activeFrom' | 'activeUntil', label: string): string | null => {
        const value = values[key] ?? ''
        if (!value) return null
        const parsed = parseDay(value)
        if (!parsed) check.fail(key, `${label} không phải một ngày hợp lệ (ngày/tháng/năm, ví dụ 01/07/2025).`)
        return parsed ?? null
      }
      const activeFrom = day('activeFrom', 'Ngày bắt đầu hoạt động')
      const activeUntil = day('activeUntil', 'Ngày thôi hoạt động')
      if (activeFrom && activeUntil && activeUntil < activeFrom) check.fail('activeUntil', 'Ngày thôi hoạt động không được trước ngày bắt đầu hoạt động.')
      if (mergedIntoId !== null && !activeUntil) check.fail('activeUntil', 'Xin nhập ngày thôi hoạt động của cơ quan đã sáp nhập.')
      const position = check.position() ?? editing?.position ?? lastPosition(all)
      check.done()
      return { name, abbreviation, parentId, activeFrom, activeUntil, mergedIntoId, position }
    },
    formPage: async (editing, form, csrfToken) => {
      const all = await listIssuers(deps.db)
      return {
        title: editing ? 'Sửa cơ quan ban hành' : 'Thêm cơ quan ban hành',
        main: adminFormView({
          trail: crumbs('Cơ quan ban hành', ISSUERS), heading: editing ? 'Sửa cơ quan ban hành' : 'Thêm cơ quan ban hành',
          action: `${ISSUERS}${editing ? `/${editing.id}` : ''}`, form, csrfToken,
          fields: [
            inputField(form, 'name', 'Tên cơ quan', { required: true, maxlength: 200 }),
            inputField(form, 'abbreviation', 'Chữ viết tắt (UBND, HĐND, STP…)', { maxlength: 30 }),
            selectField(form, 'parentId', 'Trực thuộc', choices(all, editing, '— Không (cơ quan cấp cao nhất) —')),
            inputField(form, 'activeFrom', 'Bắt đầu hoạt động từ ngày (không bắt buộc)', { maxlength: 10, hint: 'Ngày/tháng/năm, ví dụ 01/07/2025.' }),
            inputField(form, 'activeUntil', 'Thôi hoạt động từ ngày (khi sáp nhập, giải thể)', { maxlength: 10, hint: 'Văn bản của cơ quan đã thôi hoạt động vẫn giữ nguyên và có thể còn hiệu lực.' }),
            selectField(form, 'mergedIntoId', 'Sáp nhập vào', choices(all, editing, '— Không —')),
            positionField(form),
          ],
        }),
      }
    },
    create: (actor, input) => change(actor, async (trx) => {
      const id = await insertIssuer(trx, input)
      return { action: 'document-issuer.create', itemType: 'document-issuer', itemId: id, details: { name: input.name } }
    }),
    update: (actor, issuer, input) => change(actor, async (trx) => {
      await updateIssuer(trx, issuer.id, input)
      return { action: 'document-issuer.update', itemType: 'document-issuer', itemId: issuer.id, details: { before: issuer.name, after: input.name }, touched: await documentsUsing(trx, 'issuer', issuer.id) }
    }),
    remove: async (actor, issuer) => {
      if (await listItemInUse(deps.db, 'issuer', issuer.id)) throw new StillInUseError(`“${issuer.name}” có văn bản, không xóa được; nếu cơ quan đã sáp nhập hay giải thể, hãy ghi ngày thôi hoạt động.`)
      return change(actor, async (trx) => {
        await trx.deleteFrom('document_issuers').where('id', '=', issuer.id).execute()
        return { action: 'document-issuer.delete', itemType: 'document-issuer', itemId: issuer.id, details: { name: issuer.name } }
      })
    },
    move: (actor, issuer, direction) => change(actor, async (trx) => {
      await reorder(await listIssuers(trx), issuer.id, direction, (row, position) => updateIssuer(trx, row.id, { ...row, position }))
      return { action: 'document-issuer.move', itemType: 'document-issuer', itemId: issuer.id, details: { direction } }
    }),
  }
}

export function fieldsScreen(deps: Deps): AdminScreen<DocumentField, FieldInput> {
  const change = changes(deps)
  return {
    right: 'document.edit',
    path: '/van-ban/danh-muc/linh-vuc',
    list: {
      path: '/van-ban/danh-muc/linh-vuc',
      page: async (csrfToken, message) => ({
        title: 'Lĩnh vực',
        main: html`${tabs(FIELDS)}${adminListView({
          trail: crumbs('Lĩnh vực'), heading: 'Lĩnh vực', message, add: { href: `${FIELDS}/moi`, label: 'Thêm lĩnh vực' },
          empty: 'Chưa có lĩnh vực nào.',
          items: adminTable({
            className: 'document-fields', caption: 'Các lĩnh vực của văn bản', rows: await listFields(deps.db), idOf: (f) => f.id,
            columns: [
              { label: 'Tên', cell: (f) => html`<a href="${FIELDS}/${f.id}">${f.name}</a>` },
              { label: 'Thao tác', cell: (f) => moveAndRemove(FIELDS, f.id, f.name, csrfToken) },
            ],
          }),
        })}`,
      }),
    },
    fields: ['name', 'position'],
    find: (id) => findField(deps.db, id),
    notFound: { message: 'Field not found', messageVi: 'Không tìm thấy lĩnh vực này.' },
    valuesOf: (f) => ({ name: f.name, position: String(f.position) }),
    parse: async (values, editing) => {
      const all = await listFields(deps.db)
      const check = new FormCheck(values)
      const name = check.text('name', 'tên lĩnh vực', 100, { required: true })
      if (name && all.some((f) => f.id !== editing?.id && f.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'))) check.fail('name', `Đã có lĩnh vực “${name}”.`)
      const position = check.position() ?? editing?.position ?? lastPosition(all)
      check.done()
      return { name, position }
    },
    formPage: async (editing, form, csrfToken) => ({
      title: editing ? 'Sửa lĩnh vực' : 'Thêm lĩnh vực',
      main: adminFormView({
        trail: crumbs('Lĩnh vực', FIELDS), heading: editing ? 'Sửa lĩnh vực' : 'Thêm lĩnh vực',
        action: `${FIELDS}${editing ? `/${editing.id}` : ''}`, form, csrfToken,
        fields: [inputField(form, 'name', 'Tên lĩnh vực', { required: true, maxlength: 100 }), positionField(form)],
      }),
    }),
    create: (actor, input) => change(actor, async (trx) => {
      const id = await insertField(trx, input)
      return { action: 'document-field.create', itemType: 'document-field', itemId: id, details: { name: input.name } }
    }),
    update: (actor, field, input) => change(actor, async (trx) => {
      await updateField(trx, field.id, input)
      return { action: 'document-field.update', itemType: 'document-field', itemId: field.id, details: { before: field.name, after: input.name }, touched: await documentsUsing(trx, 'field', field.id) }
    }),
    remove: async (actor, field) => {
      // A field is only a label: documents lose it (their pages are purged), nothing else.
      return change(actor, async (trx) => {
        const touched = await documentsUsing(trx, 'field', field.id)
        await trx.deleteFrom('document_fields').where('id', '=', field.id).execute()
        return { action: 'document-field.delete', itemType: 'document-field', itemId: field.id, details: { name: field.name }, touched }
      })
    },
    move: (actor, field, direction) => change(actor, async (trx) => {
      await reorder(await listFields(trx), field.id, direction, (row, position) => updateField(trx, row.id, { ...row, position }))
      return { action: 'document-field.move', itemType: 'document-field', itemId: field.id, details: { direction } }
    }),
  }
}

/** The three screens, mounted in the newsroom. */
export function documentListsRoutes(deps: Deps) {
  const screens = [adminScreenRoutes(kindsScreen(deps)), adminScreenRoutes(issuersScreen(deps)), adminScreenRoutes(fieldsScreen(deps))]
  return async (app: Parameters<(typeof screens)[number]>[0]) => {
    for (const screen of screens) await screen(app)
  }
}

const lastPosition = (rows: readonly { position: number }[]) => (rows.length ? Math.max(...rows.map((r) => r.position)) + 10 : 0)

const showDay = (day: string | null) => (day ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : '')

const activeSpan = (i: DocumentIssuer): string => {
  if (i.activeUntil) return `${i.activeFrom ? `${showDay(i.activeFrom)} – ` : 'đến '}${showDay(i.activeUntil)}`
  return i.activeFrom ? `từ ${showDay(i.activeFrom)}` : 'đang hoạt động'
}

/** Whether `candidate` is `id` or one of the bodies under it (a parent may not be its own child). */
function isBelow(all: readonly DocumentIssuer[], candidate: number, id: number): boolean {
  for (let at: number | null = candidate, steps = 0; at !== null && steps <= all.length; steps++) {
    if (at === id) return true
    at = all.find((i) => i.id === at)?.parentId ?? null
  }
  return false
}
