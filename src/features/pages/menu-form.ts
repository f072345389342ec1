import { FormCheck, nextPosition, type FormValues } from '../admin-kit/index.ts'
import { ITEM_KINDS, menuOfKey, type ItemKind, type MenuItem, type MenuItemInput } from './menu.ts'

export const MENU_ITEM_FIELDS = ['menuKey', 'parentId', 'position', 'kind', 'categoryId', 'pageId', 'moduleHref', 'url', 'label'] as const

/** What the form may choose from, for the menu's language (menu-routes.ts lists them). */
export interface MenuChoices {
  categoryIds: ReadonlySet<number>
  pageIds: ReadonlySet<number>
  moduleHrefs: ReadonlySet<string>
}

const LABEL_MAX = 120
const URL_MAX = 500

/** An outside address (http or https) or one on this portal ("/van-ban"); nothing else (no javascript:, no data:). */
export function linkProblem(url: string): string | undefined {
  if (url.startsWith('/')) return url.startsWith('//') || /[\s\\]/.test(url) ? 'Đường dẫn trong cổng bắt đầu bằng một dấu “/” và không có khoảng trắng (ví dụ /van-ban).' : undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'Địa chỉ chưa đúng dạng: xin nhập địa chỉ đầy đủ, bắt đầu bằng https:// (ví dụ https://chinhphu.vn), hoặc một đường dẫn trong cổng bắt đầu bằng “/”.'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'Chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https:// (hoặc một đường dẫn trong cổng bắt đầu bằng “/”).'
  if (!parsed.hostname) return 'Địa chỉ thiếu tên miền.'
  return undefined
}

export function parseMenuItemForm(values: FormValues, editing: MenuItem | undefined, items: readonly MenuItem[], choicesOf: (lang: 'vi' | 'en') => MenuChoices): MenuItemInput {
  const check = new FormCheck(values)
  const which = menuOfKey(values.menuKey ?? '')
  if (!which) check.fail('menuKey', 'Xin chọn menu.')
  const menu = which?.menu ?? 'main'
  const lang = which?.lang ?? 'vi'
  const choices = choicesOf(lang)
  const kind = (ITEM_KINDS as readonly string[]).includes(values.kind ?? '') ? (values.kind as ItemKind) : undefined
  if (!kind) check.fail('kind', 'Xin chọn loại mục: chuyên mục, trang tĩnh, trang của mô-đun hoặc liên kết ngoài.')
  const label = check.text('label', 'tên hiển thị', LABEL_MAX, { required: kind === 'link' })
  let target = ''
  if (kind === 'category') {
    target = values.categoryId ?? ''
    if (lang !== 'vi') check.fail('categoryId', 'Chuyên mục chỉ có ở cổng tiếng Việt: menu tiếng Anh chọn trang tĩnh, trang của mô-đun hoặc liên kết.')
    else if (!choices.categoryIds.has(Number(target))) check.fail('categoryId', 'Xin chọn chuyên mục trong danh sách.')
  } else if (kind === 'page') {
    target = values.pageId ?? ''
    if (!choices.pageIds.has(Number(target))) check.fail('pageId', lang === 'en' ? 'Xin chọn một trang đã xuất bản có bản tiếng Anh.' : 'Xin chọn một trang đã xuất bản trong danh sách.')
  } else if (kind === 'module') {
    target = values.moduleHref ?? ''
    if (!choices.moduleHrefs.has(target)) check.fail('moduleHref', 'Xin chọn trang của mô-đun trong danh sách.')
  } else if (kind === 'link') {
    target = check.text('url', 'địa chỉ', URL_MAX, { required: true })
    const problem = target ? linkProblem(target) : undefined
    if (problem) check.fail('url', problem)
  }
  const parentId = values.parentId ? Number(values.parentId) : null
  const parent = parentId === null ? undefined : items.find((i) => i.id === parentId)
  if (parentId !== null) {
    if (!parent || parent.menu !== menu || parent.lang !== lang) check.fail('parentId', 'Mục cha phải thuộc cùng menu.')
    else if (parent.parentId !== null) check.fail('parentId', 'Menu có hai cấp: mục cha phải là một mục cấp một.')
    else if (editing && parent.id === editing.id) check.fail('parentId', 'Một mục không thể là mục cha của chính nó.')
    else if (editing && items.some((i) => i.parentId === editing.id)) check.fail('parentId', 'Mục này đang có mục con: xin chuyển các mục con đi trước khi đặt nó dưới một mục khác.')
  }
  const siblings = items.filter((i) => i.menu === menu && i.lang === lang && i.parentId === parentId && i.id !== editing?.id)
  const position = check.position() ?? (editing && editing.parentId === parentId && editing.menu === menu && editing.lang === lang ? editing.position : nextPosition(siblings))
  check.done()
  return { menu, lang, parentId, position, kind: kind!, target, label }
}
