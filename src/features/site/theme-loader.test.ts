import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage } from '../../../test/support/html.ts'
import { buildTestPortal } from '../../../test/support/test-portal.ts'
import { loadTheme, ThemeError } from './theme-loader.ts'

// THEME_DIR: a theme.css and, optionally, views that replace the header, footer, article card or
// home layout. A theme that cannot be used stops the start, naming its file.
const root = mkdtempSync(join(tmpdir(), 'toasoan-themes-'))
after(() => rmSync(root, { recursive: true, force: true }))

function theme(name: string, files: Record<string, string>): string {
  const dir = join(root, name)
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of Object.entries(files)) {
    if (text === 'DIRECTORY') mkdirSync(join(dir, file))
    else writeFileSync(join(dir, file), text)
  }
  return dir
}

async function startFails(dir: string, file: string, reason: RegExp): Promise<void> {
  await assert.rejects(buildTestPortal({ env: { THEME_DIR: dir } }), (error: Error) => {
    assert.ok(error instanceof ThemeError, String(error))
    assert.equal(error.path, join(dir, file))
    assert.ok(error.message.startsWith(`theme file ${join(dir, file)}: `), error.message)
    assert.match(error.message, reason)
    return true
  })
}

test('no THEME_DIR: the portal\'s own look', async () => {
  const own = await loadTheme(undefined)
  assert.equal(own.stylesheet, undefined)
  assert.deepEqual(own.views, {})
})

test('a theme.css that cannot be read stops the start with its path', async () => {
  await startFails(theme('unreadable', { 'theme.css': 'DIRECTORY' }), 'theme.css', /EISDIR/)
  await startFails(theme('missing', {}), 'theme.css', /ENOENT/)
})

test('a views file that throws on import stops the start with its path and the error', async () => {
  await startFails(theme('throws', { 'theme.css': '', 'views.js': 'throw new Error("lỗi khi nạp giao diện")\n' }), 'views.js', /lỗi khi nạp giao diện/)
  await startFails(theme('syntax', { 'theme.css': '', 'views.js': 'export default (kit => ({\n' }), 'views.js', /Transform failed|SyntaxError|Unexpected/i)
  await startFails(theme('typescript', { 'theme.css': '', 'views.ts': 'const n: number = \n' }), 'views.ts', /views\.ts:\d+:\d+: ERROR: Unexpected end of file/)
})

test('a view that throws when rendered, returns a plain string, or is not one of the four stops the start', async () => {
  await startFails(theme('render', { 'theme.css': '', 'views.js': 'export default () => ({ footer: ({ site }) => site.missing.name })\n' }), 'views.js', /footer|undefined/)
  await startFails(theme('string', { 'theme.css': '', 'views.js': 'export default () => ({ header: () => "<header>" })\n' }), 'views.js', /header must return html`…`/)
  await startFails(theme('sidebar', { 'theme.css': '', 'views.js': 'export default ({ html }) => ({ sidebar: () => html`` })\n' }), 'views.js', /may replace only header, footer, articleCard, homeLayout; not sidebar/)
  await startFails(theme('no-default', { 'theme.css': '', 'views.js': 'export const header = 1\n' }), 'views.js', /default export must be a function/)
})

test('a theme\'s stylesheet is linked after the portal\'s, and its card and home layout are used, escaped', async () => {
  const dir = theme('whole', {
    'theme.css': ':root{--brand:#0b4a8f}\n',
    'views.js': `export default ({ html }) => ({
  articleCard: ({ item, withLead }) => html\`<a class="theme-card" href="\${item.url}">\${item.article.title}</a>\${withLead ? html\`<p class="theme-lead">\${item.article.lead}</p>\` : ''}\`,
  homeLayout: (props) => html\`<h1 class="theme-home">\${props.siteName}</h1>\${props.articleList([props.leadStory, ...props.latest].filter(Boolean))}\`,
})
`,
  })
  const portal = await buildTestPortal({ env: { THEME_DIR: dir } })
  try {
    const category = await createCategory(portal, 'Tin tức')
    await createArticle(portal, { categoryId: category, title: 'Bài <b>đậm</b>' })
    const home = parsePage((await portal.app.inject('/')).body)
    const sheets = [...home.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')!)
    assert.equal(sheets.length, 1)
    assert.match(sheets[0]!, /^\/assets\/giao-dien-[0-9a-f]{12}\.css$/)
    assert.equal((await portal.app.inject(sheets[0]!)).body, ':root{--brand:#0b4a8f}\n')
    const head = (await portal.app.inject('/')).body
    assert.ok(head.indexOf('<style>') < head.indexOf(sheets[0]!), 'after the portal\'s own (carried in the page)')
    assert.equal(home.querySelector('.theme-home')?.textContent, 'Tòa Soạn')
    assert.deepEqual(allText(home, '.article-list .theme-card'), ['Bài <b>đậm</b>'], 'the title is text, not markup')
    const categoryPage = parsePage((await portal.app.inject('/tin-tuc')).body)
    assert.deepEqual(allText(categoryPage, '.article-list .theme-card'), ['Bài <b>đậm</b>'])
    assert.ok(categoryPage.querySelector('.site-header .site-title'), 'the header is still the portal\'s')
  } finally {
    await portal.close()
  }
})
