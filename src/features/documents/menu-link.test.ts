import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { PORTAL_MODULES } from '../../modules.ts'

// Readers reach the register from the main menu: the module declares its link (menuLinks) and
// the header shows it after the categories, in each language that has an address for it. Hỏi đáp
// declares its own after the register's (order 20).

const menuOf = async (portal: TestPortal, url: string) => {
  const page = parsePage((await portal.app.inject(url)).body)
  // The language switch (last on every page) is the layout's, not a menu entry.
  return [...page.querySelectorAll('.site-nav li:not(.language-switch) a')].map((a) => `${a.textContent} ${a.getAttribute('href')}${a.hasAttribute('aria-current') ? ' (current)' : ''}`)
}

describe('the register in the readers\' menu', () => {
  let portal: TestPortal
  before(async () => {
    portal = await buildTestPortal()
    await createCategory(portal, 'Tin tức')
    await createCategory(portal, 'Dân vận')
  })
  after(() => portal.close())

  test('the home page\'s menu links Văn bản after the categories, and marks it on the register\'s pages', async () => {
    const home = await menuOf(portal, '/')
    // After the categories, every module's link in the order the modules declare (menuLinks' order).
    const declared = PORTAL_MODULES.flatMap((m) => m.menuLinks ?? []).filter((l) => l.href.vi)
      .map((l, i) => ({ l, i })).sort((a, b) => (a.l.order ?? 0) - (b.l.order ?? 0) || a.i - b.i).map(({ l }) => l.href.vi!)
    const moduleLinks = home.slice(-declared.length)
    assert.deepEqual(moduleLinks.map((link) => link.split(' ').at(-1)), declared)
    assert.deepEqual(home.slice(-declared.length - 2, -declared.length), ['Tin tức /tin-tuc', 'Dân vận /dan-van'])
    assert.equal(moduleLinks[declared.indexOf('/van-ban')], 'Văn bản /van-ban')
    assert.ok((await menuOf(portal, '/van-ban')).includes('Văn bản /van-ban (current)'))
    assert.equal(allText(parsePage((await portal.app.inject('/')).body), '.site-nav .module-link a').length, declared.length)
    assert.ok((await menuOf(portal, '/hoi-dap')).includes('Hỏi đáp /hoi-dap (current)'))
    assert.ok((await menuOf(portal, '/phan-anh')).includes('Phản ánh, kiến nghị /phan-anh (current)'))
    assert.ok(declared.indexOf('/phan-anh') > declared.indexOf('/hoi-dap'), 'Phản ánh comes after Hỏi đáp')
  })

  test('the English pages link Documents to /en/documents and Questions and answers to /en/questions', async () => {
    const menu = await menuOf(portal, '/en/')
    assert.ok(menu.includes('Documents /en/documents'), menu.join(' | '))
    assert.ok(menu.includes('Questions and answers /en/questions'), menu.join(' | '))
    assert.ok(!menu.some((item) => item.includes('/phan-anh')), 'feedback has no English pages to link')
    assert.ok((await menuOf(portal, '/en/questions')).includes('Questions and answers /en/questions (current)'))
    assert.ok((await menuOf(portal, '/en/documents')).includes('Documents /en/documents (current)'))
  })
})

test('a portal whose modules declare no menu link has only its categories in the menu', async () => {
  const modules = PORTAL_MODULES.map((m) => (m.menuLinks ? { ...m, menuLinks: undefined } : m))
  const portal = await buildTestPortal({ modules })
  try {
    await createCategory(portal, 'Tin tức')
    const menu = await menuOf(portal, '/')
    assert.ok(menu.includes('Tin tức /tin-tuc'), menu.join(' | '))
    assert.ok(!menu.some((item) => item.includes('/van-ban') || item.includes('/hoi-dap')), menu.join(' | '))
    assert.equal(parsePage((await portal.app.inject('/')).body).querySelector('.site-nav .module-link'), null)
  } finally {
    await portal.close()
  }
})
