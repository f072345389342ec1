import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestPortal } from '../../../test/support/test-portal.ts'
import { NEWSROOM_STYLESHEET } from './newsroom-stylesheet.ts'

test('the newsroom links its own stylesheet, served for a year; readers\' pages carry none of it', async () => {
  const portal = await buildTestPortal()
  try {
    const signIn = await portal.app.inject('/toa-soan/dang-nhap')
    assert.match(signIn.body, new RegExp(`<link rel="stylesheet" href="${NEWSROOM_STYLESHEET.url}">`))
    const css = await portal.app.inject(NEWSROOM_STYLESHEET.url)
    assert.equal(css.statusCode, 200)
    assert.match(String(css.headers['content-type']), /^text\/css/)
    assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.match(css.body, /\.dashboard-counts/)
    const home = await portal.app.inject('/')
    assert.equal(home.statusCode, 200)
    assert.doesNotMatch(home.body, /dashboard-counts|toa-soan-[0-9a-f]{12}\.css/)
  } finally {
    await portal.close()
  }
})
