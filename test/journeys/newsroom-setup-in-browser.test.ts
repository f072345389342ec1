import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import sharp from 'sharp'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createUser, TestClock, TEST_PASSWORD } from '../support/newsroom.ts'
import { toNewsroomLocalInput } from '../../src/features/editorial/draft-form.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The "done when": a new user creates an administrator, invites a reporter and an
// editor, and takes an article from draft to scheduled to published in a real browser. Each
// test is one step of that story and hands its state to the next, so they run in order.
//
// The clock starts at the real time: sessions and their cookies expire relative to it, and
// a cookie already expired by the browser's own clock would be dropped.
const clock = new TestClock(new Date())
let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []

const ADMIN_EMAIL = 'quantri@example.vn'
const REPORTER_EMAIL = 'phongvien.moi@example.vn'
const EDITOR_EMAIL = 'bientap.moi@example.vn'
const ARTICLE_TITLE = 'Ra mắt mô hình “Dân vận khéo” ở xã Phước Sơn'
const IMAGE_ALT = 'Cán bộ xã trò chuyện với người dân tại nhà văn hóa thôn'
const IMAGE_CAPTION = 'Cán bộ xã Phước Sơn gặp gỡ người dân'
const FIRST_WORDS = 'Sáng nay, xã Phước Sơn ra mắt mô hình mới.'
const AUTOSAVED_WORDS = 'Người dân đến dự rất đông.'

// Shared between the steps.
let adminPage: Page
let reporterPage: Page
const invited: Record<'reporter' | 'editor', string> = { reporter: '', editor: '' }
let articleId = 0
let imageSrc = ''

before(async () => {
  portal = await buildTestPortal({ seed: true, clock })
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal?.close()
})

/** A fresh browser session (own cookies), as each person has their own computer. */
async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  contexts.push(context)
  return context.newPage()
}

/** Signs in through the real form, as a person would, and lands on the dashboard. */
async function signIn(email: string, password: string): Promise<Page> {
  const page = await newPage()
  await page.goto(base + '/toa-soan')
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(base + '/toa-soan')
  await page.getByRole('heading', { level: 1, name: 'Bàn làm việc' }).waitFor()
  return page
}

/** With mail off, a password the administrator was shown must be replaced before anything else. */
async function signInFirstTime(email: string, shown: string): Promise<Page> {
  const page = await newPage()
  await page.goto(base + '/toa-soan')
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByLabel('Mật khẩu').fill(shown)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(base + '/toa-soan/mat-khau')
  await page.getByText('Mật khẩu hiện tại do quản trị viên cấp').waitFor()
  await page.getByLabel('Mật khẩu hiện tại').fill(shown)
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(`${shown}-cua-toi`)
  await page.getByLabel('Nhập lại mật khẩu mới').fill(`${shown}-cua-toi`)
  await clickAndWait(page, page.getByRole('button', { name: 'Đổi mật khẩu' }))
  await page.goto(base + '/toa-soan')
  await page.getByRole('heading', { level: 1, name: 'Bàn làm việc' }).waitFor()
  return page
}

/** Clicks something that submits a form or follows a link, and waits for the next page. */
async function clickAndWait(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForNavigation(), target.click()])
}

async function mainText(page: Page): Promise<string> {
  return page.getByRole('main').innerText()
}

async function storedArticle() {
  return portal.db.selectFrom('articles').select(['body_html', 'status', 'slug']).where('id', '=', articleId).executeTakeFirstOrThrow()
}

/** The status can show an earlier autosave (the Enter alone) before the one with the words lands. */
async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  for (const started = Date.now(); !(await condition()); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
  }
}

async function revisionCount(): Promise<number> {
  const rows = await portal.db.selectFrom('article_revisions').select('id').where('article_id', '=', articleId).execute()
  return rows.length
}

test('the administrator exists and signs in through the form', async () => {
  // The CLI that creates the first administrator is tested on its own (create-admin.test.ts).
  await createUser(portal.db, 'administrator', ADMIN_EMAIL)
  adminPage = await signIn(ADMIN_EMAIL, TEST_PASSWORD)
  assert.match(await mainText(adminPage), /Vai trò: Quản trị hệ thống/)
})

