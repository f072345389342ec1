import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { actionButton, adminTable, notice } from '../../admin-kit/index.ts'
import { NEWSROOM_PATH } from '../paths.ts'
import {
  dayText, monthText, personTranslation, UNIT_KIND_NAMES, unitTranslation, type Person, type Translation, type Unit,
} from '../structure.ts'

const L = NEWSROOM_PATH
const TRANSLATION_WORDS: Record<Translation, string> = { missing: 'Cần dịch', outdated: 'Bản tiếng Anh cũ hơn', current: 'Đã dịch' }

function statusOf(u: Unit, units: readonly Unit[]): string {
  if (u.status === 'merged') return `Đã sáp nhập vào «${units.find((x) => x.id === u.mergedIntoId)?.name ?? '?'}» từ ${dayText(u.endedOn ?? '')}`
  if (u.status === 'dissolved') return `Đã giải thể từ ${dayText(u.endedOn ?? '')}`
  return u.startedOn ? `Hoạt động (thành lập ${dayText(u.startedOn)})` : 'Hoạt động'
}

/** The units in tree order (each after its parent), with their depth, for the table and the selects. */
export function unitsInTreeOrder(units: readonly Unit[]): { unit: Unit; depth: number }[] {
  const out: { unit: Unit; depth: number }[] = []
  const ids = new Set(units.map((u) => u.id))
  const walk = (parentId: number | null, depth: number) => {
    for (const unit of units.filter((u) => u.parentId === parentId || (parentId === null && u.parentId !== null && !ids.has(u.parentId)))) {
      out.push({ unit, depth })
      if (depth < 20) walk(unit.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

/** The active units as options, indented by depth, for a parent or a person's unit. */
export const unitOptions = (units: readonly Unit[], blank?: string) => [
  ...(blank === undefined ? [] : [{ value: '', label: blank }]),
  ...unitsInTreeOrder(units.filter((u) => u.status === 'active')).map(({ unit, depth }) => ({ value: String(unit.id), label: `${'— '.repeat(depth)}${unit.name}` })),
]

/** /toa-soan/co-cau: what needs translating first, then the units as a tree and the people. */
export function structureNewsroomView(units: readonly Unit[], people: readonly Person[], csrfToken: string, message?: string): SafeHtml {
  const needs = [
    ...units.filter((u) => u.status === 'active' && unitTranslation(u) !== 'current').map((u) => ({ kind: 'Đơn vị', name: u.name, state: unitTranslation(u), href: `${L}/don-vi/${u.id}` })),
    ...people.filter((p) => personTranslation(p) !== 'current').map((p) => ({ kind: 'Cán bộ', name: `${p.name} – ${p.title}`, state: personTranslation(p), href: `${L}/nguoi/${p.id}` })),
  ]
  const unitName = (id: number) => units.find((u) => u.id === id)?.name ?? ''
  return html`<p><a href="/toa-soan">Bàn làm việc</a> › Cơ cấu tổ chức</p>
<h1>Cơ cấu tổ chức</h1>${notice(message)}
<p><a href="${L}/don-vi/moi">Thêm đơn vị</a> · <a href="${L}/nguoi/moi">Thêm cán bộ</a> · <a href="/co-cau-to-chuc">Xem trang công khai</a> · <a href="/en/organisation">Xem trang tiếng Anh</a></p>
<section id="can-dich" aria-labelledby="can-dich-h"><h2 id="can-dich-h">Bản tiếng Anh</h2>
${needs.length === 0 ? html`<p>Mọi đơn vị và cán bộ đều có bản tiếng Anh mới nhất.</p>` : html`<p>Nghị định 42/2022 yêu cầu cơ cấu, chức năng và thông tin liên hệ có bản tiếng Anh. Còn ${needs.length} mục cần xử lý:</p>
<ul class="needs-translation">${needs.map((n) => html`<li><strong>${TRANSLATION_WORDS[n.state]}</strong>: ${n.kind} <a href="${n.href}">${n.name}</a></li>`)}</ul>`}
</section>
<h2>Đơn vị</h2>
${units.length === 0 ? html`<p>Chưa có đơn vị nào.</p>` : adminTable({
    className: 'org-units', caption: 'Các đơn vị theo sơ đồ tổ chức', rows: unitsInTreeOrder(units), idOf: (r) => r.unit.id,
    columns: [
      { label: 'Tên đơn vị', cell: ({ unit, depth }) => html`${'— '.repeat(depth)}<a href="${L}/don-vi/${unit.id}">${unit.name}</a>` },
      { label: 'Loại', cell: ({ unit }) => UNIT_KIND_NAMES[unit.kind] },
      { label: 'Tình trạng', cell: ({ unit }) => statusOf(unit, units) },
      { label: 'Tiếng Anh', cell: ({ unit }) => TRANSLATION_WORDS[unitTranslation(unit)] },
      { label: 'Thao tác', cell: ({ unit }) => html`${unit.status === 'active' ? html`<a href="${L}/don-vi/${unit.id}/thay-doi">Đổi tên, sáp nhập, giải thể</a> ` : ''}${actionButton(`${L}/don-vi/${unit.id}/xoa`, 'Xóa', csrfToken, `Xóa đơn vị “${unit.name}”`)}` },
    ],
  })}
<h2>Cán bộ</h2>
${people.length === 0 ? html`<p>Chưa có cán bộ nào.</p>` : adminTable({
    className: 'org-people-list', caption: 'Cán bộ, lãnh đạo trước', rows: [...people].sort((a, b) => Number(b.isLeader) - Number(a.isLeader) || a.position - b.position), idOf: (p) => p.id,
    columns: [
      { label: 'Họ và tên', cell: (p) => html`<a href="${L}/nguoi/${p.id}">${p.name}</a>${p.isLeader ? ' (lãnh đạo)' : ''}${p.isSpokesperson ? ' (người phát ngôn)' : ''}` },
      { label: 'Chức vụ', cell: (p) => html`${p.title}${p.posts.at(-1) ? ` từ ${monthText(p.posts.at(-1)!.fromOn)}` : ''}` },
      { label: 'Đơn vị', cell: (p) => unitName(p.unitId) },
      { label: 'Tiếng Anh', cell: (p) => TRANSLATION_WORDS[personTranslation(p)] },
      { label: 'Thao tác', cell: (p) => actionButton(`${L}/nguoi/${p.id}/xoa`, 'Xóa', csrfToken, `Xóa cán bộ “${p.name}”`) },
    ],
  })}`
}
