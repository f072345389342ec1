import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import Fastify, { type FastifyInstance } from 'fastify'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { parseXml, textsOf } from '../../../test/support/xml.ts'
import { PageCache } from '../../platform/cache/page-cache.ts'
import { createPublicResponder } from '../../platform/http/public-response.ts'
import { BlockRegistry } from '../../platform/layout/index.ts'
import { ContentSources } from '../../platform/content/index.ts'
import { articleSource } from '../articles/index.ts'
import { CategoryDirectory } from '../categories/index.ts'
import { PortalChrome, registerErrorPages } from '../site/index.ts'
import { sitemapRoutes } from './sitemap.routes.ts'

const SITE = 'https://tinhuy.example.vn'
let portal: TestPortal
const slugs: string[] = []

before(async () => {
  portal = await buildTestPortal({ env: { PUBLIC_URL: SITE } })
  const news = await createCategory(portal, 'Tin tức')
  await createCategory(portal, 'Dân vận', news)
  for (let i = 1; i <= 5; i++) slugs.push((await createArticle(portal, { title: `Bài số ${i}`, categoryId: news })).slug)
  await createArticle(portal, { title: 'Bản nháp', categoryId: news, status: 'draft' })
})
after(() => portal.close())

test('a small portal\'s /sitemap.xml is one urlset: home, every category, every published article with its lastmod', async () => {
  const res = await portal.app.inject('/sitemap.xml')
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8')
  const doc = parseXml(res.body)
  assert.equal(doc.documentElement.tagName, 'urlset')
  assert.equal(doc.documentElement.getAttribute('xmlns'), 'http://www.sitemaps.org/schemas/sitemap/0.9')
  const locs = textsOf(doc, 'loc')
  assert.deepEqual(locs.slice(0, 3), [`${SITE}/`, `${SITE}/tin-tuc`, `${SITE}/tin-tuc/dan-van`])
  assert.deepEqual(locs.slice(3), slugs.map((slug) => `${SITE}/tin-tuc/${slug}`))
  assert.ok(!locs.some((loc) => loc.includes('ban-nhap')), 'no draft')
  const lastmods = textsOf(doc, 'lastmod')
  assert.equal(lastmods.length, slugs.length)
  for (const lastmod of lastmods) assert.match(lastmod, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
})

test('an article file past every id is a 404, on either database', async () => {
  for (const path of ['/sitemap-articles-2.xml', '/sitemap-articles-42950.xml', '/sitemap-articles-999999999.xml']) {
    assert.equal((await portal.app.inject(path)).statusCode, 404, path)
  }
  assert.equal((await portal.app.inject('/sitemap-articles-1.xml')).statusCode, 200)
})

test('robots.txt keeps its Disallow and names the sitemap by its absolute address', async () => {
  const res = await portal.app.inject('/robots.txt')
  assert.match(res.body, /^Disallow: \/api\/$/m)
  assert.match(res.body, /^Sitemap: https:\/\/tinhuy\.example\.vn\/sitemap\.xml$/m)
})

/** The sitemap routes alone, with files of `fileSize` URLs, over the test portal's database. */
async function sitemapApp(fileSize: number): Promise<FastifyInstance> {
  const app = Fastify()
  const categories = new CategoryDirectory(portal.db, portal.events)
  registerErrorPages(app, new PortalChrome(portal.db, portal.events, categories, new BlockRegistry(portal.events, [])))
  await app.register(sitemapRoutes({ sources: new ContentSources([articleSource({ db: portal.db, categories })]), categories, responder: createPublicResponder(app, new PageCache(), true), publicUrl: SITE, fileSize }))
  return app
}

test('past the per-file limit /sitemap.xml is an index of the pages and of article files by id range, none over the limit', async () => {
  const app = await sitemapApp(3)
  try {
    const index = parseXml((await app.inject('/sitemap.xml')).body)
    assert.equal(index.documentElement.tagName, 'sitemapindex')
    const files = textsOf(index, 'loc')
    assert.equal(files[0], `${SITE}/sitemap-pages.xml`)
    assert.ok(files.length >= 3, `pages and at least two article files: ${files.join(' ')}`)
    assert.equal(textsOf(index, 'lastmod').length, files.length - 1)

    const pages = textsOf(parseXml((await app.inject('/sitemap-pages.xml')).body), 'loc')
    assert.deepEqual(pages, [`${SITE}/`, `${SITE}/tin-tuc`, `${SITE}/tin-tuc/dan-van`])
    const listed: string[] = []
    for (const file of files.slice(1)) {
      const res = await app.inject(file.slice(SITE.length))
      assert.equal(res.statusCode, 200, file)
      const locs = textsOf(parseXml(res.body), 'loc')
      assert.ok(locs.length >= 1 && locs.length <= 3, `${file} holds ${locs.length}`)
      listed.push(...locs)
    }
    assert.deepEqual(listed, slugs.map((slug) => `${SITE}/tin-tuc/${slug}`), 'every published article once, in id order')
    assert.equal((await app.inject('/sitemap-articles-999.xml')).statusCode, 404)
    assert.equal((await app.inject('/sitemap-articles-0.xml')).statusCode, 404)
    assert.equal((await app.inject('/sitemap-articles-1.xml?x=1')).statusCode, 404)
  } finally {
    await app.close()
  }
})
