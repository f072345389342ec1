import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createDocument, createField, createIssuer, createKind, relate } from '../../../test/support/documents.factory.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The register as readers see it (issue 14, "Readers"): /van-ban with its facets and search, a
// document's page, and their English counterparts. Rows are inserted straight into the tables.

const listed = (body: string) => allText(parsePage(body), '.document-list .document-item h3')
const facet = (body: string, name: string) => [...parsePage(body).querySelectorAll(`.facet-${name} li a`)]
  .map((a) => `${a.querySelector('.facet-name')!.textContent}: ${a.querySelector('.facet-count')!.textContent}`)

describe('the register for readers', () => {
  let portal: TestPortal
  const ids: Record<string, number> = {}
  const slugs: Record<string, string> = {}

  before(async () => {
    portal = await buildTestPortal()
    const decision = await createKind(portal, 'Quyết định', { abbreviation: 'QĐ' })
    const resolution = await createKind(portal, 'Nghị quyết', { abbreviation: 'NQ' })
    const letter = await createKind(portal, 'Công văn', { hasValidity: false })
    const province = await createIssuer(portal, 'UBND tỉnh Bình Định', 'UBND')
    const council = await createIssuer(portal, 'HĐND tỉnh Bình Định', 'HĐND')
    const land = await createField(portal, 'Đất đai')
    const culture = await createField(portal, 'Văn hóa')
    const add = async (name: string, fields: Parameters<typeof createDocument>[1]) => {
      const made = await createDocument(portal, fields)
      ids[name] = made.id
      slugs[name] = made.slug
    }
    await add('old', { kindId: decision, issuerId: province, number: '07/2015/QĐ-UBND', summary: 'Ban hành quy định về bồi thường khi Nhà nước thu hồi đất', issuedOn: '2015-03-02', validity: 'expired', fieldIds: [land] })
    await add('new', {
      kindId: decision, issuerId: province, number: '15/2021/QĐ-UBND', summary: 'Ban hành quy định về bồi thường, hỗ trợ, tái định cư', issuedOn: '2021-05-10',
      effectiveFrom: '2021-05-20', signer: 'Nguyễn Phi Long', fieldIds: [land], bodyHtml: '<p>Điều 1. Ban hành kèm theo</p><script>alert(1)</script>',
      files: [{ fileName: 'Quyết định 15-2021.pdf', bytes: 1_572_864, text: 'Phụ lục: BẢNG GIÁ ĐẤT ở các phường thuộc thành phố Quy Nhơn' }, { fileName: 'Phụ lục.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: 20_480 }],
    })
    await add('other15', { kindId: decision, issuerId: province, number: '16/2021/QĐ-UBND', summary: 'Kế hoạch tổ chức 15 hoạt động văn hóa năm 2021', issuedOn: '2021-08-01', fieldIds: [culture] })
    await add('resolution', { kindId: resolution, issuerId: council, number: '05/2021/NQ-HĐND', summary: 'Quy định mức chi hỗ trợ hoạt động văn hóa cơ sở', issuedOn: '2021-07-15', validity: 'not_yet', fieldIds: [culture] })
    await add('letter', { kindId: letter, issuerId: province, number: '456/UBND-KT', summary: 'Về việc đôn đốc báo cáo tình hình đất đai', issuedOn: '2022-01-05', validity: null, fieldIds: [land] })
    await add('suspended', { kindId: decision, issuerId: province, number: '20/2022/QĐ-UBND', summary: 'Quy định quản lý chợ', issuedOn: '2022-02-01', validity: 'in_force', validityOverride: 'suspended', validityReason: 'Theo Quyết định tạm ngưng của Chủ tịch UBND tỉnh' })
    await add('draft', { kindId: decision, issuerId: province, number: '99/2022/QĐ-UBND', summary: 'Dự thảo quy định về đất đai chưa ban hành', issuedOn: '2022-12-01', status: 'draft', fieldIds: [land], files: [{ fileName: 'du-thao.pdf', text: 'bảng giá đất bí mật' }] })
    await relate(portal, ids.new!, 'replaces', ids.old!)
    await relate(portal, ids.resolution!, 'guides', ids.new!)
  })
  after(() => portal.close())

  test('the list is newest issued first, never shows a draft, and badges validity only for kinds that have one', async () => {
    const res = await portal.app.inject('/van-ban')
    assert.equal(res.statusCode, 200)
    assert.deepEqual(listed(res.body), [
      'Quyết định số 20/2022/QĐ-UBND', 'Công văn số 456/UBND-KT', 'Quyết định số 16/2021/QĐ-UBND', 'Nghị quyết số 05/2021/NQ-HĐND',
      'Quyết định số 15/2021/QĐ-UBND', 'Quyết định số 07/2015/QĐ-UBND',
    ])
    const page = parsePage(res.body)
    const badges = [...page.querySelectorAll('.document-item')].map((li) => li.querySelector('.validity-badge')?.textContent ?? '—')
    assert.deepEqual(badges, ['Ngưng hiệu lực', '—', 'Còn hiệu lực', 'Chưa có hiệu lực', 'Còn hiệu lực', 'Hết hiệu lực toàn bộ'])
    assert.match(textOf(page, '.document-item:nth-child(5) .document-meta'), /10\/05\/2021 · UBND tỉnh Bình Định/)
    assert.equal(textOf(page, '.document-count'), 'Tìm thấy 6 văn bản')
    assert.doesNotMatch(res.body, /99\/2022/)
    assert.equal((await portal.app.inject(`/van-ban/${slugs.draft}`)).statusCode, 404)
    assert.equal((await portal.app.inject(`/en/documents/${slugs.draft}`)).statusCode, 404)
    assert.deepEqual(listed((await portal.app.inject('/van-ban?q=bi+mat')).body), [], 'a draft\'s file is never searched')
  })

  test('each facet counts its values under the other chosen facets, as links that combine', async () => {
    const all = (await portal.app.inject('/van-ban')).body
    assert.deepEqual(facet(all, 'kind'), ['Quyết định: 4', 'Nghị quyết: 1', 'Công văn: 1'])
    assert.deepEqual(facet(all, 'year'), ['2022: 2', '2021: 3', '2015: 1'])
    assert.deepEqual(facet(all, 'field'), ['Đất đai: 3', 'Văn hóa: 2'])
    assert.deepEqual(facet(all, 'validity'), ['Còn hiệu lực: 2', 'Chưa có hiệu lực: 1', 'Ngưng hiệu lực: 1', 'Hết hiệu lực toàn bộ: 1'])

    // Following the links: year 2021, then the field Đất đai.
    const year = parsePage(all).querySelector('.facet-year a[data-value="2021"]')!.getAttribute('href')!
    assert.equal(year, '/van-ban?nam=2021')
    const in2021 = (await portal.app.inject(year)).body
    assert.deepEqual(facet(in2021, 'kind'), ['Quyết định: 2', 'Nghị quyết: 1'])
    assert.deepEqual(facet(in2021, 'year'), ['2022: 2', '2021: 3', '2015: 1'], 'the chosen facet still counts under the others only')
    const land = parsePage(in2021).querySelector('.facet-field a:not([aria-current])')!
    assert.equal(land.querySelector('.facet-name')!.textContent, 'Đất đai')
    const both = (await portal.app.inject(land.getAttribute('href')!)).body
    assert.deepEqual(listed(both), ['Quyết định số 15/2021/QĐ-UBND'])
    assert.deepEqual(facet(both, 'year'), ['2022: 1', '2021: 1', '2015: 1'])
    assert.deepEqual(facet(both, 'kind'), ['Quyết định: 1'])
    assert.equal(parsePage(both).querySelector('.facet-year a[aria-current]')!.getAttribute('href'), land.getAttribute('href')!.replace(/[?&]nam=2021/, '').replace('van-ban&', 'van-ban?'))
    // Validity and kind facets together.
    assert.deepEqual(listed((await portal.app.inject(`/van-ban?hieu-luc=in_force&loai=${await kindId('Quyết định')}`)).body), ['Quyết định số 16/2021/QĐ-UBND', 'Quyết định số 15/2021/QĐ-UBND'])
    for (const bad of ['/van-ban?nam=21', '/van-ban?loai=abc', '/van-ban?hieu-luc=mostly', '/van-ban?sau=x', '/van-ban?nam=2021&nam=2022']) {
      const res = await portal.app.inject(bad)
      assert.equal(res.statusCode, 400, bad)
      assert.match(res.body, /lang="vi"/)
    }
  })

  async function kindId(name: string) {
    return (await portal.db.selectFrom('document_kinds').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id
  }

  test('a number is found in any order, case and spacing, with or without Đ; the kind\'s name puts the decision first', async () => {
    for (const q of ['15/2021/QĐ-UBND', '15/2021/QD-UBND', 'qd-ubnd 15 2021', 'UBND QĐ 2021 15']) {
      // 16/2021/QĐ-UBND has every token too (a "15" in its summary), and comes after: fewer name it.
      assert.deepEqual(listed((await portal.app.inject(`/van-ban?q=${encodeURIComponent(q)}`)).body), ['Quyết định số 15/2021/QĐ-UBND', 'Quyết định số 16/2021/QĐ-UBND'], q)
    }
    const ranked = listed((await portal.app.inject('/van-ban?q=quyet+dinh+15+2021')).body)
    assert.equal(ranked[0], 'Quyết định số 15/2021/QĐ-UBND')
    assert.ok(ranked.includes('Quyết định số 16/2021/QĐ-UBND'), 'the other decision names 15 in its summary, and comes after')
    assert.deepEqual(listed((await portal.app.inject('/van-ban?q=05+NQ+hdnd')).body), ['Nghị quyết số 05/2021/NQ-HĐND'])
    assert.deepEqual(listed((await portal.app.inject('/van-ban?q=ubnd+kt+456')).body), ['Công văn số 456/UBND-KT'])
    assert.deepEqual(listed((await portal.app.inject('/van-ban?q=15%2F2020')).body), [], 'every token must match')
  })

  test('words are found without diacritics in the summary and in the text of attached files', async () => {
    assert.deepEqual(listed((await portal.app.inject('/van-ban?q=tai+dinh+cu')).body), ['Quyết định số 15/2021/QĐ-UBND'])
    assert.deepEqual(listed((await portal.app.inject(`/van-ban?q=${encodeURIComponent('tái định cư')}`)).body), ['Quyết định số 15/2021/QĐ-UBND'])
    assert.deepEqual(listed((await portal.app.inject('/van-ban?q=bang+gia+dat+quy+nhon')).body), ['Quyết định số 15/2021/QĐ-UBND'], 'only inside the PDF, typed without marks')
    assert.deepEqual(listed((await portal.app.inject('/van-ban?q=van+hoa')).body), ['Quyết định số 16/2021/QĐ-UBND', 'Nghị quyết số 05/2021/NQ-HĐND'])
    const none = parsePage((await portal.app.inject('/van-ban?q=khong+co+dau')).body)
    assert.equal(textOf(none, '.document-count'), 'Không có văn bản nào phù hợp.')
    assert.equal(none.querySelector<HTMLInputElement>('#tim-van-ban')!.getAttribute('value'), 'khong co dau')
  })

  test('"Xem tiếp" pages by keyset without repeating or skipping a document', async () => {
    const seen: string[] = []
    let url: string | undefined = '/van-ban'
    const pageSize = 20
    // Enough documents for three pages.
    const kind = await kindId('Công văn')
    const issuer = (await portal.db.selectFrom('document_issuers').select('id').executeTakeFirstOrThrow()).id
    for (let i = 1; i <= 2 * pageSize; i++) await createDocument(portal, { kindId: kind, issuerId: issuer, number: `${1000 + i}/UBND-VX`, summary: 'Về việc phân trang', issuedOn: '2020-01-01', validity: null })
    while (url) {
      const page = parsePage((await portal.app.inject(url)).body)
      seen.push(...allText(page, '.document-item h3'))
      url = page.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined
    }
    assert.equal(seen.length, 6 + 2 * pageSize)
    assert.equal(new Set(seen).size, seen.length)
    // The same with a query: ranked pages go on from the ranked cursor.
    const ranked: string[] = []
    url = '/van-ban?q=ubnd+vx'
    while (url) {
      const page = parsePage((await portal.app.inject(url)).body)
      ranked.push(...allText(page, '.document-item h3'))
      url = page.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined
    }
    assert.equal(new Set(ranked).size, 2 * pageSize)
    await portal.db.deleteFrom('documents').where('summary', '=', 'Về việc phân trang').execute()
    portal.events.emit('documents.changed', { ids: [] })
  })

  test('a document\'s page has its fields, relations both ways, files with size and type, a PDF viewer, a citation and JSON-LD', async () => {
    const page = parsePage((await portal.app.inject(`/van-ban/${slugs.new}`)).body)
    assert.equal(textOf(page, 'main h1'), 'Quyết định số 15/2021/QĐ-UBND')
    const terms = allText(page, '.document-fields dt')
    const values = allText(page, '.document-fields dd')
    const field = (name: string) => values[terms.indexOf(name)]
    assert.equal(field('Số ký hiệu'), '15/2021/QĐ-UBND')
    assert.equal(field('Cơ quan ban hành'), 'UBND tỉnh Bình Định')
    assert.equal(field('Ngày ban hành'), '10/05/2021')
    assert.equal(field('Ngày có hiệu lực'), '20/05/2021')
    assert.equal(field('Hiệu lực'), 'Còn hiệu lực')
    assert.equal(field('Lĩnh vực'), 'Đất đai')
    assert.equal(field('Người ký'), 'Nguyễn Phi Long')
    assert.deepEqual(allText(page, '.document-relations li .relation-name'), ['Thay thế', 'Được hướng dẫn bởi'])
    assert.deepEqual([...page.querySelectorAll('.document-relations li a')].map((a) => a.getAttribute('href')), [`/van-ban/${slugs.old}`, `/van-ban/${slugs.resolution}`])
    assert.equal(page.querySelector('.document-body script'), null, 'the full text is sanitised')
    assert.match(textOf(page, '.document-body'), /Điều 1\. Ban hành kèm theo/)
    const files = [...page.querySelectorAll('.document-files li')]
    assert.equal(files.length, 2)
    const fileId = (await portal.db.selectFrom('document_files').select('id').where('document_id', '=', ids.new!).orderBy('position').executeTakeFirstOrThrow()).id
    assert.equal(files[0]!.querySelector('a')!.getAttribute('href'), `/van-ban/tep/${fileId}/${encodeURIComponent('Quyết định 15-2021.pdf')}`)
    assert.match(files[0]!.textContent!, /PDF, dung lượng 1,5 MB/)
    assert.match(files[1]!.textContent!, /DOCX, dung lượng 20 KB/)
    assert.equal(page.querySelector('object.pdf-viewer')!.getAttribute('data'), `/van-ban/tep/${fileId}/${encodeURIComponent('Quyết định 15-2021.pdf')}`)
    assert.equal(page.querySelector('.document-citation')!.getAttribute('value'), 'Quyết định số 15/2021/QĐ-UBND ngày 10/05/2021 của UBND tỉnh Bình Định (Ban hành quy định về bồi thường, hỗ trợ, tái định cư)')
    assert.ok(page.querySelector('.print-button'))
    assert.deepEqual(allText(page, '.breadcrumb li'), ['Trang chủ', 'Văn bản', 'Quyết định số 15/2021/QĐ-UBND'])
    const jsonLd = [...page.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)).flat()
    const legislation = jsonLd.find((j) => j['@type'] === 'Legislation')
    assert.equal(legislation.legislationIdentifier, '15/2021/QĐ-UBND')
    assert.equal(legislation.legislationLegalForce, 'https://schema.org/InForce')
    assert.equal(legislation.legislationPassedBy.name, 'UBND tỉnh Bình Định')

    // The other end of each relation shows it from its side.
    const old = parsePage((await portal.app.inject(`/van-ban/${slugs.old}`)).body)
    assert.deepEqual(allText(old, '.document-relations li .relation-name'), ['Bị thay thế bởi'])
    assert.equal(old.querySelector('.document-relations a')!.getAttribute('href'), `/van-ban/${slugs.new}`)
    assert.equal(textOf(old, '.document-fields .validity-badge'), 'Hết hiệu lực toàn bộ')
    const guide = parsePage((await portal.app.inject(`/van-ban/${slugs.resolution}`)).body)
    assert.deepEqual(allText(guide, '.document-relations li .relation-name'), ['Hướng dẫn'])

    // The clerk's word over the proposal, with its reason; a letter has no validity and no Legislation.
    const suspended = parsePage((await portal.app.inject(`/van-ban/${slugs.suspended}`)).body)
    assert.match(textOf(suspended, '.document-fields'), /Ngưng hiệu lực \(Lý do: Theo Quyết định tạm ngưng của Chủ tịch UBND tỉnh\)/)
    const letter = await portal.app.inject(`/van-ban/${slugs.letter}`)
    assert.equal(parsePage(letter.body).querySelector('.validity-badge'), null)
    assert.doesNotMatch(letter.body, /"Legislation"/)
    assert.equal((await portal.app.inject('/van-ban/khong-co-van-ban-nay')).statusCode, 404)
  })

  test('a change to the register purges the cached list and pages', async () => {
    const base = await portal.listen()
    const first = await (await fetch(`${base}/van-ban?nam=2015`)).text()
    await fetch(`${base}/van-ban/${slugs.old}`)
    assert.ok(portal.cache.get('/van-ban?nam=2015'), 'the list is cached')
    assert.ok(portal.cache.get(`/van-ban/${slugs.old}`), 'the page is cached')
    assert.deepEqual(listed(first), ['Quyết định số 07/2015/QĐ-UBND'])

    await portal.db.updateTable('documents').set({ summary: 'Quy định bồi thường (đã sửa)', summary_folded: ' quy dinh boi thuong da sua ' }).where('id', '=', ids.old!).execute()
    assert.ok(portal.cache.get('/van-ban?nam=2015'), 'still cached until the event')
    portal.events.emit('documents.changed', { ids: [ids.old!] })
    assert.equal(portal.cache.get('/van-ban?nam=2015'), undefined)
    assert.equal(portal.cache.get(`/van-ban/${slugs.old}`), undefined)
    assert.match(await (await fetch(`${base}/van-ban?nam=2015`)).text(), /Quy định bồi thường \(đã sửa\)/)
    // The page of a document related to it is purged too (it shows the other's summary).
    await fetch(`${base}/van-ban/${slugs.new}`)
    assert.ok(portal.cache.get(`/van-ban/${slugs.new}`))
    portal.events.emit('documents.changed', { ids: [ids.old!] })
    assert.equal(portal.cache.get(`/van-ban/${slugs.new}`), undefined)
  })

  test('the English pages speak English around the data as entered', async () => {
    const list = await portal.app.inject('/en/documents?year=2021')
    assert.equal(list.statusCode, 200)
    const page = parsePage(list.body)
    assert.equal(page.documentElement.getAttribute('lang'), 'en')
    assert.equal(textOf(page, 'main h1'), 'Documents')
    assert.deepEqual(allText(page, '.document-item h3'), ['Quyết định No. 16/2021/QĐ-UBND', 'Nghị quyết No. 05/2021/NQ-HĐND', 'Quyết định No. 15/2021/QĐ-UBND'])
    assert.equal(textOf(page, '.document-count'), '3 documents found')
    assert.equal(textOf(page, '.facet-validity h3'), 'Validity')
    assert.ok(allText(page, '.facet-validity .facet-name').includes('Not yet in force'))
    assert.equal(page.querySelector('.document-item a')!.getAttribute('href'), `/en/documents/${slugs.other15}`)
    assert.equal(page.querySelector('.facet-year a[aria-current]')!.getAttribute('href'), '/en/documents')

    const one = parsePage((await portal.app.inject(`/en/documents/${slugs.new}`)).body)
    assert.equal(one.documentElement.getAttribute('lang'), 'en')
    assert.deepEqual(allText(one, '.document-fields dt').slice(0, 4), ['Number and symbol', 'Kind', 'Issuing body', 'Issued on'])
    assert.deepEqual(allText(one, '.document-relations .relation-name'), ['Replaces', 'Guided by'])
    assert.equal(one.querySelector('.document-relations a')!.getAttribute('href'), `/en/documents/${slugs.old}`)
    assert.match(textOf(one, '.document-fields'), /In force/)
    assert.equal(one.querySelector('link[rel="alternate"][hreflang="vi"]')?.getAttribute('href')?.endsWith(`/van-ban/${slugs.new}`), true)
  })
})

test('every interface word of the register\'s pages comes from a catalogue (the pseudo-language)', async () => {
  const portal = await buildTestPortal({ pseudoLanguage: true })
  try {
    const kindId = await createKind(portal, 'Quyết định', { abbreviation: 'QĐ' })
    const issuerId = await createIssuer(portal, 'UBND tỉnh', 'UBND')
    const fieldId = await createField(portal, 'Đất đai')
    const old = await createDocument(portal, { kindId, issuerId, number: '07/2015/QĐ-UBND', summary: 'Quy định cũ', issuedOn: '2015-03-02', validity: 'expired', fieldIds: [fieldId] })
    const made = await createDocument(portal, {
      kindId, issuerId, number: '15/2021/QĐ-UBND', summary: 'Quy định mới', issuedOn: '2021-05-10', effectiveFrom: '2021-05-20', signer: 'Lê Văn Ký', fieldIds: [fieldId],
      validityOverride: 'partly_expired', validityReason: 'Điều 3 bị bãi bỏ', bodyHtml: '<p>Điều khoản</p>', files: [{ fileName: 'quyet-dinh.pdf', bytes: 3000 }],
    })
    await relate(portal, made.id, 'replaces', old.id)
    // Content: what the clerk entered, and the file's type and name as uploaded.
    const content = ['Quyết định', 'UBND tỉnh', 'Đất đai', '07/2015/QĐ-UBND', '15/2021/QĐ-UBND', 'Quy định cũ', 'Quy định mới', 'Lê Văn Ký', 'Điều 3 bị bãi bỏ', 'Điều khoản', 'quyet-dinh.pdf', 'PDF']
    for (const url of ['/van-ban', '/van-ban?q=khongco', `/van-ban/${made.slug}`, '/en/documents', `/en/documents/${made.slug}`]) {
      const doc = parsePage((await portal.app.inject(url)).body)
      for (const el of doc.querySelectorAll('script, style, .site-header, .site-footer, aside')) el.remove()
      let rest = (doc.querySelector('main')?.textContent ?? '').replace(/⟦[^⟧]*⟧/g, ' ')
      for (const phrase of content) rest = rest.split(phrase).join(' ')
      assert.deepEqual(rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)), [], url)
    }
  } finally {
    await portal.close()
  }
})
