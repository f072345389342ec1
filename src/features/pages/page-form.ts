import { FormCheck, nextPosition, type FormValues } from '../admin-kit/index.ts'
import { sanitizeArticleBody } from '../articles/index.ts'
import { englishPagePath, lineage, MAX_DEPTH, pagePath, SLUG, type Page, type PageInput } from './page.ts'

export const PAGE_FIELDS = ['title', 'slug', 'parentId', 'position', 'bodyHtml', 'titleEn', 'slugEn', 'bodyEnHtml'] as const

const TITLE_MAX = 200
const SLUG_MAX = 80
const BODY_MAX = 200_000

/** Rich text sanitised exactly as the articles' bodies are; blank when nothing readable is left. */
function richText(check: FormCheck, key: string, label: string): string {
  const clean = sanitizeArticleBody(check.text(key, label, BODY_MAX)).trim()
  return clean.replace(/<[^>]*>|&nbsp;|\s/g, '') === '' ? '' : clean
}

function slugOf(check: FormCheck, key: string, label: string, required: boolean): string {
  const slug = check.text(key, label, SLUG_MAX, { required })
  if (slug && !SLUG.test(slug)) check.fail(key, `${label.charAt(0).toUpperCase()}${label.slice(1)} chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ lich-su-hinh-thanh).`)
  return slug
}

/** Every field's problem at once, in Vietnamese; addresses another page holds are refused, naming it. */
export function parsePageForm(values: FormValues, editing: Page | undefined, pages: readonly Page[]): PageInput {
  const check = new FormCheck(values)
  const title = check.text('title', 'tiêu đề', TITLE_MAX, { required: true })
  const slug = slugOf(check, 'slug', 'đường dẫn', true)
  const parentId = values.parentId ? Number(values.parentId) : null
  const parent = parentId === null ? undefined : pages.find((p) => p.id === parentId)
  if (parentId !== null && !parent) check.fail('parentId', 'Xin chọn trang cha trong danh sách.')
  else if (parent && editing && lineage(pages, parent.id).some((p) => p.id === editing.id)) check.fail('parentId', 'Trang cha không được là chính trang này hay một trang con của nó.')
  else if (parent && lineage(pages, parent.id).length >= MAX_DEPTH) check.fail('parentId', `Cây trang sâu tối đa ${MAX_DEPTH} cấp: xin chọn trang cha ở cấp cao hơn.`)
  const sibling = slug ? pages.find((p) => p.id !== editing?.id && p.parentId === parentId && p.slug === slug) : undefined
  if (sibling) check.fail('slug', `Địa chỉ ${pagePath(pages, sibling.id)} đã thuộc trang «${sibling.title}»; xin chọn đường dẫn khác.`)
  const bodyHtml = richText(check, 'bodyHtml', 'nội dung')
  if (!bodyHtml && !check.errors.bodyHtml) check.fail('bodyHtml', 'Xin nhập nội dung trang.')
  const titleEn = check.text('titleEn', 'tiêu đề tiếng Anh', TITLE_MAX)
  const slugEn = slugOf(check, 'slugEn', 'đường dẫn tiếng Anh', false)
  const bodyEnHtml = richText(check, 'bodyEnHtml', 'nội dung tiếng Anh')
  const english = [titleEn, slugEn, bodyEnHtml].filter(Boolean).length
  if (english > 0 && english < 3) {
    if (!titleEn) check.fail('titleEn', 'Bản tiếng Anh cần tiêu đề (hoặc để trống cả ba ô tiếng Anh).')
    if (!slugEn) check.fail('slugEn', 'Bản tiếng Anh cần đường dẫn (hoặc để trống cả ba ô tiếng Anh).')
    if (!bodyEnHtml) check.fail('bodyEnHtml', 'Bản tiếng Anh cần nội dung (hoặc để trống cả ba ô tiếng Anh).')
  }
  const twin = slugEn ? pages.find((p) => p.id !== editing?.id && p.slugEn === slugEn) : undefined
  if (twin) check.fail('slugEn', `Địa chỉ ${englishPagePath(twin)} đã thuộc bản tiếng Anh của trang «${twin.title}»; xin chọn đường dẫn khác.`)
  const position = check.position() ?? (editing && editing.parentId === parentId ? editing.position : nextPosition(pages.filter((p) => p.parentId === parentId)))
  check.done()
  return { parentId, slug, slugEn, position, title, bodyHtml, titleEn, bodyEnHtml }
}
