import assert from 'node:assert/strict'
import { test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal } from '../../../test/support/test-portal.ts'
import { foldedWords } from '../../platform/text/word-match.ts'
import { numberKey } from './number.ts'

test('the newsroom\'s list of documents pages by keyset, newest issued first, every document once, with its filters kept', async () => {
  const portal = await buildTestPortal()
  try {
    const { db } = portal
    await db.insertInto('document_issuers').values({ name: 'UBND tỉnh Bình Định' }).execute()
    const kind = (await db.selectFrom('document_kinds').select('id').where('name', '=', 'Quyết định').executeTakeFirstOrThrow()).id
    const issuer = (await db.selectFrom('document_issuers').select('id').executeTakeFirstOrThrow()).id
    const now = new Date().toISOString()
    // 35 drafts over four days (several on one day: the id breaks the tie) and one published.
    for (let i = 1; i <= 36; i++) {
      const number = `${i}/2026/QĐ-UBND`
      const summary = `Quyết định về việc số ${i}`
      await db.insertInto('documents').values({
        slug: `qd-${i}`, kind_id: kind, issuer_id: issuer, number, number_key: numberKey(number), summary, summary_folded: foldedWords(summary),
        issued_on: `2026-11-0${1 + (i % 4)}`, status: i === 36 ? 'published' : 'draft', published_at: i === 36 ? now : null, created_at: now, updated_at: now,
      }).execute()
    }
    await createUser(db, 'clerk', 'vanthu@example.vn')
    const cookie = (await signIn(portal.app, 'vanthu@example.vn')).cookie
    const open = async (url: string) => parsePage((await portal.app.inject({ url, headers: { cookie } })).body)

    const first = await open('/toa-soan/van-ban?trang-thai=nhap')
    assert.equal(textOf(first, '.list-summary'), '35 văn bản.')
    const firstNumbers = allText(first, '.document-list tbody td:first-child')
    assert.equal(firstNumbers.length, 30)
    const days = allText(first, '.document-list tbody td[data-label="Ngày ban hành"]')
    assert.deepEqual(days, [...days].sort((a, b) => b.split('/').reverse().join().localeCompare(a.split('/').reverse().join())), 'newest issued first')
    const next = first.querySelector('a[rel=next]')!.getAttribute('href')!
    assert.match(next, /trang-thai=nhap/, 'the next page keeps the filter')

    const second = await open(next)
    const secondNumbers = allText(second, '.document-list tbody td:first-child')
    assert.equal(secondNumbers.length, 5)
    assert.equal(new Set([...firstNumbers, ...secondNumbers]).size, 35)
    assert.ok(!secondNumbers.includes('36/2026/QĐ-UBND') && !firstNumbers.includes('36/2026/QĐ-UBND'), 'the published one is filtered out')
    assert.equal(second.querySelector('a[rel=next]'), null)
    assert.equal(second.querySelector('.pager a')!.getAttribute('href'), '/toa-soan/van-ban?trang-thai=nhap')

    // A cursor or filter that cannot be read shows the wider list, never an error.
    assert.equal(textOf(await open('/toa-soan/van-ban?sau=xyz&loai=abc&nam=99999'), '.list-summary'), '36 văn bản.')
  } finally {
    await portal.close()
  }
})
