import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { askWithFile, codeIn } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { QUESTION_FILE_MAX_BYTES } from './files/question-file.ts'

// A question's optional attachment (issue 15, "as with documents"): judged from its bytes, kept
// in the media storage, seen in the newsroom only by those handling the case, public only when
// the answerer publishes it with the answer, and served under its Vietnamese name.
let portal: TestPortal
let topic: string
const users: Record<string, { cookie: string; csrf: string }> = {}
// Judged by their first bytes, as the register's files are: a PDF, a PNG, a Windows program.
const textPdf = async () => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')
const pngFile = async () => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64, 7)])
const exeFile = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(120), Buffer.from('PE\0\0', 'latin1')])

before(async () => {
  portal = await buildTestPortal()
  topic = String((await portal.db.selectFrom('question_topics').select('id').orderBy('position').executeTakeFirstOrThrow()).id)
  for (const [role, email] of [['editor', 'bientap@example.vn'], ['approver', 'lanhdao@example.vn']] as const) {
    await createUser(portal.db, role, email)
    const cookie = (await signIn(portal.app, email)).cookie
    users[role] = { cookie, csrf: await csrfOf(portal.app, cookie) }
  }
})
after(() => portal.close())

const get = (url: string, who?: string) => portal.app.inject({ method: 'GET', url, headers: who ? { cookie: users[who]!.cookie } : {} })
const post = (url: string, fields: Record<string, string>, who: string) => portal.app.inject({
  method: 'POST', url, headers: { cookie: users[who]!.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: users[who]!.csrf, ...fields }).toString(),
})
const filesOf = (code: string) => portal.db.selectFrom('question_files').innerJoin('questions', 'questions.id', 'question_files.question_id')
  .select(['question_files.id', 'question_files.storage_key', 'question_files.file_name', 'question_files.media_type', 'question_files.is_public', 'questions.id as questionId'])
  .where('questions.code', '=', code).execute()
