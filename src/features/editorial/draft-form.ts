import { ValidationError } from '../../platform/http/errors.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import type { CategoryTree } from '../categories/index.ts'
import type { DraftInput } from './draft.ts'

const text = (value: unknown): string => (typeof value === 'string' ? value.normalize('NFC').trim() : '')

/** "2026-12-01T09:30" typed in the newsroom's time (UTC+7, no daylight saving) → the instant. */
export function parseNewsroomLocalTime(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value)
  if (!match) return undefined
  const [, y, mo, d, h, mi] = match.map(Number) as number[]
  const instant = new Date(Date.UTC(y!, mo! - 1, d!, h! - 7, mi!))
  return Number.isNaN(instant.getTime()) ? undefined : instant
}

export function toNewsroomLocalInput(instant: Date | undefined): string {
  if (!instant) return ''
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 16)
}

/** Reads the article form; every problem is reported at once, per field, in Vietnamese. */
export function parseDraftForm(body: Record<string, unknown>, tree: CategoryTree, now: Date): DraftInput {
  const problems: Record<string, string> = {}
  const title = text(body.title)
  if (!title) problems.title = 'Xin nhập tiêu đề.'
  else if (title.length > 300) problems.title = 'Tiêu đề dài quá 300 ký tự.'
  const lead = text(body.lead)
  if (lead.length > 2000) problems.lead = 'Sapo dài quá 2.000 ký tự.'
  const bodyHtml = typeof body.bodyHtml === 'string' ? body.bodyHtml : ''
  if (bodyHtml.length > 500_000) problems.bodyHtml = 'Nội dung quá dài.'
  const categoryId = Number(text(body.categoryId))
  if (!Number.isInteger(categoryId) || !tree.find(categoryId)) problems.categoryId = 'Xin chọn một chuyên mục.'
  const bylineKind = text(body.bylineKind)
  if (bylineKind.length > 30) problems.bylineKind = 'Loại tác giả dài quá 30 ký tự.'
  const bylineName = text(body.bylineName)
  if (bylineName.length > 150) problems.bylineName = 'Tên tác giả dài quá 150 ký tự.'
  const source = text(body.source)
  if (source.length > 200) problems.source = 'Nguồn dài quá 200 ký tự.'
  const tags = text(body.tags).split(',').map((t) => t.trim()).filter(Boolean)
  if (tags.length > 15 || tags.some((t) => t.length > 60)) problems.tags = 'Tối đa 15 từ khóa, mỗi từ khóa không quá 60 ký tự.'
  const slugText = text(body.slug)
  const slug = slugText ? slugify(slugText, 150) : undefined
  if (slugText && !slug) problems.slug = 'Đường dẫn phải có chữ hoặc số.'
  const seoTitle = text(body.seoTitle)
  const seoDescription = text(body.seoDescription)
  if (seoTitle.length > 300) problems.seoTitle = 'Tiêu đề SEO dài quá 300 ký tự.'
  if (seoDescription.length > 500) problems.seoDescription = 'Mô tả SEO dài quá 500 ký tự.'
  const expiresText = text(body.expiresAt)
  const expiresAt = expiresText ? parseNewsroomLocalTime(expiresText) : undefined
  if (expiresText && !expiresAt) problems.expiresAt = 'Thời điểm hết hạn không hợp lệ.'
  else if (expiresAt && expiresAt <= now) problems.expiresAt = 'Thời điểm hết hạn phải ở tương lai.'
  const leadImageText = text(body.leadImageId)
  const leadImageId = /^\d{1,9}$/.test(leadImageText) ? Number(leadImageText) : undefined
  if (leadImageText && leadImageId === undefined) problems.leadImageId = 'Ảnh đại diện không hợp lệ.'
  if (Object.keys(problems).length > 0) throw new ValidationError(problems)
  return { title, lead, bodyHtml, categoryId, bylineKind, bylineName, source, tags, slug, seoTitle, seoDescription, expiresAt, leadImageId }
}
