import type { Kysely } from 'kysely'

// Frozen. The kinds of document every portal starts with (the administrator edits the list
// afterwards): a data migration, so a portal upgraded or new has them, demo or not. Công văn,
// thông báo and báo cáo have no validity to show (has_validity 0).
const KINDS: readonly [name: string, abbreviation: string, hasValidity: 0 | 1][] = [
  ['Luật', 'L', 1],
  ['Pháp lệnh', 'PL', 1],
  ['Nghị định', 'NĐ', 1],
  ['Nghị quyết', 'NQ', 1],
  ['Quyết định', 'QĐ', 1],
  ['Chỉ thị', 'CT', 1],
  ['Thông tư', 'TT', 1],
  ['Quy định', 'QĐi', 1],
  ['Kế hoạch', 'KH', 1],
  ['Hướng dẫn', 'HD', 1],
  ['Thông báo', 'TB', 0],
  ['Công văn', '', 0],
  ['Báo cáo', 'BC', 0],
]

export async function up(db: Kysely<unknown>): Promise<void> {
  const table = db as unknown as Kysely<{ document_kinds: { name: string; abbreviation: string; has_validity: number; position: number; is_active: number } }>
  await table.insertInto('document_kinds')
    .values(KINDS.map(([name, abbreviation, hasValidity], i) => ({ name, abbreviation, has_validity: hasValidity, position: (i + 1) * 10, is_active: 1 })))
    .execute()
}
