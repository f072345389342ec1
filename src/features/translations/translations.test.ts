import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { SignedIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { seedTranslationDemo } from './translation-demo.ts'
import { findTranslatableArticle } from './translation.repository.ts'

// The English edition of the articles, on both databases: a Vietnamese article chosen for
// translation and its English translation linked in the editor; the two pages name each other
// (hreflang) and the language switch goes from one to the other; the newsroom's status page lists
// what is missing or older than the Vietnamese, the structure's items with the articles'.

const MINUTE = 60_000
// Ahead of the factories' real creation times, so that saves in the editor come after them.
const clock = new TestClock(new Date(Date.now() + 24 * 3600_000))
let portal: TestPortal
let users: SignedIn<'editor' | 'reporter' | 'admin'>
let categoryId: number
let vi: { id: number; slug: string }
let en: { id: number; slug: string }
let otherEn: { id: number; slug: string }

before(async () => {
  portal = await buildTestPortal({ clock })
  users = await SignedIn.as(portal.app, portal.db, {
    editor: ['editor', 'bientap@example.vn'], reporter: ['reporter', 'phongvien@example.vn'], admin: ['administrator', 'quantri@example.vn'],
  })
  categoryId = await createCategory(portal, 'Dân vận')
  vi = await createArticle(portal, { categoryId, title: 'Hội nghị tổng kết công tác dân vận' })
  en = await createArticle(portal, { categoryId, title: 'Mass mobilisation review conference', language: 'en' })
  otherEn = await createArticle(portal, { categoryId, title: 'Another English article', language: 'en' })
})
after(() => portal.close())

const get = (url: string) => portal.app.inject({ url })
const page = async (url: string) => parsePage((await get(url)).body)
const pathOf = (href: string | null | undefined) => new URL(href ?? '', 'http://x').pathname
const hreflang = (doc: Document, lang: string) => doc.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute('href')
const languageSwitch = (doc: Document) => doc.querySelector('nav .language-switch a')?.getAttribute('href')
const statusLines = async (who: 'editor' | 'admin' = 'editor') => allText(parsePage((await users.get('/toa-soan/ban-dich-tieng-anh', who)).body), 'table.translation-list tr')

test('without a translation, an article has no hreflang and the switch goes to the other language\'s home', async () => {
  const viPage = await page(`/dan-van/${vi.slug}`)
  assert.equal(hreflang(viPage, 'en'), undefined)
  assert.equal(languageSwitch(viPage), '/en/')
  const enPage = await page(`/en/${en.slug}`)
  assert.equal(hreflang(enPage, 'vi'), undefined)
  assert.equal(languageSwitch(enPage), '/')
})

test('an editor marks a Vietnamese article "cần dịch": the status page lists it as missing', async () => {
  const editor = parsePage((await users.get(`/toa-soan/bai-viet/${vi.id}`, 'editor')).body)
  assert.ok(editor.querySelector(`form[action="/toa-soan/bai-viet/${vi.id}/ban-dich"] input[name="canDich"]`), 'the editor has the translation choice')
  const saved = await users.post(`/toa-soan/bai-viet/${vi.id}/ban-dich`, { canDich: '1' }, 'editor')
  assert.equal(saved.statusCode, 303)
  assert.equal((await findTranslatableArticle(portal.db, vi.id))!.translationWanted, true)
  const lines = await statusLines()
  assert.ok(lines.some((l) => l.includes('Hội nghị tổng kết công tác dân vận') && l.includes('Chưa có bản tiếng Anh')), lines.join(' | '))
})

test('linking to an English article, a Vietnamese one, or one that does not exist is refused with 422 and the form again', async () => {
  const sameLanguage = await users.post(`/toa-soan/bai-viet/${en.id}/ban-dich`, { banDichCua: String(otherEn.id) }, 'editor')
  assert.equal(sameLanguage.statusCode, 422)
  assert.match(textOf(parsePage(sameLanguage.body), '#e-banDichCua'), /tiếng Việt/)
  const missing = await users.post(`/toa-soan/bai-viet/${en.id}/ban-dich`, { banDichCua: '987654' }, 'editor')
  assert.equal(missing.statusCode, 422)
  assert.match(textOf(parsePage(missing.body), '#e-banDichCua'), /Không có bài viết số 987654/)
  const fromVietnamese = await users.post(`/toa-soan/bai-viet/${vi.id}/ban-dich`, { banDichCua: String(en.id) }, 'editor')
  assert.equal(fromVietnamese.statusCode, 422)
  const garbage = await users.post(`/toa-soan/bai-viet/${en.id}/ban-dich`, { banDichCua: 'abc' }, 'editor')
  assert.equal(garbage.statusCode, 422)
  assert.equal((await findTranslatableArticle(portal.db, en.id))!.translationOf, null)
})

test('a reporter may neither link a translation nor read the status page; a post without the CSRF token is refused', async () => {
  assert.equal((await users.post(`/toa-soan/bai-viet/${en.id}/ban-dich`, { banDichCua: String(vi.id) }, 'reporter')).statusCode, 403)
  assert.equal((await users.get('/toa-soan/ban-dich-tieng-anh', 'reporter')).statusCode, 403)
  assert.equal((await users.post(`/toa-soan/bai-viet/${en.id}/ban-dich`, { banDichCua: String(vi.id) }, 'editor', { csrf: false })).statusCode, 403)
  assert.equal((await findTranslatableArticle(portal.db, en.id))!.translationOf, null)
})

test('once linked, both pages name each other with hreflang and the switch goes to the counterpart', async () => {
  // Seen before the link: the cached pages must be purged by it.
  await get(`/dan-van/${vi.slug}`)
  const editor = parsePage((await users.get(`/toa-soan/bai-viet/${en.id}`, 'editor')).body)
  assert.ok(editor.querySelector(`select[name="banDichCua"] option[value="${vi.id}"]`), 'the chosen Vietnamese article is offered')
  assert.equal((await users.post(`/toa-soan/bai-viet/${en.id}/ban-dich`, { banDichCua: String(vi.id) }, 'editor')).statusCode, 303)
  const viPage = await page(`/dan-van/${vi.slug}`)
  assert.equal(pathOf(hreflang(viPage, 'en')), `/en/${en.slug}`)
  assert.equal(pathOf(hreflang(viPage, 'vi')), `/dan-van/${vi.slug}`)
  assert.equal(languageSwitch(viPage), `/en/${en.slug}`)
  const enPage = await page(`/en/${en.slug}`)
  assert.equal(pathOf(hreflang(enPage, 'vi')), `/dan-van/${vi.slug}`)
  assert.equal(pathOf(hreflang(enPage, 'en')), `/en/${en.slug}`)
  assert.equal(languageSwitch(enPage), `/dan-van/${vi.slug}`)
  // Other pages keep the switch to the other home.
  assert.equal(languageSwitch(await page('/')), '/en/')
  const englishHome = await page('/en/')
  assert.equal(languageSwitch(englishHome), '/')
  assert.ok(allText(englishHome, 'main a').includes('Mass mobilisation review conference'), 'the English home lists the English news')
  assert.ok(!allText(englishHome, 'main a').includes('Hội nghị tổng kết công tác dân vận'), 'and no Vietnamese article')
  const lines = await statusLines()
  assert.ok(!lines.some((l) => l.includes('Hội nghị tổng kết công tác dân vận')), lines.join(' | '))
})

test('one translation per original: a second English article cannot translate the same one', async () => {
  const twice = await users.post(`/toa-soan/bai-viet/${otherEn.id}/ban-dich`, { banDichCua: String(vi.id) }, 'editor')
  assert.equal(twice.statusCode, 422)
  assert.match(textOf(parsePage(twice.body), '#e-banDichCua'), /đã có bản dịch/)
})

async function saveInEditor(id: number, title: string) {
  const row = await portal.db.selectFrom('articles').select(['version', 'lead', 'body_html']).where('id', '=', id).executeTakeFirstOrThrow()
  const saved = await users.post(`/toa-soan/bai-viet/${id}`, { title, lead: row.lead, bodyHtml: row.body_html, categoryId: String(categoryId), version: String(row.version) }, 'admin')
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 500))
}

