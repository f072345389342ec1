import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { writeSiteSettings } from './site-settings.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The header and footer are kept between pages (portal-chrome.ts): what they show must still
// follow the page's section, the categories and the settings.

let portal: TestPortal
before(async () => {
  portal = await buildTestPortal({ env: { PAGE_CACHE: 'false' } })
})
after(() => portal.close())

const current = (body: string) => /<a href="([^"]+)" aria-current="true">/.exec(body)?.[1]

test('each section marks its own menu item, the home page none', async () => {
  await createCategory(portal, 'Tin tức')
  await createCategory(portal, 'Dân vận')
  const news = (await portal.app.inject('/tin-tuc')).body
  const mobilisation = (await portal.app.inject('/dan-van')).body
  assert.equal(current(news), '/tin-tuc')
  assert.equal(current(mobilisation), '/dan-van')
  assert.equal(current((await portal.app.inject('/tin-tuc')).body), '/tin-tuc')
  assert.equal(current((await portal.app.inject('/')).body), undefined)
})

test('a new category and a renamed portal show in the header of pages already rendered', async () => {
  assert.doesNotMatch((await portal.app.inject('/')).body, /Văn hóa - Xã hội/)
  await createCategory(portal, 'Văn hóa - Xã hội')
  assert.match((await portal.app.inject('/')).body, /<a href="\/van-hoa-xa-hoi">Văn hóa - Xã hội<\/a>/)
  await writeSiteSettings(portal.db, { name: 'Cổng thông tin Ban Dân vận tỉnh Mới' })
  portal.events.emit('settings.changed', {})
  const home = (await portal.app.inject('/')).body
  assert.match(home, /<a class="site-title" href="\/"><span class="site-name">Cổng thông tin Ban Dân vận tỉnh Mới<\/span><\/a>/)
})
