import { wordsOf } from '../src/features/documents/document-words.ts'
import { sql } from 'kysely'
import { numberKey } from '../src/features/documents/number.ts'
import type { Db } from '../src/platform/db/connect.ts'
import { foldedWords } from '../src/platform/text/word-match.ts'
import { slugify } from '../src/platform/text/vietnamese.ts'
import { createRandom, type Random } from './generate-articles.ts'
import * as words from './vocabulary.ts'

// A province's register of 20 years, generated: numbers in the families clerks type
// ("15/2021/QĐ-UBND", "35-NQ/TU", "1234/UBND-VX"), the kinds the migration lists, issuers and
// fields, Vietnamese summaries, some files with text. Written straight in SQL in batches, with
// every derived column filled as the service and the file upload fill them (number_key,
// summary_folded, slug, text_folded), so the portal reads them as it reads its own.

const ISSUERS: readonly [name: string, abbreviation: string][] = [
  ['Ủy ban nhân dân tỉnh', 'UBND'], ['Hội đồng nhân dân tỉnh', 'HĐND'], ['Tỉnh ủy', 'TU'], ['Ban Thường vụ Tỉnh ủy', 'BTV'],
  ['Sở Nội vụ', 'SNV'], ['Sở Tài chính', 'STC'], ['Sở Tài nguyên và Môi trường', 'STNMT'], ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ['Sở Y tế', 'SYT'], ['Sở Xây dựng', 'SXD'], ['Sở Kế hoạch và Đầu tư', 'SKHĐT'], ['Sở Nông nghiệp và Phát triển nông thôn', 'SNN'],
  ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'], ['Sở Giao thông vận tải', 'SGTVT'], ['Sở Văn hóa và Thể thao', 'SVHTT'],
  ['Sở Thông tin và Truyền thông', 'STTTT'], ['Thanh tra tỉnh', 'TTr'], ['Văn phòng UBND tỉnh', 'VP'],
  ['UBND thành phố Quy Nhơn', 'UBND'], ['UBND thị xã An Nhơn', 'UBND'], ['UBND thị xã Hoài Nhơn', 'UBND'], ['UBND huyện Tây Sơn', 'UBND'],
  ['UBND huyện Phù Cát', 'UBND'], ['UBND huyện Phù Mỹ', 'UBND'], ['UBND huyện Tuy Phước', 'UBND'], ['UBND huyện Vĩnh Thạnh', 'UBND'],
]
const FIELDS = [
  'Đất đai', 'Giáo dục, đào tạo', 'Tài chính, ngân sách', 'Y tế', 'Xây dựng', 'Giao thông vận tải', 'Nông nghiệp', 'Lao động, việc làm',
  'Văn hóa, thể thao', 'Thông tin, truyền thông', 'Tổ chức bộ máy', 'Cải cách hành chính', 'Môi trường', 'Đầu tư', 'Thi đua, khen thưởng',
]
// Offices a công văn is sent from ("1234/UBND-VX"): the province's specialised departments.
const OFFICES = ['VX', 'KT', 'TH', 'NC', 'KSTTHC', 'TCD', 'CNXD', 'NN', 'HCTC']
const VERBS = ['Ban hành', 'Quy định', 'Phê duyệt', 'Về việc', 'Sửa đổi, bổ sung', 'Triển khai thực hiện', 'Hướng dẫn thực hiện', 'Tăng cường', 'Kiện toàn']
const FIRST_YEAR = 2006
const LAST_YEAR = 2026
const BATCH = 500
const TODAY = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

export interface GeneratedRegister {
  documents: number
  withFiles: number
  kinds: { id: number; name: string }[]
  seconds: number
}