const countQuestions = async () => Number((await portal.db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

test('the form is multipart with an optional file; a question without a file is received as before', async () => {
  const page = parsePage((await get('/hoi-dap/dat-cau-hoi')).body)
  assert.ok(page.querySelector('form[action="/hoi-dap/dat-cau-hoi"][enctype="multipart/form-data"] input[type="file"][name="attachment"]'))
  assert.match(textOf(page, '#hd-attachment-hint'), /tối đa 10 MB/)
  const res = await askWithFile(portal.app, { topic }, undefined)
  assert.equal(res.statusCode, 200, res.body.slice(0, 300))
  assert.deepEqual(await filesOf(codeIn(res.body)!), [])
})

test('a PDF is judged from its bytes, kept under its name in the media storage, and shown only to those handling the case', async () => {
  const pdf = await textPdf()
  const res = await askWithFile(portal.app, { topic, title: 'Hỏi về giấy phép xây dựng' }, { name: 'Bản vẽ nhà ở.pdf', bytes: pdf, type: 'application/x-whatever' })
  assert.equal(res.statusCode, 200)
  const [file] = await filesOf(codeIn(res.body)!)
  assert.ok(file)
  assert.equal(file.file_name, 'Bản vẽ nhà ở.pdf')
  assert.equal(file.media_type, 'application/pdf')
  assert.equal(Number(file.is_public), 0)
  assert.ok(await portal.media.exists(file.storage_key))

  // The approver sees it and downloads it, with its name kept (RFC 6266) and never cached.
  const casePage = parsePage((await get(`/toa-soan/hoi-dap/${file.questionId}`, 'approver')).body)
  const link = casePage.querySelector(`.question-files a[href="/toa-soan/hoi-dap/${file.questionId}/tep/${file.id}"]`)
  assert.equal(link?.textContent, 'Bản vẽ nhà ở.pdf')
  const download = await get(link!.getAttribute('href')!, 'approver')
  assert.equal(download.statusCode, 200)
  assert.equal(download.headers['content-type'], 'application/pdf')
  assert.equal(download.headers['content-disposition'], `inline; filename="Ban ve nha o.pdf"; filename*=UTF-8''${encodeURIComponent('Bản vẽ nhà ở.pdf')}`)
  assert.equal(download.headers['cache-control'], 'private, no-store')
  assert.ok(download.rawPayload.equals(pdf))

  // An editor not given the case learns a file exists, not what it is.
  const editorPage = (await get(`/toa-soan/hoi-dap/${file.questionId}`, 'editor')).body
  assert.doesNotMatch(editorPage, /Bản vẽ nhà ở/)
  assert.equal((await get(`/toa-soan/hoi-dap/${file.questionId}/tep/${file.id}`, 'editor')).statusCode, 403)
  // Readers: nothing at the public address.
  assert.equal((await get(`/hoi-dap/tep/${file.id}/x.pdf`)).statusCode, 404)
  // Nor at the storage's own address, whoever learns the key: /media/ serves only what modules made public.
  assert.equal((await portal.app.inject(`/media/${file.storage_key}`)).statusCode, 404)
})

test('a program named .pdf and a file over 10 MB are refused with the form again, and nothing is kept', async () => {
  const before = await countQuestions()
  const exe = await askWithFile(portal.app, { topic, title: '' }, { name: 'ho-so.pdf', bytes: exeFile(), type: 'application/pdf' })
  assert.equal(exe.statusCode, 422)
  const page = parsePage(exe.body)
  assert.match(textOf(page, '#hd-e-attachment'), /chương trình chạy được/)
  assert.equal(textOf(page, '#hd-e-title'), 'Xin nhập tiêu đề câu hỏi.', 'the other fields\' messages come with the file\'s')
  assert.match(textOf(page, '#hd-attachment-hint'), /xin chọn lại/)
  const big = await askWithFile(portal.app, { topic }, { name: 'anh.png', bytes: Buffer.concat([await pngFile(), Buffer.alloc(QUESTION_FILE_MAX_BYTES)]) })
  assert.equal(big.statusCode, 422)
  assert.match(textOf(parsePage(big.body), '#hd-e-attachment'), /lớn hơn 10 MB/)
  assert.equal(await countQuestions(), before)
  assert.equal((await portal.db.selectFrom('question_files').select('id').execute()).length, 1, 'only the PDF of the test before')
})

test('published with the answer by the answerer\'s choice: listed on the question\'s page and downloadable; taken back, gone', async () => {
  const res = await askWithFile(portal.app, { topic, title: 'Ảnh chụp biển báo' }, { name: 'biển báo.png', bytes: await pngFile(), type: 'image/png' })
  const [file] = await filesOf(codeIn(res.body)!)
  const id = file!.questionId
  const approver = 'approver'
  const editorId = (await portal.db.selectFrom('users').select('id').where('email', '=', 'bientap@example.vn').executeTakeFirstOrThrow()).id
  await post(`/toa-soan/hoi-dap/${id}/buoc`, { 'thao-tac': 'assign', assignee: String(editorId) }, approver)
  await post(`/toa-soan/hoi-dap/${id}/buoc`, { 'thao-tac': 'start' }, 'editor')
  await post(`/toa-soan/hoi-dap/${id}/tra-loi`, { answerHtml: '<p>Biển báo này đúng quy định.</p>' }, 'editor')
  await post(`/toa-soan/hoi-dap/${id}/buoc`, { 'thao-tac': 'submit' }, 'editor')
  await post(`/toa-soan/hoi-dap/${id}/buoc`, { 'thao-tac': 'approve' }, approver)
  const slug = (await portal.db.selectFrom('questions').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug!
  assert.equal(parsePage((await get(`/hoi-dap/${slug}`)).body).querySelector('.question-files'), null, 'not public until chosen')

  const published = await post(`/toa-soan/hoi-dap/${id}/tep/${file!.id}/cong-bo`, { public: '1' }, 'editor')
  assert.equal(published.statusCode, 303)
  const page = parsePage((await get(`/hoi-dap/${slug}`)).body)
  const href = page.querySelector('.question-files a')?.getAttribute('href')
  assert.equal(href, `/hoi-dap/tep/${file!.id}/${encodeURIComponent('biển báo.png')}`)
  const download = await get(href!)
  assert.equal(download.statusCode, 200)
  assert.equal(download.headers['content-type'], 'image/png')
  assert.match(String(download.headers['content-disposition']), /^inline; filename="bien bao.png"/)
  assert.equal(download.headers['x-content-type-options'], 'nosniff')

  await post(`/toa-soan/hoi-dap/${id}/tep/${file!.id}/cong-bo`, { public: '0' }, approver)
  assert.equal(parsePage((await get(`/hoi-dap/${slug}`)).body).querySelector('.question-files'), null, 'the cached page was purged')
  assert.equal((await get(href!)).statusCode, 404)
})