test('the administrator invites a reporter and an editor for Dân vận, and reads each one-time password', async () => {
  const invite = async (role: 'reporter' | 'editor', email: string, name: string, roleName: string) => {
    const page = adminPage
    await page.goto(base + '/toa-soan/nguoi-dung')
    await clickAndWait(page, page.getByRole('link', { name: 'Mời người dùng mới' }))
    await page.getByLabel('Thư điện tử').fill(email)
    await page.getByLabel('Họ tên').fill(name)
    await page.getByLabel('Vai trò').selectOption({ label: roleName })
    // "Dân vận chính quyền" is another category: the exact name picks the right box.
    await page.getByRole('group', { name: 'Giới hạn chuyên mục' }).getByRole('checkbox', { name: 'Dân vận', exact: true }).check()
    if (role === 'reporter') await page.screenshot({ path: screenshotPath('newsroom-setup-invite-form'), fullPage: true })
    await clickAndWait(page, page.getByRole('button', { name: 'Tạo tài khoản' }))
    await page.getByRole('heading', { level: 1, name: 'Đã tạo tài khoản' }).waitFor()
    // The only time this password is ever shown.
    invited[role] = (await page.getByRole('code').innerText()).trim()
    assert.ok(invited[role].length >= 12, `a generated password, got "${invited[role]}"`)
    if (role === 'reporter') await page.screenshot({ path: screenshotPath('newsroom-setup-password-once'), fullPage: true })
  }
  await invite('reporter', REPORTER_EMAIL, 'Trần Thị Phóng Viên', 'Phóng viên, cộng tác viên')
  await invite('editor', EDITOR_EMAIL, 'Nguyễn Văn Biên Tập', 'Biên tập viên')
  assert.notEqual(invited.reporter, invited.editor)

  // The users list shows both, limited to Dân vận.
  await adminPage.goto(base + '/toa-soan/nguoi-dung')
  for (const name of ['Trần Thị Phóng Viên', 'Nguyễn Văn Biên Tập']) {
    const row = adminPage.getByRole('row').filter({ has: adminPage.getByRole('link', { name }) })
    assert.match(await row.innerText(), /Dân vận\s+Đang hoạt động/)
  }
})

test('the reporter signs in with that password and writes an article with an uploaded image', async () => {
  reporterPage = await signInFirstTime(REPORTER_EMAIL, invited.reporter)
  const page = reporterPage
  await clickAndWait(page, page.getByRole('link', { name: 'Bài viết', exact: true }))
  await clickAndWait(page, page.getByRole('link', { name: 'Viết bài mới' }))
  await page.getByLabel('Tiêu đề', { exact: true }).fill(ARTICLE_TITLE)
  await page.getByLabel('Sapo').fill('Mô hình giúp cán bộ gần dân, hiểu dân hơn.')
  await page.getByLabel('Chuyên mục').selectOption({ label: '— Dân vận' })
  await page.getByLabel('Hình thức').selectOption('T/h')
  await page.getByLabel('Tên', { exact: true }).fill('Trần Thị Phóng Viên')

  const editor = page.getByRole('textbox', { name: 'Nội dung' })
  await editor.click()
  await page.keyboard.type(FIRST_WORDS)
  await page.keyboard.press('Enter')

  // "Ảnh" opens the image library (issue 13): the reporter uploads a new picture there with its
  // alt text and caption, and it goes into the body (uploaded to /toa-soan/anh.json).
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#a4161a' } }).jpeg().toBuffer()
  await page.getByRole('toolbar', { name: 'Định dạng nội dung' }).getByRole('button', { name: 'Ảnh', exact: true }).click()
  const picker = page.locator('dialog.image-picker')
  await picker.waitFor()
  await picker.getByLabel('Tệp ảnh').setInputFiles({ name: 'phuoc-son.jpg', mimeType: 'image/jpeg', buffer: photo })
  await picker.getByLabel('Lời mô tả ảnh (cho người không xem được ảnh)').fill(IMAGE_ALT)
  await picker.getByLabel('Chú thích', { exact: true }).fill(IMAGE_CAPTION)
  const uploaded = page.waitForResponse((r) => r.url() === base + '/toa-soan/anh.json' && r.request().method() === 'POST')
  await picker.getByRole('button', { name: 'Tải lên và chọn' }).click()
  assert.equal((await uploaded).status(), 201)
  await editor.getByRole('img', { name: IMAGE_ALT }).waitFor()

  await clickAndWait(page, page.getByRole('button', { name: 'Lưu', exact: true }))
  assert.match(page.url(), /\/toa-soan\/bai-viet\/\d+$/)
  articleId = Number(new URL(page.url()).pathname.split('/').at(-1))

  const { body_html: body } = await storedArticle()
  assert.ok(body.includes(FIRST_WORDS), body)
  const img = /<img [^>]*>/.exec(body)?.[0] ?? ''
  imageSrc = /src="([^"]+)"/.exec(img)?.[1] ?? ''
  assert.ok(imageSrc.startsWith('/media/uploads/'), `an uploaded image in ${body}`)
  assert.ok(img.includes(`alt="${IMAGE_ALT}"`), img)
  assert.match(img, /srcset="[^"]*480w/, 'the variants travel with the image')
  assert.ok(body.includes(`<figcaption>${IMAGE_CAPTION}</figcaption>`), `a caption in ${body}`)
  const served = await fetch(base + imageSrc)
  assert.equal(served.status, 200)
  assert.equal(served.headers.get('content-type'), 'image/webp')
})

