import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'
import { createLocale, defineMessages } from '../../platform/i18n/index.ts'
import { html, SafeHtml } from '../../platform/views/html.ts'
import { siteMessages } from './messages.ts'
import type { SiteSettings } from './site-settings.ts'
import { DEFAULT_THEME, type Theme, type ThemeViews, type ThemeViewsModule } from './theme.ts'
import { footerView, headerView } from './views/layout.view.ts'

/** A theme that cannot be used: the start stops, naming the file, rather than serving blank pages. */
export class ThemeError extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(`theme file ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  }
}

const VIEW_NAMES = ['header', 'footer', 'articleCard', 'homeLayout'] as const satisfies readonly (keyof ThemeViews)[]
const VIEW_FILES = ['views.ts', 'views.js', 'views.mjs']

/**
 * THEME_DIR holds theme.css (required: a theme is a look) and may hold views.ts (or .js) whose
 * default export gives some of the replaceable views. Each replaced view is rendered once here
 * with sample props, so one that throws stops the start instead of every page.
 */
export async function loadTheme(dir: string | undefined): Promise<Theme> {
  if (!dir) return DEFAULT_THEME
  const root = resolve(dir)
  const cssPath = join(root, 'theme.css')
  let css: string
  try {
    css = readFileSync(cssPath, 'utf8')
  } catch (error) {
    throw new ThemeError(cssPath, error)
  }
  const viewsPath = VIEW_FILES.map((file) => join(root, file)).find((path) => existsSync(path))
  const views = viewsPath ? await loadViews(viewsPath) : {}
  return Object.freeze({ dir: root, stylesheet: hashedAsset('giao-dien', css, 'css'), views: Object.freeze(views) })
}

/**
 * A views.ts is compiled here (esbuild) rather than left to a TypeScript loader, so a theme works
 * the same when the portal itself starts from compiled JavaScript. It may import types only: what
 * it needs at run time comes through the kit.
 */
async function importViews(path: string): Promise<{ default?: unknown }> {
  if (!path.endsWith('.ts')) return import(pathToFileURL(path).href)
  const { transform } = await import('esbuild')
  const { code } = await transform(readFileSync(path, 'utf8'), { loader: 'ts', format: 'esm', sourcefile: path })
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}

async function loadViews(path: string): Promise<Partial<ThemeViews>> {
  try {
    const module = await importViews(path)
    if (typeof module.default !== 'function') throw new Error('its default export must be a function (kit) => views')
    const given = (module.default as ThemeViewsModule)({ html, defaults: { header: headerView, footer: footerView }, siteMessages, defineMessages }) as Record<string, unknown>
    const unknown = Object.keys(given ?? {}).filter((name) => !(VIEW_NAMES as readonly string[]).includes(name))
    if (unknown.length > 0) throw new Error(`a theme may replace only ${VIEW_NAMES.join(', ')}; not ${unknown.join(', ')}`)
    const views: Partial<ThemeViews> = {}
    for (const name of VIEW_NAMES) {
      const view = given[name]
      if (view === undefined) continue
      if (typeof view !== 'function') throw new Error(`${name} must be a function of its props`)
      const rendered: unknown = (view as (props: unknown) => unknown)(SAMPLE_PROPS[name])
      if (!(rendered instanceof SafeHtml)) throw new Error(`${name} must return html\`…\` (escaped HTML), not ${typeof rendered}`)
      Object.assign(views, { [name]: view })
    }
    return views
  } catch (error) {
    throw new ThemeError(path, error)
  }
}

const SAMPLE_SITE: SiteSettings = { name: 'Tòa Soạn', tagline: 'Khẩu hiệu', governingBody: 'Cơ quan', responsiblePerson: 'Nguyễn Văn A', licence: 'Giấy phép', address: 'Địa chỉ', phone: '0256 3 822 123', email: 'a@example.vn', logoUrl: '' }
const SAMPLE_LOCALE = createLocale('vi')
const SAMPLE_ARTICLE = { url: '/tin-tuc/bai', article: { title: 'Bài viết', lead: 'Tóm tắt', publishedAt: new Date(0), leadImage: { url: '/media/a.webp', alt: '' } } }
const SAMPLE_PROPS: Record<(typeof VIEW_NAMES)[number], unknown> = {
  header: { site: SAMPLE_SITE, nav: [{ name: 'Tin tức', url: '/tin-tuc', current: true }], locale: SAMPLE_LOCALE, homeUrl: '/', searchForm: html``, readingTools: html``, otherLanguages: '', blocks: '' },
  footer: { site: SAMPLE_SITE, locale: SAMPLE_LOCALE, blocks: '' },
  articleCard: { item: SAMPLE_ARTICLE, locale: SAMPLE_LOCALE, withLead: true, withImage: true },
  homeLayout: { siteName: 'Tòa Soạn', locale: SAMPLE_LOCALE, leadStory: SAMPLE_ARTICLE, latest: [SAMPLE_ARTICLE], sections: [{ name: 'Tin tức', url: '/tin-tuc', articles: [SAMPLE_ARTICLE] }], articleList: () => html`` },
}
