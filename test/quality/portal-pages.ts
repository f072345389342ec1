import { createUser, signIn } from '../support/newsroom.ts'
import { routesOf } from '../support/routes.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The pages issue 13's quality checks look at: every kind of public page a reader meets, and
// every newsroom screen an administrator can open, on the demo portal `npm start` serves.

export const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'

export interface QualityPage {
  /** A short name for reports and screenshot files. */
  name: string
  path: string
  status: number
  /** Search results: `noindex` on purpose, so the indexability audit does not apply. */
  noindex?: boolean
}

export const PUBLIC_PAGES: readonly QualityPage[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'category', path: '/tin-tuc', status: 200 },
  { name: 'article', path: SEED_URL, status: 200 },
  { name: 'tag', path: '/tu-khoa/dan-van-kheo', status: 200 },
  { name: 'search', path: '/tim-kiem?q=dan+van+kheo', status: 200, noindex: true },
  { name: 'notices', path: '/bang-tin', status: 200 },
  { name: 'not-found', path: '/khong-co-trang-nay', status: 404 },
  { name: 'english-home', path: '/en/', status: 200 },
  { name: 'english-search', path: '/en/search?q=investors', status: 200, noindex: true },
  // The documents register (issue 14): its list with facets, a document with relations, a draft open for comments.
  { name: 'documents', path: '/van-ban', status: 200 },
  { name: 'document', path: '/van-ban/15-2021-qd-ubnd', status: 200 },
  { name: 'documents-english', path: '/en/documents', status: 200 },
  // Trang tĩnh (issue 16): a page with sub-pages, and its English version.
  { name: 'static-page', path: '/trang/gioi-thieu', status: 200 },
  { name: 'static-page-english', path: '/en/page/about-us', status: 200 },
]

export interface QualityPortal {
  portal: TestPortal
  base: string
  /** The administrator's session cookie (name=value). */
  adminCookie: string
  newsroomPages: QualityPage[]
}

export async function startQualityPortal(): Promise<QualityPortal> {
  const portal = await buildTestPortal({ seed: true })
  const base = await portal.listen()
  await createUser(portal.db, 'administrator', 'kiemtra-quantri@example.vn')
  const { cookie } = await signIn(portal.app, 'kiemtra-quantri@example.vn')
  return { portal, base, adminCookie: cookie, newsroomPages: await newsroomScreens(portal, cookie) }
}

/**
 * Every newsroom screen: the GET routes under /toa-soan without a parameter that answer the
 * administrator with an HTML page, and the editor of the seed article. Found from the router,
 * so a module's new screen is checked without being added here.
 */
async function newsroomScreens(portal: TestPortal, cookie: string): Promise<QualityPage[]> {
  const seed = await portal.db.selectFrom('articles').select('id').where('slug', '=', SEED_URL.split('/').at(-1)!).executeTakeFirstOrThrow()
  const paths = new Set(routesOf(portal.app)
    .filter((r) => r.methods.includes('GET') && r.path.startsWith('/toa-soan') && !/[:*]/.test(r.path))
    .map((r) => r.path))
  paths.add(`/toa-soan/bai-viet/${seed.id}`)
  const pages: QualityPage[] = []
  for (const path of [...paths].sort()) {
    // "/toa-soan/" is "/toa-soan" again.
    if (path.endsWith('/') && paths.has(path.slice(0, -1))) continue
    const res = await portal.app.inject({ url: path, headers: { cookie } })
    if (res.statusCode !== 200 || !String(res.headers['content-type']).startsWith('text/html')) continue
    pages.push({ name: `newsroom${path.slice('/toa-soan'.length).replaceAll('/', '-') || '-dashboard'}`, path, status: 200 })
  }
  return pages
}
