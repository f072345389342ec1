import assert from 'node:assert/strict'
import { test } from 'node:test'
import { headOf, normaliseOldAddress } from './old-address.ts'

test('the forms of one old address are one key', () => {
  const forms = ['/2021/01/Dan-van-kheo/', '/2021/01/dan-van-kheo', 'http://old.gov.vn/2021/01/dan-van-kheo/?utm_source=zalo', '//old.gov.vn/2021//01/dan-van-kheo#top']
  for (const form of forms) assert.equal(normaliseOldAddress(form), '/2021/01/dan-van-kheo', form)
})

test('query-string addresses keep their parameters, sorted, with index files as their folder', () => {
  assert.equal(normaliseOldAddress('/?p=123'), '/?p=123')
  assert.equal(normaliseOldAddress('/index.php?p=123'), '/?p=123')
  assert.equal(normaliseOldAddress('index.php?option=com_content&id=45&view=article'), '/?id=45&option=com_content&view=article')
  assert.equal(normaliseOldAddress('/index.php?view=article&option=com_content&id=45&Itemid='), '/?id=45&option=com_content&view=article')
  assert.equal(normaliseOldAddress('/tin-tuc/chi-tiet.aspx?ID=45'), '/tin-tuc/chi-tiet.aspx?id=45')
})

test('Vietnamese paths are decoded to NFC, whatever escapes the old site used', () => {
  const nfd = '/tin-tức'.normalize('NFD')
  assert.equal(normaliseOldAddress(encodeURI(nfd)), '/tin-tức')
  assert.equal(normaliseOldAddress('/tin-t%E1%BB%A9c/'), '/tin-tức')
  assert.equal(normaliseOldAddress('/bad%escape'), '/bad%escape')
})

test('the head is the first segment, the root\'s is empty', () => {
  assert.equal(headOf('/?p=1'), '')
  assert.equal(headOf('/2021/01/x'), '2021')
  assert.equal(headOf('/category/tin-tuc'), 'category')
})
