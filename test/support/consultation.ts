import type { Db } from '../../src/platform/db/connect.ts'
import { numberKey } from '../../src/features/documents/number.ts'

// Test fixtures: a published draft in the register, made with the register's own tables (the
// register's newsroom builds documents another way; the consultation only reads these columns).

let serial = 0

export async function createDraft(db: Db, fields: { opensOn?: string; closesOn?: string; reportHtml?: string; status?: string } = {}): Promise<{ id: number; slug: string }> {
  const n = ++serial
  const now = new Date().toISOString()
  const kind = await db.insertInto('document_kinds').values({ name: `Quyết định ${n}`, abbreviation: 'QĐ' }).returning('id').executeTakeFirstOrThrow()
  const issuer = await db.insertInto('document_issuers').values({ name: `UBND tỉnh ${n}`, abbreviation: 'UBND', parent_id: null, active_from: null, active_until: null, merged_into_id: null })
    .returning('id').executeTakeFirstOrThrow()
  const slug = `du-thao-quyet-dinh-${n}-2026-qd-ubnd`
  const number = `Dự thảo ${n}/2026/QĐ-UBND`
  const row = await db.insertInto('documents').values({
    slug, kind_id: kind.id, issuer_id: issuer.id, number, number_key: numberKey(number),
    title: `Dự thảo Quyết định ban hành Quy chế số ${n}`, summary: 'Ban hành Quy chế quản lý cổng thông tin điện tử', summary_folded: 'ban hanh quy che quan ly cong thong tin dien tu',
    issued_on: '2026-12-01', effective_from: null, effective_until: null, validity: null, validity_override: null,
    status: fields.status ?? 'published', publish_at: null, published_at: now,
    consultation_opens_on: fields.opensOn ?? null, consultation_closes_on: fields.closesOn ?? null, consultation_report_html: fields.reportHtml ?? '',
    created_by: null, updated_by: null, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow()
  return { id: row.id, slug }
}

export async function addClauses(db: Db, documentId: number, labels: string[]): Promise<number[]> {
  const ids: number[] = []
  for (const [i, label] of labels.entries()) {
    ids.push((await db.insertInto('document_clauses').values({ document_id: documentId, label, position: i + 1 }).returning('id').executeTakeFirstOrThrow()).id)
  }
  return ids
}

let citizen = 0

/** Posts the consultation form as a browser would, from its own address unless one is given. */
export async function postConsultation(app: { inject: (o: any) => Promise<any> }, slug: string, fields: Record<string, string>, options: { ip?: string; json?: boolean } = {}) {
  const ip = options.ip ?? `198.18.${Math.floor(++citizen / 250)}.${(citizen % 250) + 1}`
  const res = await app.inject({
    method: 'POST', url: `/van-ban/${slug}/gop-y`,
    payload: new URLSearchParams({ name: 'Lê Thị Hoa', email: 'hoa@example.vn', body: 'Đề nghị làm rõ phạm vi điều chỉnh.', ...fields }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip, accept: options.json ? 'application/json' : 'text/html' },
  })
  return res as { statusCode: number; body: string; headers: Record<string, unknown>; json(): any }
}
