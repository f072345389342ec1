import assert from 'node:assert/strict'
import { test } from 'node:test'
import { brandCss, BrandStylesheets } from './brand-stylesheet.ts'
import { NO_BRAND_TOKENS, type BrandTokens } from './brand-tokens.ts'
import { FONT_FACES } from './fonts.ts'

const tokens = (choice: Partial<BrandTokens>): BrandTokens => ({ ...NO_BRAND_TOKENS, ...choice })

test('nothing chosen: no brand stylesheet at all, so readers\' pages stay as they were', () => {
  assert.equal(brandCss(NO_BRAND_TOKENS), undefined)
  assert.equal(new BrandStylesheets().of(NO_BRAND_TOKENS), undefined)
})

test('colours become a small :root block of the variables site.css uses', () => {
  const css = brandCss(tokens({ primary: '#0b4a8f', accent: '#0a58ca' }))!
  assert.equal(css.split('\n')[0], ':root{--brand:#0b4a8f;--brand-dark:#08386b;--tagline:#fff;--focus-on-brand:#ffffff;--link:#0a58ca;--focus:#0a58ca}')
  assert.doesNotMatch(css, /@font-face/)
})

test('a chosen font brings its own faces only: Vietnamese and Latin woff2, swapped in when loaded', () => {
  const css = brandCss(tokens({ bodyFont: 'noto-serif', headingFont: 'be-vietnam-pro' }))!
  assert.match(css, /--font-body:"Noto Serif",serif/)
  assert.match(css, /h1,h2,h3,\.site-title\{font-family:"Be Vietnam Pro",sans-serif\}/)
  const faces = css.match(/@font-face\{[^}]*\}/g)!
  assert.equal(faces.length, 12, 'two fonts × (400, 400 italic, 700) × (vietnamese, latin)')
  for (const face of faces) {
    assert.match(face, /font-display:swap/)
    assert.match(face, /src:url\(\/assets\/(noto-serif|be-vietnam-pro)-(vietnamese|latin)-(400|700)-(normal|italic)-[0-9a-f]{12}\.woff2\) format\("woff2"\)/)
    assert.match(face, /unicode-range:U\+/)
  }
  assert.ok(!css.includes('noto-sans-'), 'no face of a font not chosen')
  assert.ok(!/cyrillic|greek|latin-ext/.test(css), 'no other subset')
})

test('the fonts served are the packages\' Vietnamese and Latin woff2 files, nothing else', () => {
  assert.ok(FONT_FACES.length > 0)
  for (const face of FONT_FACES) {
    assert.equal(face.asset.contentType, 'font/woff2')
    assert.equal(face.asset.body.subarray(0, 4).toString('latin1'), 'wOF2')
    assert.equal(face.asset.compressed, undefined, 'woff2 is compressed already')
  }
})

test('a banner is laid on the header on screen only; an address that could break out of url() is dropped', () => {
  assert.match(brandCss(tokens({ headerImageUrl: '/media/uploads/2026/12/bang-ron-1600.webp' }))!,
    /^@media screen\{\.site-header\{background-image:linear-gradient\(rgba\(0,0,0,\.4\),rgba\(0,0,0,\.4\)\),url\("\/media\/uploads\/2026\/12\/bang-ron-1600\.webp"\);/m)
  assert.equal(brandCss(tokens({ headerImageUrl: '/media/x.webp");} body{display:none' })), undefined)
})

test('a stylesheet is found by its address until a few newer ones push it out', () => {
  const sheets = new BrandStylesheets(2)
  const first = sheets.of(tokens({ primary: '#0b4a8f' }))!
  assert.match(first.url, /^\/assets\/thuong-hieu-[0-9a-f]{12}\.css$/)
  assert.equal(sheets.find(first.url), first)
  sheets.of(tokens({ primary: '#083567' }))
  sheets.of(tokens({ primary: '#16325c' }))
  assert.equal(sheets.find(first.url), undefined)
})