test('a Vietnamese text changed after the English one is listed as outdated, and the line clears when the translation is updated', async () => {
  clock.advance(MINUTE)
  await saveInEditor(vi.id, 'Hội nghị tổng kết công tác dân vận năm 2026')
  let lines = await statusLines()
  assert.ok(lines.some((l) => l.includes('Hội nghị tổng kết công tác dân vận') && l.includes('sửa sau bản tiếng Anh')), lines.join(' | '))
  const editor = parsePage((await users.get(`/toa-soan/bai-viet/${en.id}`, 'editor')).body)
  assert.match(textOf(editor, '.translation-panel .translation-state'), /sửa sau bản tiếng Anh/)
  clock.advance(MINUTE)
  await saveInEditor(en.id, 'Mass mobilisation review conference 2026')
  lines = await statusLines()
  assert.ok(!lines.some((l) => l.includes('Hội nghị tổng kết công tác dân vận')), lines.join(' | '))
})

test('the status page lists the structure\'s items that lack English through the same extension point', async () => {
  const unit = await users.post('/toa-soan/co-cau/don-vi', { kind: 'co-quan', name: 'Ban Dân vận Tỉnh ủy', email: 'bdv@example.gov.vn', functionsHtml: '<p>Tham mưu</p>' }, 'admin')
  assert.equal(unit.statusCode, 303, unit.body.slice(0, 500))
  const lines = await statusLines('admin')
  assert.ok(lines.some((l) => l.includes('Đơn vị Ban Dân vận Tỉnh ủy') && l.includes('Chưa có bản tiếng Anh')), lines.join(' | '))
  const doc = parsePage((await users.get('/toa-soan/ban-dich-tieng-anh', 'admin')).body)
  assert.deepEqual(allText(doc, 'main h2').slice(0, 3), ['Cơ cấu tổ chức và liên hệ', 'Trang thông tin có bản tiếng Anh', 'Bài viết chọn dịch'])
})

