import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { DUTIES } from './index.ts'

// The compliance page on a fresh demo portal: every duty of the catalogue with a state; red
// lines followed to the screen they link to and put right there turn green (or, for documents,
// to what cannot be undone); rights; the threshold form refuses bad input in Vietnamese.
const PAGE = '/toa-soan/quan-tri/tuan-thu'
const EMC = '<script async src="https://emc.gov.vn/js/emc.js" data-site="toa-soan"></script>'
let portal: TestPortal
const cookies: Record<string, string> = {}

before(async () => {
  portal = await buildTestPortal({ seed: true })
  for (const role of ['administrator', 'approver', 'reporter'] as const) {
    await createUser(portal.db, role, `${role}-tuanthu@example.vn`)
    cookies[role] = (await signIn(portal.app, `${role}-tuanthu@example.vn`)).cookie
  }
})
after(() => portal.close())

const get = (url: string, who = 'administrator') => portal.app.inject({ url, headers: { cookie: cookies[who]! } })
async function post(url: string, fields: Record<string, string>, who = 'administrator') {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookies[who]!), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url, payload, headers: { cookie: cookies[who]!, 'content-type': 'application/x-www-form-urlencoded' } })
}

async function line(duty: string) {
  const row = parsePage((await get(PAGE)).body).querySelector(`tr[data-duty="${duty}"]`)
  assert.ok(row, `the page has the duty ${duty}`)
  return {
    state: row.querySelector('.compliance-state')!.textContent!,
    detail: row.querySelector('.compliance-detail')!.textContent!,
    fix: row.querySelector('a.compliance-fix')?.getAttribute('href') ?? '',
    items: [...row.querySelectorAll('.compliance-items a')].map((a) => ({ label: a.textContent!, href: a.getAttribute('href')! })),
  }
}

/** What an edit form sends as it stands: every field's value, as a browser would. */
function formFields(markup: string): Record<string, string> {
  const form = parsePage(markup).querySelector('main form.form')!
  const fields: Record<string, string> = {}
  for (const input of form.querySelectorAll('input[name], textarea[name], select[name]')) {
    const name = input.getAttribute('name')!
    if (input.tagName === 'TEXTAREA') fields[name] = input.textContent ?? ''
    else if (input.tagName === 'SELECT') fields[name] = input.querySelector('option[selected]')?.getAttribute('value') ?? ''
    else if (input.getAttribute('type') === 'checkbox') { if (input.hasAttribute('checked')) fields[name] = input.getAttribute('value') ?? '1' }
    else fields[name] = input.getAttribute('value') ?? ''
  }
  delete fields._csrf
  return fields
}

test('on a fresh demo every duty of the catalogue is listed with its clauses and a state in words, each checked by a module; no backup taken yet', async () => {
  const res = await get(PAGE)
  assert.equal(res.statusCode, 200)
  const doc = parsePage(res.body)
  const rows = [...doc.querySelectorAll('table.compliance-duties tbody tr')]
  assert.deepEqual(rows.map((r) => r.getAttribute('data-duty')), DUTIES.map((d) => d.id))
  for (const row of rows) {
    assert.match(textOf(row, '.compliance-state'), /^(Đạt|Cần chú ý|Chưa đạt|Chưa áp dụng)$/)
    assert.ok(textOf(row, 'td[data-label="Căn cứ"]').length > 0)
  }
  assert.equal(doc.querySelectorAll('table.compliance-duties th[scope="col"]').length, 5)
  const notApplicable = rows.filter((r) => textOf(r, '.compliance-state') === 'Chưa áp dụng').map((r) => r.getAttribute('data-duty'))
  assert.deepEqual(notApplicable, [], 'every duty has a module that checks it')
  for (const row of rows) {
    const state = textOf(row, '.compliance-state')
    assert.notEqual(state, 'Chưa áp dụng')
    assert.ok(row.querySelector('a.compliance-fix')?.getAttribute('href'), `${row.getAttribute('data-duty')} links to where it is fixed`)
  }
  const backup = await line('backup')
  assert.equal(backup.state, 'Chưa đạt')
  assert.match(backup.detail, /Chưa có bản sao lưu nào/)
  assert.equal(backup.fix, '/toa-soan/quan-tri/sao-luu')
  assert.equal((await line('search')).state, 'Đạt', 'the demo\'s newest article is found by its title typed without diacritics')
  assert.equal((await line('print-save')).state, 'Đạt')
  assert.match((await get('/toa-soan')).body, /href="\/toa-soan\/quan-tri\/tuan-thu"/, 'the newsroom links the page')
})

test('a reporter may not open the page; an approver reads it but changes nothing', async () => {
  assert.equal((await get(PAGE, 'reporter')).statusCode, 403)
  const approver = await get(PAGE, 'approver')
  assert.equal(approver.statusCode, 200)
  assert.equal(parsePage(approver.body).querySelector('form[action$="/nguong"]'), null, 'no settings forms for the approver')
  assert.equal((await post(`${PAGE}/nguong`, { 'questions-on-time': '50' }, 'approver')).statusCode, 403)
  assert.equal((await post(`${PAGE}/kiem-tra-tiep-can`, { checkedOn: '01/12/2026', result: 'dat' }, 'reporter')).statusCode, 403)
  const withoutToken = await portal.app.inject({ method: 'POST', url: `${PAGE}/nguong`, payload: 'questions-on-time=50', headers: { cookie: cookies.administrator!, 'content-type': 'application/x-www-form-urlencoded' } })
  assert.equal(withoutToken.statusCode, 403)
  assert.equal((await portal.db.selectFrom('compliance_thresholds').selectAll().execute()).length, 0)
})

