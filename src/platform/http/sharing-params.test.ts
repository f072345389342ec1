import assert from 'node:assert/strict'
import test from 'node:test'
import { withoutSharingParams } from './sharing-params.ts'

test('the tracking parameters sharing adds are taken off; the reader\'s own are kept in order', () => {
  assert.equal(withoutSharingParams('/tin-tuc/dan-van?fbclid=IwAR0abc'), '/tin-tuc/dan-van')
  assert.equal(withoutSharingParams('/?utm_source=zalo&utm_medium=social&zarsrc=31'), '/')
  assert.equal(withoutSharingParams('/tim-kiem?utm_campaign=x&q=dan+van&gclid=1&trang=2'), '/tim-kiem?q=dan+van&trang=2')
  assert.equal(withoutSharingParams('/tin-tuc?sau=abc'), '/tin-tuc?sau=abc')
  assert.equal(withoutSharingParams('/tin-tuc'), '/tin-tuc')
})

test('a parameter that merely starts like one, or holds one in its value, is kept', () => {
  assert.equal(withoutSharingParams('/tim-kiem?q=fbclid'), '/tim-kiem?q=fbclid')
  assert.equal(withoutSharingParams('/tim-kiem?fbclidx=1'), '/tim-kiem?fbclidx=1')
  assert.equal(withoutSharingParams('/tim-kiem?q=a%26utm_source%3Dx'), '/tim-kiem?q=a%26utm_source%3Dx')
})
