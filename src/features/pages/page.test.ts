import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resolveMenu, type MenuTargets } from './built-menus.ts'
import { linkProblem } from './menu-form.ts'
import type { MenuItem } from './menu.ts'
import { inTreeOrder, isShown, pagePath, type Page } from './page.ts'

const page = (id: number, parentId: number | null, slug: string, live = true): Page => ({
  id, parentId, slug, slugEn: '', position: id, status: live ? 'published' : 'draft', liveRevisionId: live ? id * 10 : null, publishedAt: null,
  updatedAt: new Date(0), title: slug, bodyHtml: '', titleEn: '', bodyEnHtml: '',
})

test('a page is shown only when it and every page above it are published', () => {
  const pages = [page(1, null, 'gioi-thieu'), page(2, 1, 'lich-su'), page(3, null, 'nhap', false), page(4, 3, 'con')]
  assert.deepEqual(pages.map((p) => isShown(pages, p.id)), [true, true, false, false])
  assert.equal(pagePath(pages, 2), '/trang/gioi-thieu/lich-su')
  assert.deepEqual(inTreeOrder(pages).map(({ page: p, depth }) => `${depth}:${p.slug}`), ['0:gioi-thieu', '1:lich-su', '0:nhap', '1:con'])
})

test('a page in a loop of parents is never shown and the tree order stops', () => {
  const pages = [page(1, 2, 'a'), page(2, 1, 'b')]
  assert.equal(isShown(pages, 1), false)
  assert.deepEqual(inTreeOrder(pages), [])
})

test('a menu link is an http(s) address or a path on this portal; nothing else', () => {
  for (const good of ['https://chinhphu.vn', 'http://example.vn/a?b=c', '/van-ban', '/trang/gioi-thieu']) assert.equal(linkProblem(good), undefined, good)
  for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '//evil.example', 'vbscript:x', 'ftp://x.vn', 'chinhphu.vn', '/a b', '/\\evil']) {
    assert.ok(linkProblem(bad), bad)
  }
})

test('a built menu keeps two levels in order and leaves out items whose target has gone, with their children', () => {
  const item = (id: number, parentId: number | null, position: number, kind: MenuItem['kind'], target: string, label = ''): MenuItem =>
    ({ id, menu: 'main', lang: 'vi', parentId, position, kind, target, label })
  const targets: MenuTargets = {
    category: (id) => (id === 5 ? { name: 'Tin tức', url: '/tin-tuc' } : undefined),
    page: (id) => (id === 7 ? { name: 'Giới thiệu', url: '/trang/gioi-thieu' } : undefined),
    module: (href) => (href === '/van-ban' ? { name: 'Văn bản', url: '/van-ban' } : undefined),
  }
  const menu = resolveMenu([
    item(1, null, 1, 'page', '7'), item(2, null, 0, 'category', '5', 'Tin hoạt động'), item(3, 1, 0, 'module', '/van-ban'),
    item(4, 1, 1, 'link', 'https://chinhphu.vn', 'Chính phủ'), item(5, null, 2, 'category', '99'), item(6, 5, 0, 'link', '/x', 'Mồ côi'),
  ], targets)
  assert.deepEqual(menu, [
    { name: 'Tin hoạt động', url: '/tin-tuc' },
    { name: 'Giới thiệu', url: '/trang/gioi-thieu', children: [{ name: 'Văn bản', url: '/van-ban' }, { name: 'Chính phủ', url: 'https://chinhphu.vn' }] },
  ])
})