test('autosave keeps what the reporter types on the saved article', async () => {
  const page = reporterPage
  const articleUrl = `${base}/toa-soan/bai-viet/${articleId}`
  // Autosave runs every minute; the page's own attribute makes it run every 300 ms here.
  await page.route(articleUrl, async (route) => {
    if (route.request().method() !== 'GET') return route.fallback()
    const response = await route.fetch()
    const html = (await response.text()).replace(' data-autosave', ' data-autosave data-autosave-ms="300"')
    return route.fulfill({ response, body: html })
  })
  await page.goto(articleUrl)
  const revisionsBefore = await revisionCount()

  const editor = page.getByRole('textbox', { name: 'Nội dung' })
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  // Enter and the typed words may land in one 300 ms tick or in two: one or two autosaves.
  await page.keyboard.insertText(AUTOSAVED_WORDS)
  await page.getByRole('status').filter({ hasText: /Đã lưu lúc \d{2}:\d{2}/ }).waitFor()

  await waitFor(async () => (await storedArticle()).body_html.includes(AUTOSAVED_WORDS))
  assert.ok(await revisionCount() > revisionsBefore, 'each autosave is a revision')
  await page.unroute(articleUrl)
})

test('the article goes from draft to scheduled to published, with its image', async () => {
  // The reporter sends it for review.
  await reporterPage.goto(`${base}/toa-soan/bai-viet/${articleId}`)
  await clickAndWait(reporterPage, reporterPage.getByRole('button', { name: 'Gửi duyệt' }))
  assert.match(await mainText(reporterPage), /Trạng thái: Chờ biên tập/)

  // The editor of Dân vận, signing in with the invited password, approves it from the queue.
  const editorPage = await signInFirstTime(EDITOR_EMAIL, invited.editor)
  await editorPage.goto(base + '/toa-soan/bai-viet')
  await clickAndWait(editorPage, editorPage.getByRole('navigation', { name: 'Danh sách bài' }).getByRole('link', { name: /Chờ duyệt/ }))
  await clickAndWait(editorPage, editorPage.getByRole('table').getByRole('link', { name: ARTICLE_TITLE }))
  await clickAndWait(editorPage, editorPage.getByRole('button', { name: 'Duyệt', exact: true }))
  assert.match(await mainText(editorPage), /Trạng thái: Chờ xuất bản/)

  // The administrator schedules it five minutes ahead, typed in Vietnam time.
  await adminPage.goto(base + '/toa-soan/bai-viet?hang=cho-xuat-ban')
  await clickAndWait(adminPage, adminPage.getByRole('table').getByRole('link', { name: ARTICLE_TITLE }))
  await adminPage.getByLabel('Xuất bản lúc (giờ Việt Nam)').fill(toNewsroomLocalInput(new Date(clock.now().getTime() + 5 * 60_000)))
  await clickAndWait(adminPage, adminPage.getByRole('button', { name: 'Hẹn giờ xuất bản' }))
  assert.match(await mainText(adminPage), /Trạng thái: Hẹn giờ/)

  // Readers cannot see it yet; a fresh context, though 404 pages are not cached anyway.
  const { slug } = await storedArticle()
  const publicUrl = `${base}/tin-tuc/dan-van/${slug}`
  const early = await newPage()
  assert.equal((await early.goto(publicUrl))!.status(), 404)

  clock.advance(5 * 60_000)
  await portal.scheduler.tick()
  assert.equal((await storedArticle()).status, 'published')

  const reader = await newPage()
  assert.equal((await reader.goto(publicUrl))!.status(), 200)
  assert.equal(await reader.getByRole('heading', { level: 1 }).innerText(), ARTICLE_TITLE)
  const image = reader.getByRole('img', { name: IMAGE_ALT })
  assert.equal(await image.getAttribute('src'), imageSrc)
  await image.scrollIntoViewIfNeeded() // it loads lazily
  await reader.waitForFunction((alt) => {
    const img = [...document.images].find((i) => i.alt === alt)
    return img !== undefined && img.complete && img.naturalWidth > 0
  }, IMAGE_ALT)
  await reader.screenshot({ path: screenshotPath('newsroom-setup-published-article'), fullPage: true })
})

