import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createDocument, createField, createIssuer, createKind } from '../../../test/support/documents.factory.ts'
import { createRandom } from '../../../test/support/generated-corpus.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { numberKey, numberTokens } from './number.ts'
import type { DocumentCursor, DocumentFilters } from './public.repository.ts'
import { RegisterIndex } from './register-index.ts'

// The register's index in memory against a count done here, by brute force, over what the test
// wrote: every facet under every combination tried, the order with a query, the pages end to end,
// and a change seen as soon as it is announced.

interface Written { id: number; kindId: number; issuerId: number; fieldIds: number[]; year: number; issuedOn: string; validity: string | null; words: string[]; numberKey: string; published: boolean }

const TOPICS = ['Về việc thu hồi đất xây dựng đường', 'Kế hoạch công tác dân vận năm', 'Quy định giá đất ở đô thị', 'Chương trình xây dựng nông thôn mới', 'Báo cáo công tác phòng chống thiên tai']

describe('the register index', () => {
  let portal: TestPortal
  let index: RegisterIndex
  const written: Written[] = []
  let kinds: { id: number; words: string[]; hasValidity: boolean }[] = []

  before(async () => {
    portal = await buildTestPortal()
    index = new RegisterIndex(portal.db, portal.database.dialect, portal.events)
    const random = createRandom(7)
    kinds = [
      { id: await createKind(portal, 'Quyết định', { abbreviation: 'QĐ' }), words: ['quyet', 'dinh', 'qd'], hasValidity: true },
      { id: await createKind(portal, 'Kế hoạch', { abbreviation: 'KH' }), words: ['ke', 'hoach', 'kh'], hasValidity: true },
      { id: await createKind(portal, 'Công văn', { hasValidity: false }), words: ['cong', 'van'], hasValidity: false },
    ]
    const issuers = [await createIssuer(portal, 'UBND tỉnh', 'UBND'), await createIssuer(portal, 'HĐND tỉnh', 'HĐND')]
    const fields = [await createField(portal, 'Đất đai'), await createField(portal, 'Dân vận'), await createField(portal, 'Nông nghiệp')]
    for (let n = 1; n <= 150; n++) {
      const kind = random.pick(kinds)
      const issuerId = random.pick(issuers)
      const year = random.int(2018, 2024)
      const issuedOn = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
      const fieldIds = fields.filter(() => random.int(0, 2) === 0)
      const validity = random.pick(['in_force', 'expired', 'not_yet'])
      const summary = random.pick(TOPICS)
      const number = `${random.int(1, 30)}/${year}/${kind.words.at(-1)!.toUpperCase()}-UBND`
      const published = n % 10 !== 0
      const { id } = await createDocument(portal, { kindId: kind.id, issuerId, number, summary, issuedOn, fieldIds, validity, status: published ? 'published' : 'draft' })
      written.push({
        id, kindId: kind.id, issuerId, fieldIds, year, issuedOn, validity: kind.hasValidity ? validity : null, numberKey: numberKey(number), published,
        words: [...numberTokens(number), ...numberTokens(summary)],
      })
    }
  })
  after(() => portal.close())

  /** What the list should hold, in order, and each facet's counts, worked out here. */
  function expected(filters: DocumentFilters) {
    const tokens = [...new Set(numberTokens(filters.q ?? ''))]
    const namesKind = (word: string, d: Written) => kinds.find((k) => k.id === d.kindId)!.words.includes(word)
    const matches = (d: Written) => d.published && tokens.every((w) => d.words.includes(w) || namesKind(w, d))
    const passes = (d: Written, except?: string) => (except === 'kind' || filters.kindId === undefined || d.kindId === filters.kindId)
      && (except === 'issuer' || filters.issuerId === undefined || d.issuerId === filters.issuerId)
      && (except === 'field' || filters.fieldId === undefined || d.fieldIds.includes(filters.fieldId))
      && (except === 'year' || filters.year === undefined || d.year === filters.year)
      && (except === 'validity' || filters.validity === undefined || d.validity === filters.validity)
    const score = (d: Written) => tokens.filter((w) => namesKind(w, d) || d.numberKey.includes(` ${w} `)).length
    const list = written.filter((d) => matches(d) && passes(d))
      .sort((a, b) => score(b) - score(a) || b.issuedOn.localeCompare(a.issuedOn) || b.id - a.id).map((d) => d.id)
    const count = (facet: string, value: (d: Written) => (number | string | null)[]) => {
      const counts = new Map<string, number>()
      for (const d of written) if (matches(d) && passes(d, facet)) for (const v of value(d)) if (v !== null) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1)
      return Object.fromEntries([...counts].sort())
    }
    return {
      list,
      kind: count('kind', (d) => [d.kindId]), issuer: count('issuer', (d) => [d.issuerId]), field: count('field', (d) => d.fieldIds),
      year: count('year', (d) => [d.year]), validity: count('validity', (d) => [d.validity]),
    }
  }

  async function everyPage(filters: DocumentFilters, size: number) {
    const ids: number[] = []
    let after: DocumentCursor | undefined
    let first
    for (let pages = 0; pages < 100; pages++) {
      const found = await index.find(filters, after, size)
      first ??= found
      ids.push(...found.ids)
      if (!found.next) break
      after = found.next
    }
    const facets = Object.fromEntries(Object.entries(first!.facets).map(([facet, values]) => [facet, Object.fromEntries(values.map((v) => [v.value, v.count]).sort())]))
    return { ids, facets }
  }

  test('every facet counts and every page matches a count done by hand, with and without a query', async () => {
    const random = createRandom(11)
    const tried: DocumentFilters[] = [{}, { q: 'dan van' }, { q: 'quyet dinh 2021' }, { q: 'dat' }, { q: 'khong co dau nay' }]
    for (let i = 0; i < 25; i++) {
      const d = random.pick(written)
      tried.push({
        ...(random.int(0, 1) ? { kindId: d.kindId } : {}), ...(random.int(0, 1) ? { issuerId: d.issuerId } : {}),
        ...(random.int(0, 2) === 0 && d.fieldIds[0] ? { fieldId: d.fieldIds[0] } : {}), ...(random.int(0, 1) ? { year: d.year } : {}),
        ...(random.int(0, 2) === 0 ? { validity: 'in_force' as const } : {}), ...(random.int(0, 1) ? { q: random.pick(['cong tac', 'gia dat', 'qd', 'nong thon moi', '2020']) } : {}),
      })
    }
    for (const filters of tried) {
      const want = expected(filters)
      const got = await everyPage(filters, 7)
      assert.deepEqual(got.ids, want.list, `list for ${JSON.stringify(filters)}`)
      assert.deepEqual(got.facets, { kind: want.kind, issuer: want.issuer, field: want.field, year: want.year, validity: want.validity }, `facets for ${JSON.stringify(filters)}`)
    }
  })

  test('a document published and announced is in the next list; a draft never is', async () => {
    const before = await index.find({ q: 'nha san' }, undefined, 10)
    assert.deepEqual(before.ids, [])
    const kindId = kinds[0]!.id
    const issuerId = written[0]!.issuerId
    const { id } = await createDocument(portal, { kindId, issuerId, number: '99/2025/QĐ-UBND', summary: 'Bảo tồn nhà sàn', issuedOn: '2025-01-02' })
    await createDocument(portal, { kindId, issuerId, number: '98/2025/QĐ-UBND', summary: 'Bảo tồn nhà sàn (dự thảo)', status: 'draft' })
    assert.deepEqual((await index.find({ q: 'nha san' }, undefined, 10)).ids, [id])
    assert.equal((await index.find({}, undefined, 1)).ids[0], id, 'the newest issued comes first')
  })
})