/** Writes `count` published documents (and their field links and files) into a migrated, empty register. */
export async function writeDocuments(db: Db, count: number, seed = 20261207): Promise<GeneratedRegister> {
  const started = performance.now()
  const random = createRandom(seed)
  const kinds = await db.selectFrom('document_kinds').select(['id', 'name', 'abbreviation', 'has_validity']).orderBy('position').execute()
  const issuerIds: number[] = []
  for (const [i, [name, abbreviation]] of ISSUERS.entries()) {
    issuerIds.push((await db.insertInto('document_issuers').values({ name, abbreviation, parent_id: null, active_from: null, active_until: null, merged_into_id: null, position: i }).returning('id').executeTakeFirstOrThrow()).id)
  }
  const fieldIds: number[] = []
  for (const [i, name] of FIELDS.entries()) fieldIds.push((await db.insertInto('document_fields').values({ name, position: i }).returning('id').executeTakeFirstOrThrow()).id)

  // How often each kind is issued: dispatches and decisions by the thousand, laws rarely.
  const weights: Record<string, number> = { 'Công văn': 30, 'Quyết định': 25, 'Kế hoạch': 10, 'Thông báo': 10, 'Báo cáo': 8, 'Nghị quyết': 6, 'Chỉ thị': 3, 'Hướng dẫn': 4, 'Quy định': 2, 'Thông tư': 1, 'Nghị định': 0.5, 'Luật': 0.3, 'Pháp lệnh': 0.2 }
  const weighted = kinds.flatMap((k) => Array.from({ length: Math.max(1, Math.round((weights[k.name] ?? 1) * 10)) }, () => k))
  const slugs = new Set<string>()
  const serial = new Map<string, number>()
  let withFiles = 0
  for (let done = 0; done < count; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - done) }, () => {
      const kind = random.pick(weighted)
      const issuerIndex = random.int(0, ISSUERS.length - 1)
      const year = random.int(FIRST_YEAR, LAST_YEAR)
      const issuedOn = `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`
      const key = `${kind.name}|${issuerIndex}|${year}`
      const n = (serial.get(key) ?? 0) + random.int(1, 3)
      serial.set(key, n)
      const number = numberOf(random, kind, ISSUERS[issuerIndex]![1], n, year)
      const summary = summaryOf(random)
      let slug = slugify(number, 100) || 'van-ban'
      for (let i = 2; slugs.has(slug); i++) slug = `${slugify(number, 100)}-${i}`
      slugs.add(slug)
      // Dates and validity agree as the midnight job would have them (it re-proposes validity from
      // the dates at start), so the portal does not rewrite thousands of rows under the bench.
      const effectiveFrom = kind.has_validity ? addDays(issuedOn, random.int(0, 20)) : null
      const until = effectiveFrom && random.next() < 0.2 ? addDays(effectiveFrom, random.int(365, 3650)) : null
      const effectiveUntil = until && until < addDays(TODAY, -2) ? until : null
      return {
        slug, kind_id: kind.id, issuer_id: issuerIds[issuerIndex]!, number, number_key: numberKey(number), title: '', summary, summary_folded: foldedWords(summary),
        signer: `${random.pick(words.SURNAMES)} ${random.pick(words.MIDDLE_NAMES)} ${random.pick(words.GIVEN_NAMES)}`, body_html: '', issued_on: issuedOn,
        effective_from: effectiveFrom, effective_until: effectiveUntil,
        validity: effectiveFrom === null ? null : effectiveFrom > TODAY ? 'not_yet' : effectiveUntil ? 'expired' : 'in_force',
        validity_override: null, validity_reason: '', status: 'published', publish_at: null, published_at: `${addDays(issuedOn, random.int(0, 3))}T02:00:00.000Z`,
        consultation_opens_on: null, consultation_closes_on: null, created_by: null, updated_by: null,
        created_at: `${issuedOn}T01:00:00.000Z`, updated_at: `${issuedOn}T01:00:00.000Z`,
      }
    })
    const ids = (await db.insertInto('documents').values(rows).returning('id').execute()).map((r) => r.id)
    const links = ids.flatMap((id) => {
      const first = random.int(0, fieldIds.length - 1)
      const second = random.next() < 0.3 ? random.int(0, fieldIds.length - 1) : first
      return [...new Set([fieldIds[first]!, fieldIds[second]!])].map((field_id) => ({ document_id: id, field_id }))
    })
    await db.insertInto('document_field_links').values(links).execute()
    // One document in five carries a file whose text was read (a PDF with a text layer).
    const files = ids.filter(() => random.next() < 0.2).map((id) => {
      const text = fileTextOf(random)
      return {
        document_id: id, storage_key: `van-ban/${id}/bench.pdf`, file_name: 'van-ban.pdf', media_type: 'application/pdf', bytes: 100_000 + text.length,
        sha256: '0'.repeat(64), position: 0, text, text_folded: foldedWords(text), text_state: 'ok', uploaded_by: null, created_at: rows[0]!.created_at,
      }
    })
    withFiles += files.length
    if (files.length) await db.insertInto('document_files').values(files).execute()
    // The word index, as refreshDocumentWords keeps it: the number's, the summary's and the file's words.
    const fileText = new Map(files.map((f) => [f.document_id, f.text_folded]))
    const wordRows = ids.flatMap((id, i) => wordsOf(rows[i]!.number_key, rows[i]!.summary_folded, fileText.get(id) ?? '').map((word) => ({ word, document_id: id })))
    for (let start = 0; start < wordRows.length; start += 5000) await db.insertInto('document_words').values(wordRows.slice(start, start + 5000)).execute()
  }
  await sql`ANALYZE`.execute(db)
  return { documents: count, withFiles, kinds: kinds.map(({ id, name }) => ({ id, name })), seconds: (performance.now() - started) / 1000 }
}

function numberOf(random: Random, kind: { name: string; abbreviation: string }, issuer: string, n: number, year: number): string {
  switch (kind.name) {
    case 'Công văn': return `${n}/${issuer}-${random.pick(OFFICES)}`
    case 'Nghị quyết': return issuer === 'TU' || issuer === 'BTV' ? `${n}-NQ/${issuer}` : `${n}/${year}/NQ-${issuer}`
    case 'Chỉ thị': return issuer === 'TU' || issuer === 'BTV' ? `${n}-CT/${issuer}` : `${n}/${year}/CT-${issuer}`
    case 'Kế hoạch': case 'Thông báo': case 'Báo cáo': case 'Hướng dẫn': return `${n}/${kind.abbreviation}-${issuer}`
    case 'Luật': return `${n}/${year}/QH${Math.floor((year - 1946) / 5)}`
    default: return `${n}/${year}/${kind.abbreviation}-${issuer}`
  }
}

function summaryOf(random: Random): string {
  const topic = random.pick(words.TOPICS).replace(/[“”]/g, '')
  const tail = random.next() < 0.5 ? ` trên địa bàn ${random.pick(words.PLACES)}` : random.next() < 0.5 ? ` giai đoạn ${random.int(2016, 2026)} - ${random.int(2026, 2030)}` : ''
  return `${random.pick(VERBS)} ${topic}${tail}`
}

function fileTextOf(random: Random): string {
  const sentences = Array.from({ length: random.int(8, 30) }, () =>
    `${random.pick(words.CONNECTIVES)} ${random.pick(words.SUBJECTS).toLowerCase()} ${random.pick(words.VERBS)} ${random.pick(words.TOPICS)}, ${random.pick(words.OUTCOMES)}.`)
  return `Điều 1. ${sentences.join(' ')}`
}

const pad = (n: number) => String(n).padStart(2, '0')
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}