test('every newsroom screen opens for the administrator (screenshots for review)', async () => {
  const page = adminPage
  const articleUrl = `/toa-soan/bai-viet/${articleId}`

  // Revision diffs are reached the way people reach them, from the "Các lần lưu" list. Its
  // first link is the newest save (the same as the article: "giống hệt"); its last is the
  // reporter's first save, whose diff shows the autosaved words going away on restore.
  await page.goto(base + articleUrl)
  const revisionLinks = page.getByRole('region', { name: 'Các lần lưu' }).getByRole('link')
  const newestRevision = await revisionLinks.first().getAttribute('href')
  const firstRevision = await revisionLinks.last().getAttribute('href')
  for (const href of [newestRevision, firstRevision]) assert.ok(href?.startsWith(`${articleUrl}/phien-ban/`), String(href))

  const reporterId = (await portal.db.selectFrom('users').select('id').where('email', '=', REPORTER_EMAIL).executeTakeFirstOrThrow()).id
  const screens: { name: string; path: string; heading: string | RegExp }[] = [
    { name: 'dashboard', path: '/toa-soan', heading: 'Bàn làm việc' },
    { name: 'article-queues', path: '/toa-soan/bai-viet', heading: 'Bài viết' },
    { name: 'article-form', path: articleUrl, heading: 'Sửa bài viết' },
    { name: 'new-article-form', path: '/toa-soan/bai-viet/moi', heading: 'Viết bài mới' },
    { name: 'revision-diff', path: newestRevision!, heading: /^Lần lưu lúc / },
    { name: 'revision-diff-first-save', path: firstRevision!, heading: /^Lần lưu lúc / },
    { name: 'preview', path: `${articleUrl}/xem-truoc`, heading: ARTICLE_TITLE },
    { name: 'users', path: '/toa-soan/nguoi-dung', heading: 'Người dùng' },
    { name: 'user-form', path: `/toa-soan/nguoi-dung/${reporterId}`, heading: 'Người dùng: Trần Thị Phóng Viên' },
    { name: 'own-password', path: '/toa-soan/mat-khau', heading: 'Đổi mật khẩu' },
    { name: 'site-admin', path: '/toa-soan/quan-tri', heading: 'Quản trị trang' },
    { name: 'categories', path: '/toa-soan/quan-tri/chuyen-muc', heading: 'Chuyên mục' },
    { name: 'links', path: '/toa-soan/quan-tri/lien-ket', heading: 'Liên kết website' },
    { name: 'weather-places', path: '/toa-soan/quan-tri/thoi-tiet', heading: 'Địa điểm thời tiết' },
    { name: 'settings', path: '/toa-soan/quan-tri/cai-dat', heading: 'Cài đặt trang' },
    { name: 'block-layout', path: '/toa-soan/quan-tri/bo-cuc', heading: 'Bố cục trang' },
    { name: 'media-library', path: '/toa-soan/anh', heading: 'Thư viện ảnh' },
    { name: 'upload-form', path: '/toa-soan/anh/tai-len', heading: 'Tải ảnh lên' },
    { name: 'audit-log', path: '/toa-soan/nhat-ky', heading: 'Nhật ký hoạt động' },
  ]
  for (const screen of screens) {
    const response = await page.goto(base + screen.path)
    assert.equal(response?.status(), 200, screen.path)
    const h1 = (await page.getByRole('heading', { level: 1 }).innerText()).trim()
    if (typeof screen.heading === 'string') assert.equal(h1, screen.heading, screen.path)
    else assert.match(h1, screen.heading, screen.path)
    await page.screenshot({ path: screenshotPath(`newsroom-setup-${screen.name}`), fullPage: true })
    if (screen.path === firstRevision) {
      // The diff's sections have no accessible name (so no region role): find the body's by its heading.
      const body = page.locator('section.diff').filter({ has: page.getByRole('heading', { name: 'Nội dung', exact: true }) })
      assert.match(await body.getByRole('deletion').allInnerTexts().then((t) => t.join(' ')), new RegExp(AUTOSAVED_WORDS))
    }
  }
})