test('unlinking takes the hreflang away from both pages', async () => {
  assert.equal((await users.post(`/toa-soan/bai-viet/${en.id}/ban-dich`, { banDichCua: '' }, 'editor')).statusCode, 303)
  assert.equal(hreflang(await page(`/dan-van/${vi.slug}`), 'en'), undefined)
  assert.equal(languageSwitch(await page(`/en/${en.slug}`)), '/')
})

test('a translation published later: the Vietnamese page, already cached, gains its hreflang and switch', async () => {
  const original = await createArticle(portal, { categoryId, title: 'Tiếp xúc cử tri trước kỳ họp' })
  const draft = await createArticle(portal, { categoryId, title: 'Meeting voters before the session', language: 'en', status: 'draft' })
  assert.equal((await users.post(`/toa-soan/bai-viet/${draft.id}/ban-dich`, { banDichCua: String(original.id) }, 'editor')).statusCode, 303)
  const before = await page(`/dan-van/${original.slug}`)
  assert.equal(hreflang(before, 'en'), undefined, 'an unpublished translation is not named')
  assert.equal(languageSwitch(before), '/en/')
  await portal.db.updateTable('articles').set({ status: 'published', published_at: clock.now().toISOString() }).where('id', '=', draft.id).execute()
  portal.events.emit('article.changed', { articleId: draft.id, categoryIds: [categoryId] })
  const after = await page(`/dan-van/${original.slug}`)
  assert.equal(pathOf(hreflang(after, 'en')), `/en/${draft.slug}`)
  assert.equal(languageSwitch(after), `/en/${draft.slug}`)
})

test('any page passing alternates gets the switch to its counterpart (the structure\'s chart)', async () => {
  assert.equal(languageSwitch(await page('/co-cau-to-chuc')), '/en/organisation')
  assert.equal(languageSwitch(await page('/en/organisation')), '/co-cau-to-chuc')
})

test('the audit log reads the translation choices in words', async () => {
  const log = await users.get('/toa-soan/nhat-ky', 'admin')
  assert.equal(log.statusCode, 200)
  assert.match(log.body, /liên kết bản dịch của bài/)
  assert.match(log.body, /đặt lựa chọn dịch của bài/)
})

test('the demo links an English translation to a Vietnamese article', async () => {
  const original = await createArticle(portal, { categoryId, title: 'Bài mẫu cần dịch' })
  assert.equal(await seedTranslationDemo(portal.db, clock.now()), true)
  const linked = await portal.db.selectFrom('articles').select(['language', 'status']).where('translation_of', '=', original.id).execute()
  assert.deepEqual(linked, [{ language: 'en', status: 'published' }], 'the newest Vietnamese article (the demo\'s review conference when there) has its English translation')
  assert.equal(await seedTranslationDemo(portal.db, clock.now()), false, 'loaded once')
})
