import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import sharp from 'sharp'
import { parsePage } from '../../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { writeSiteSettings } from '../site-settings.ts'
import { NO_BRAND_TOKENS, writeBrandTokens } from './brand-tokens.ts'

// The favicon and app icons: drawn in the portal's colour without a logo, made from the logo
// once there is one, linked from every page, and /favicon.ico never a 404.
let portal: TestPortal

before(async () => {
  portal = await buildTestPortal()
})
after(() => portal.close())

const head = async (path = '/') => parsePage((await portal.app.inject(path)).body)
const href = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('href') ?? undefined

/** The images inside an .ico: each entry's size and its PNG. */
function icoImages(ico: Buffer) {
  assert.equal(ico.readUInt16LE(2), 1, 'an icon file')
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i
    const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8))
    return { size: ico.readUInt8(entry) || 256, png }
  })
}

/** The colour at the icon's centre, as #rrggbb. */
async function centreColour(png: Buffer): Promise<string> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * 4
  return '#' + [0, 1, 2].map((c) => data[at + c]!.toString(16).padStart(2, '0')).join('')
}

test('without a logo: /favicon.ico holds 16, 32 and 48 px PNGs, and every page links the icons, the manifest and the theme colour', async () => {
  const res = await portal.app.inject('/favicon.ico')
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'image/x-icon')
  assert.equal(res.headers['cache-control'], 'public, max-age=86400')
  assert.equal(res.headers['set-cookie'], undefined)
  const images = icoImages(res.rawPayload)
  assert.deepEqual(images.map((i) => i.size), [16, 32, 48])
  for (const image of images) {
    const info = await sharp(image.png).metadata()
    assert.deepEqual([info.format, info.width, info.height], ['png', image.size, image.size])
  }

  for (const path of ['/', '/tim-kiem', '/khong-co-trang-nay']) {
    const doc = await head(path)
    assert.equal(href(doc, 'link[rel=icon][href="/favicon.ico"]'), '/favicon.ico', path)
    assert.match(href(doc, 'link[rel=icon][type="image/png"]') ?? '', /^\/assets\/bieu-tuong-[0-9a-f]{12}-32\.png$/, path)
    assert.match(href(doc, 'link[rel=apple-touch-icon]') ?? '', /^\/assets\/bieu-tuong-[0-9a-f]{12}-180\.png$/, path)
    assert.equal(href(doc, 'link[rel=manifest]'), '/site.webmanifest', path)
    assert.equal(doc.querySelector('meta[name=theme-color]')?.getAttribute('content'), '#a4161a', path)
  }
})

test('the icons are PNGs of their size, kept for a year under their address; the manifest names the large ones', async () => {
  const doc = await head()
  const touch = href(doc, 'link[rel=apple-touch-icon]')!
  const res = await portal.app.inject(touch)
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'image/png')
  assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable')
  const info = await sharp(res.rawPayload).metadata()
  assert.deepEqual([info.width, info.height], [180, 180])
  // The drawn icon: the header's red around a white page.
  assert.equal(await centreColour(res.rawPayload), '#ffffff')

  const manifest = await portal.app.inject('/site.webmanifest')
  assert.equal(manifest.statusCode, 200)
  assert.match(manifest.headers['content-type'] as string, /^application\/manifest\+json/)
  const { name, icons, theme_color } = manifest.json() as { name: string; icons: { src: string; sizes: string }[]; theme_color: string }
  assert.equal(name, 'Tòa Soạn')
  assert.equal(theme_color, '#a4161a')
  assert.deepEqual(icons.map((i) => i.sizes), ['192x192', '512x512'])
  for (const icon of icons) {
    const png = await portal.app.inject(icon.src)
    assert.equal(png.statusCode, 200)
    assert.equal((await sharp(png.rawPayload).metadata()).width, Number(icon.sizes.split('x')[0]))
  }
})

test('an icon of another set or size is not found', async () => {
  const touch = href(await head(), 'link[rel=apple-touch-icon]')!
  assert.equal((await portal.app.inject(touch.replace('-180.png', '-64.png'))).statusCode, 404)
  assert.equal((await portal.app.inject('/assets/bieu-tuong-000000000000-180.png')).statusCode, 404)
})

test('a new logo makes new icons from it: new addresses on every page, and /favicon.ico follows at once', async () => {
  const before = await head()
  const oldTouch = href(before, 'link[rel=apple-touch-icon]')!
  const oldFavicon = (await portal.app.inject('/favicon.ico')).rawPayload

  // A green emblem, as the library stores it (a WebP variant under uploads/).
  const logo = await sharp({ create: { width: 480, height: 480, channels: 3, background: '#1e7b34' } }).webp({ lossless: true }).toBuffer()
  await portal.media.put('uploads/2026/12/bieu-trung-480.webp', logo, 'image/webp')
  await writeSiteSettings(portal.db, { logoUrl: '/media/uploads/2026/12/bieu-trung-480.webp' })
  portal.events.emit('settings.changed', {})

  const after = await head()
  const touch = href(after, 'link[rel=apple-touch-icon]')!
  assert.notEqual(touch, oldTouch)
  const icon32 = await portal.app.inject(href(after, 'link[rel=icon][type="image/png"]')!)
  assert.equal(await centreColour(icon32.rawPayload), '#1e7b34')
  const favicon = (await portal.app.inject('/favicon.ico')).rawPayload
  assert.ok(!favicon.equals(oldFavicon), 'the cached favicon was purged with the header')
  assert.equal(await centreColour(icoImages(favicon)[1]!.png), '#1e7b34')
  // A page cached a moment before still finds the icons it links.
  assert.equal((await portal.app.inject(oldTouch)).statusCode, 200)

  await writeSiteSettings(portal.db, { logoUrl: '' })
  portal.events.emit('settings.changed', {})
})

test('a logo that cannot be read leaves the drawn icon, in the header\'s chosen colour; pages still answer', async () => {
  await writeSiteSettings(portal.db, { logoUrl: '/media/uploads/2026/12/khong-con-480.webp' })
  await writeBrandTokens(portal.db, { ...NO_BRAND_TOKENS, primary: '#0b4a8f' })
  portal.events.emit('settings.changed', {})
  const res = await portal.app.inject('/')
  assert.equal(res.statusCode, 200)
  const doc = parsePage(res.body)
  assert.equal(doc.querySelector('meta[name=theme-color]')?.getAttribute('content'), '#0b4a8f')
  const favicon = icoImages((await portal.app.inject('/favicon.ico')).rawPayload)
  // The drawn icon's corner is the header's colour.
  const { data } = await sharp(favicon[2]!.png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const at = (4 * 48 + 2) * 4
  assert.equal('#' + [0, 1, 2].map((c) => data[at + c]!.toString(16).padStart(2, '0')).join(''), '#0b4a8f')
  await writeSiteSettings(portal.db, { logoUrl: '' })
  await writeBrandTokens(portal.db, NO_BRAND_TOKENS)
  portal.events.emit('settings.changed', {})
})
