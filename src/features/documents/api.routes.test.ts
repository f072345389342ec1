import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { apiContract, type ApiContract } from '../../../test/support/api-contract.ts'
import { createDocument, createField, createIssuer, createKind, relate } from '../../../test/support/documents.factory.ts'
import { replaceBlockPlacements } from '../site/index.ts'
import { allText, parsePage } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The register as structured data (/api/v1/documents), and where it reaches the rest of the
// portal: the "Văn bản mới" block, feeds per kind and issuer, the sitemap and the site search.

describe('the register\'s API, block, feeds, sitemap and search', () => {
  let portal: TestPortal
  // Every API reply below is checked against the schema its route declares (the OpenAPI document).
  let api: ApiContract
  let decision: number
  let province: number
  let land: number
  const ids: Record<string, number> = {}

  before(async () => {
    portal = await buildTestPortal()
    api = await apiContract(portal.app)
    decision = await createKind(portal, 'Quyết định', { abbreviation: 'QĐ' })
    const letter = await createKind(portal, 'Công văn', { hasValidity: false })
    province = await createIssuer(portal, 'UBND tỉnh Bình Định', 'UBND')
    const department = await createIssuer(portal, 'Sở Tư pháp', 'STP')
    land = await createField(portal, 'Đất đai')
    ids.old = (await createDocument(portal, { kindId: decision, issuerId: province, number: '07/2015/QĐ-UBND', summary: 'Quy định bồi thường cũ', issuedOn: '2015-03-02', validity: 'expired', fieldIds: [land] })).id
    ids.new = (await createDocument(portal, {
      kindId: decision, issuerId: province, number: '15/2021/QĐ-UBND', summary: 'Ban hành quy định về bồi thường, hỗ trợ, tái định cư', issuedOn: '2021-05-10',
      effectiveFrom: '2021-05-20', fieldIds: [land], files: [{ fileName: 'Quyết định.pdf', bytes: 2048, text: 'Bảng giá đất thành phố Quy Nhơn' }],
    })).id
    ids.letter = (await createDocument(portal, { kindId: letter, issuerId: department, number: '456/STP-HCTP', summary: 'Về việc rà soát văn bản', issuedOn: '2022-01-05', validity: null })).id
    ids.draft = (await createDocument(portal, { kindId: decision, issuerId: province, number: '99/2022/QĐ-UBND', summary: 'Dự thảo chưa ban hành', issuedOn: '2022-12-01', status: 'draft' })).id
    await relate(portal, ids.new, 'replaces', ids.old)
  })
  after(() => portal.close())

  test('GET /api/v1/documents lists published documents with the readers\' filters and a keyset cursor', async () => {
    const all = await api.inject('/api/v1/documents')
    assert.equal(all.statusCode, 200)
    assert.match(all.headers['content-type'] as string, /application\/json/)
    const body = all.json()
    assert.deepEqual(body.data.map((d: { number: string }) => d.number), ['456/STP-HCTP', '15/2021/QĐ-UBND', '07/2015/QĐ-UBND'])
    assert.equal(body.nextCursor, null)
    assert.deepEqual(body.data[1], {
      id: ids.new, slug: body.data[1].slug, number: '15/2021/QĐ-UBND', kind: { id: decision, name: 'Quyết định' }, issuer: { id: province, name: 'UBND tỉnh Bình Định' },
      issuedOn: '2021-05-10', title: '', summary: 'Ban hành quy định về bồi thường, hỗ trợ, tái định cư', validity: 'in_force', url: `/van-ban/${body.data[1].slug}`,
    })
    assert.equal(body.data[0].validity, null, 'a letter has no validity')

    const paged = (await api.inject('/api/v1/documents?limit=2')).json()
    assert.equal(paged.data.length, 2)
    const rest = (await api.inject(`/api/v1/documents?limit=2&cursor=${encodeURIComponent(paged.nextCursor)}`)).json()
    assert.deepEqual(rest.data.map((d: { number: string }) => d.number), ['07/2015/QĐ-UBND'])
    assert.equal(rest.nextCursor, null)

    const filtered = (await api.inject(`/api/v1/documents?kind=${decision}&field=${land}&year=2021&validity=in_force`)).json()
    assert.deepEqual(filtered.data.map((d: { id: number }) => d.id), [ids.new])
    assert.deepEqual((await api.inject('/api/v1/documents?q=quyet+dinh+15+2021')).json().data[0].id, ids.new)
    assert.deepEqual((await api.inject('/api/v1/documents?q=gia+dat+quy+nhon')).json().data.map((d: { id: number }) => d.id), [ids.new])

    for (const bad of ['?year=21', '?validity=mostly', '?cursor=nope', '?limit=500', '?unknown=1']) {
      const res = await api.inject(`/api/v1/documents${bad}`)
      assert.equal(res.statusCode, 400, bad)
      assert.equal(typeof res.json().error.message, 'string')
    }
  })

  test('GET /api/v1/documents/{id} gives a published document with files and relations both ways; a draft is a 404', async () => {
    const res = (await api.inject(`/api/v1/documents/${ids.new}`)).json()
    assert.equal(res.data.number, '15/2021/QĐ-UBND')
    assert.equal(res.data.effectiveFrom, '2021-05-20')
    assert.deepEqual(res.data.fields, [{ id: land, name: 'Đất đai' }])
    assert.equal(res.data.files.length, 1)
    assert.deepEqual(Object.keys(res.data.files[0]).sort(), ['bytes', 'fileName', 'id', 'mediaType', 'url'])
    assert.equal(res.data.files[0].url, `/van-ban/tep/${res.data.files[0].id}/${encodeURIComponent('Quyết định.pdf')}`)
    assert.deepEqual(res.data.relations.map((r: { kind: string; direction: string; document: { id: number } }) => [r.kind, r.direction, r.document.id]), [['replaces', 'acting', ids.old]])
    const old = (await api.inject(`/api/v1/documents/${ids.old}`)).json()
    assert.deepEqual(old.data.relations.map((r: { kind: string; direction: string; document: { id: number } }) => [r.kind, r.direction, r.document.id]), [['replaces', 'other', ids.new]])
    assert.equal(old.data.validity, 'expired')
    const draft = await api.inject(`/api/v1/documents/${ids.draft}`)
    assert.equal(draft.statusCode, 404)
    assert.equal(draft.json().error.message, 'Document not found')
    assert.equal((await api.inject('/api/v1/documents/abc')).statusCode, 400)
  })

  test('the OpenAPI document describes both services', async () => {
    const openapi = (await portal.app.inject('/api/v1/openapi.json')).json()
    assert.ok(openapi.paths['/documents']?.get, 'the list')
    assert.ok(openapi.paths['/documents/{id}']?.get, 'one document')
    const parameters = openapi.paths['/documents'].get.parameters.map((p: { name: string }) => p.name).sort()
    assert.deepEqual(parameters, ['cursor', 'field', 'issuer', 'kind', 'limit', 'q', 'validity', 'year'])
  })

  test('the "Văn bản mới" block, once placed in the sidebar, lists the newest and follows changes', async () => {
    assert.equal(parsePage((await portal.app.inject('/')).body).querySelector('.documents-block'), null, 'nowhere until placed')
    await replaceBlockPlacements(portal.db, [{ blockId: 'documents-newest', slot: 'sidebar', position: 0, shown: true }])
    portal.events.emit('layout.changed', {})
    const sidebar = async () => allText(parsePage((await portal.app.inject('/')).body), 'aside.sidebar .documents-block li a')
    assert.deepEqual(await sidebar(), ['Công văn số 456/STP-HCTP', 'Quyết định số 15/2021/QĐ-UBND', 'Quyết định số 07/2015/QĐ-UBND'])
    const made = await createDocument(portal, { kindId: decision, issuerId: province, number: '01/2023/QĐ-UBND', summary: 'Mới nhất', issuedOn: '2023-01-02' })
    assert.equal((await sidebar())[0], 'Quyết định số 01/2023/QĐ-UBND')
    await portal.db.deleteFrom('documents').where('id', '=', made.id).execute()
    portal.events.emit('documents.changed', { ids: [made.id] })
    assert.equal((await sidebar())[0], 'Công văn số 456/STP-HCTP')
  })

  test('RSS per kind and per issuer have only theirs, with absolute links', async () => {
    const kindFeed = await portal.app.inject(`/van-ban/rss/loai/${decision}`)
    assert.equal(kindFeed.statusCode, 200)
    assert.match(kindFeed.headers['content-type'] as string, /application\/rss\+xml/)
    const titles = [...kindFeed.body.matchAll(/<item>\s*<title>([^<]*)<\/title>\s*<link>([^<]*)<\/link>/g)].map((m) => [m[1], m[2]])
    assert.deepEqual(titles.map(([t]) => t), ['Quyết định số 15/2021/QĐ-UBND', 'Quyết định số 07/2015/QĐ-UBND'])
    assert.ok(titles.every(([, link]) => link!.startsWith(`${portal.config.publicUrl}/van-ban/`)))
    assert.match(kindFeed.body, /<title>Văn bản mới: Quyết định - /)
    const issuerFeed = await portal.app.inject(`/van-ban/rss/co-quan/${ids.letter ? (await portal.db.selectFrom('document_issuers').select('id').where('name', '=', 'Sở Tư pháp').executeTakeFirstOrThrow()).id : 0}`)
    assert.deepEqual([...issuerFeed.body.matchAll(/<item>\s*<title>([^<]*)</g)].map((m) => m[1]), ['Công văn số 456/STP-HCTP'])
    // The list narrowed to a kind offers its feed to feed readers.
    const narrowed = parsePage((await portal.app.inject(`/van-ban?loai=${decision}`)).body)
    assert.equal(narrowed.querySelector('link[rel="alternate"][type="application/rss+xml"][href^="/van-ban"]')?.getAttribute('href'), `/van-ban/rss/loai/${decision}`)
    for (const missing of ['/van-ban/rss/loai/9999', '/van-ban/rss/co-quan/abc']) assert.equal((await portal.app.inject(missing)).statusCode, 404, missing)
  })

  test('published documents are in the sitemap and in the site search, drafts in neither', async () => {
    // A small portal's sitemap is one file.
    const urls = [...(await portal.app.inject('/sitemap.xml')).body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!).filter((u) => u.includes('/van-ban/'))
    assert.equal(urls.length, 3)
    assert.ok(!urls.some((u) => u.includes('99-2022')), 'no draft')

    await portal.search.whenIdle()
    const found = (await portal.app.inject('/api/v1/search?q=tai+dinh+cu')).json()
    // The site search ranks by its own rules: the document whose summary holds the phrase comes first.
    assert.deepEqual([found.data[0].kind, found.data[0].title], ['document', 'Quyết định 15/2021/QĐ-UBND'])
    const page = parsePage((await portal.app.inject('/tim-kiem?q=tai+dinh+cu')).body)
    assert.ok([...page.querySelectorAll('main a')].some((a) => a.getAttribute('href')?.startsWith('/van-ban/15-2021')), 'the search page links the document')
    const inFile = (await portal.app.inject('/api/v1/search?q=bang+gia+dat+quy+nhon')).json()
    assert.equal(inFile.data[0]?.kind, 'document', 'the files\' text is searched')
    const drafts = (await portal.app.inject('/api/v1/search?q=du+thao+chua+ban+hanh')).json().data
    assert.ok(!drafts.some((r: { title: string }) => r.title.includes('99/2022')), 'a draft is never indexed')
  })
})