test('a link the approver would be refused at says whose work it is instead; every link left opens for them', async () => {
  const page = parsePage((await get(PAGE, 'approver')).body)
  const emc = page.querySelector('tr[data-duty="emc-code"]')!
  assert.equal(emc.querySelector('a.compliance-fix'), null, 'no link to the administrator\'s screen')
  assert.match(emc.querySelector('.compliance-whose')?.textContent ?? '', /việc của Quản trị hệ thống/)
  const links = [...page.querySelectorAll('.compliance-duties a')].map((a) => a.getAttribute('href')!)
  assert.ok(links.length > 0)
  for (const href of links) assert.notEqual((await get(href, 'approver')).statusCode, 403, `${href} opens for the approver`)
  // The administrator gets the link.
  assert.equal((await line('emc-code')).fix, '/toa-soan/quan-tri/ma-theo-doi')
})

test('the EMC line turns met once the code is pasted through the screen it links to', async () => {
  const before = await line('emc-code')
  assert.equal(before.state, 'Chưa đạt')
  assert.equal((await get(before.fix)).statusCode, 200)
  assert.equal((await post(before.fix, { emc: EMC, analytics: '', confirmed: '1' })).statusCode, 303)
  assert.equal((await line('emc-code')).state, 'Đạt')
})

test('the English structure line lists what lacks a translation, and turns met once each is translated through its link', async () => {
  let current = await line('structure-english')
  assert.equal(current.state, 'Chưa đạt')
  assert.match(current.detail, /^3 mục chưa có bản tiếng Anh\.$/)
  assert.ok(current.items.length > 0)
  for (let round = 0; round < 20 && current.items.length > 0; round++) {
    const { href } = current.items[0]!
    const fields = formFields((await get(href)).body)
    if ('nameEn' in fields) {
      fields.nameEn ||= `Unit ${round}`
      if (fields.functionsHtml) fields.functionsEnHtml = `<p>Functions ${round}</p>`
    } else {
      fields.titleEn ||= `Officer ${round}`
      fields.titleEn += ' (revised)'
    }
    const saved = await post(href, fields)
    assert.equal(saved.statusCode, 303, `${href}: ${saved.body.slice(0, 400)}`)
    current = await line('structure-english')
  }
  assert.equal(current.state, 'Đạt', current.detail)
})

test('an overdue document is listed; published through its link, the line says what went out late, which cannot be undone', async () => {
  const before = await line('documents-on-time')
  assert.equal(before.state, 'Chưa đạt', 'the demo keeps a signed decision unpublished past two working days')
  assert.match(before.items[0]!.label, /^35\/2026\/QĐ-UBND: chưa đăng/)
  assert.equal((await get(before.fix)).statusCode, 200)
  assert.equal((await post(`${before.fix}/dang`, {})).statusCode, 303)
  const after = await line('documents-on-time')
  assert.equal(after.state, 'Cần chú ý')
  assert.match(after.detail, /1 văn bản đăng chậm/)
  assert.match(after.items[0]!.label, /^35\/2026\/QĐ-UBND: đăng sau \d+ ngày làm việc/)
})

test('the threshold refuses what is not a percentage in Vietnamese and keeps what was typed; a valid one is used at once', async () => {
  const before = await line('questions-on-time')
  assert.match(before.detail, /ngưỡng 90%/)
  for (const bad of ['abc', '0', '101', '12.5']) {
    const res = await post(`${PAGE}/nguong`, { 'questions-on-time': bad })
    assert.equal(res.statusCode, 422, bad)
    const doc = parsePage(res.body)
    assert.equal(textOf(doc, '#e-questions-on-time'), 'Xin nhập một số nguyên từ 1 đến 100 (phần trăm).')
    assert.equal(doc.querySelector('#f-questions-on-time')!.getAttribute('value'), bad, 'what was typed is kept')
  }
  assert.equal((await portal.db.selectFrom('compliance_thresholds').selectAll().execute()).length, 0)
  assert.equal((await post(`${PAGE}/nguong`, { 'questions-on-time': '50' })).statusCode, 303)
  assert.match((await line('questions-on-time')).detail, /ngưỡng 50%/)
})

test('the accessibility line reads the last check recorded on the page; a bad day is refused', async () => {
  assert.equal((await line('accessibility')).state, 'Chưa đạt')
  const bad = await post(`${PAGE}/kiem-tra-tiep-can`, { checkedOn: '31/02/2026', result: 'dat', note: '' })
  assert.equal(bad.statusCode, 422)
  assert.match(textOf(parsePage(bad.body), '#e-checkedOn'), /ngày\/tháng\/năm/)
  const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/')
  assert.equal((await post(`${PAGE}/kiem-tra-tiep-can`, { checkedOn: day, result: 'dat', note: 'Kiểm tra bằng NVDA' })).statusCode, 303)
  const after = await line('accessibility')
  assert.equal(after.state, 'Đạt')
  assert.match(after.detail, new RegExp(`${day}: Đạt`))
})
