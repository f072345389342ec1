import assert from 'node:assert/strict'
import { test } from 'node:test'
import { allText, parsePage } from '../../../test/support/html.ts'
import { createUser, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal } from '../../../test/support/test-portal.ts'

// The demo portal's reports: its points table and merged spellings, and a way from this month
// (the demo's articles are older) to the month of the newest article.

test('the demo has a points table, merges for Lê Hải, and the royalty sheet of its articles', async () => {
  const portal = await buildTestPortal({ seed: true, clock: new TestClock(new Date('2026-12-07T03:00:00Z')) })
  try {
    await createUser(portal.db, 'administrator', 'quantri@example.vn')
    const { cookie } = await signIn(portal.app, 'quantri@example.vn')
    const first = parsePage((await portal.app.inject({ url: '/toa-soan/bao-cao', headers: { cookie } })).body)
    assert.equal(first.querySelector('.report-hint a')?.getAttribute('href'), '/toa-soan/bao-cao?tu=2021-03-01&den=2021-03-31')
    assert.equal(first.querySelector<HTMLInputElement>('#f-pointsAnh')?.getAttribute('value'), '2,5')
    assert.deepEqual(allText(first, 'table.author-aliases tbody th'), ['L.Hải', 'Le Hai', 'Lê Hải (TTXVN)'])
    const res = await portal.app.inject({ url: '/toa-soan/bao-cao?tu=2020-06-01&den=2021-03-31', headers: { cookie } })
    assert.equal(res.statusCode, 200)
    const page = parsePage(res.body)
    assert.ok(allText(page, '#bang-nhuan-but tbody th').includes('Lê Hải'))
    assert.ok(allText(page, '#bang-chuyen-muc tbody th').length >= 3)
    const [, , bai, anh, tin] = allText(page, '#bang-nhuan-but tfoot th, #bang-nhuan-but tfoot td').map(Number)
    assert.ok(bai! >= 10 && tin! >= 10 && anh! >= 5, `bài ${bai}, ảnh ${anh}, tin ${tin}`)
  } finally {
    await portal.close()
  }
})
