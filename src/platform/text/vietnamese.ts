// One fold, used everywhere: slugs, the search index, queries and blocklists
// (see ../shared/design/vietnamese-text.md). NFD, drop combining marks, every
// look-alike of đ becomes d, lower-case.
const MARKS = /\p{M}/gu
const D_LOOKALIKES = /[đĐðÐ]/g

export function toNfc(text: string): string {
  return text.normalize('NFC')
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(D_LOOKALIKES, 'd').toLowerCase().normalize('NFC')
}

export function slugify(text: string, maxLength = 120): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength)
}

const collator = new Intl.Collator('vi')
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b)
