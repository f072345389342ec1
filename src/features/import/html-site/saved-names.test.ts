import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compileDateFormat } from './date-format.ts'
import { globToRegExp } from './glob.ts'
import { addressesOfSavedPage, isPageLike, resolveOnSite } from './saved-files.ts'

test('wget\'s saved names turn back into the addresses the site served', () => {
  assert.deepEqual(addressesOfSavedPage('tin-tuc/chi-tiet.aspx@id=45'), ['/tin-tuc/chi-tiet.aspx?id=45'])
  assert.deepEqual(addressesOfSavedPage('tin-tuc/chi-tiet.aspx?id=45'), ['/tin-tuc/chi-tiet.aspx?id=45'])
  assert.deepEqual(addressesOfSavedPage('tin-tuc/chi-tiet.aspx@id=45&cat=2.html'), ['/tin-tuc/chi-tiet.aspx?id=45&cat=2'])
  assert.deepEqual(addressesOfSavedPage('lien-he.aspx.html'), ['/lien-he.aspx'])
  assert.deepEqual(addressesOfSavedPage('web/guest/gioi-thieu.html'), ['/web/guest/gioi-thieu.html'])
  assert.deepEqual(addressesOfSavedPage('index.html'), ['/', '/index.html'])
  assert.deepEqual(addressesOfSavedPage('tin-tuc/index.htm'), ['/tin-tuc/', '/tin-tuc/index.htm'])
  // "@" without a query after it is part of the name.
  assert.deepEqual(addressesOfSavedPage('anh/logo@2x.html'), ['/anh/logo@2x.html'])
})

test('pages are told from the template\'s images, styles and scripts', () => {
  assert.equal(isPageLike('tin-tuc/chi-tiet.aspx@id=45'), true)
  assert.equal(isPageLike('gioi-thieu'), true)
  assert.equal(isPageLike('Uploads/anh.jpg'), false)
  assert.equal(isPageLike('css/site.css'), false)
})

test('links resolve on the old site, relative or absolute to one of its origins, never to another site', () => {
  const origins = ['http://soyte.example.gov.vn']
  assert.equal(resolveOnSite('../anh.jpg', '/tin-tuc/a/b.aspx?id=1', origins)?.address, '/tin-tuc/anh.jpg')
  assert.equal(resolveOnSite('http://soyte.example.gov.vn/x.aspx?id=2', '/', origins)?.address, '/x.aspx?id=2')
  assert.equal(resolveOnSite('https://baochinhphu.vn/a.jpg', '/', origins), undefined)
  assert.equal(resolveOnSite('mailto:soyte@example.gov.vn', '/', origins), undefined)
})

test('dates are read by the map\'s format anywhere in the text, in Viet Nam\'s time, and impossible ones refused', () => {
  const format = compileDateFormat('dd/MM/yyyy HH:mm')
  assert.equal(format.parse('Thứ hai, 07/06/2021 14:30 (GMT+7)')?.toISOString(), '2021-06-07T07:30:00.000Z')
  assert.equal(format.parse('7/6/2021 9:05')?.toISOString(), '2021-06-07T02:05:00.000Z')
  assert.equal(format.parse('31/02/2021 09:00'), undefined)
  assert.equal(format.parse('không có ngày'), undefined)
  assert.equal(compileDateFormat("HH:mm 'ngày' dd-MM-yyyy").parse('16:45 ngày 20-01-2022')?.toISOString(), '2022-01-20T09:45:00.000Z')
  assert.equal(compileDateFormat('dd/MM/yy').parse('01/10/20')?.toISOString(), '2020-09-30T17:00:00.000Z')
  assert.equal(compileDateFormat('iso').parse('2021-06-07T14:30')?.toISOString(), '2021-06-07T07:30:00.000Z')
  assert.equal(compileDateFormat('iso').parse('2021-06-07T14:30:00Z')?.toISOString(), '2021-06-07T14:30:00.000Z')
  assert.throws(() => compileDateFormat('MM/yyyy'), /must name the day/)
})

test('globs match whole saved paths: * within a folder, ** across folders, {a,b} either', () => {
  const glob = globToRegExp('tin-tuc/*/chi-tiet.aspx{@,?}id=*')
  assert.equal(glob.test('tin-tuc/y-te/chi-tiet.aspx@id=2.html'), true)
  assert.equal(glob.test('tin-tuc/y-te/chi-tiet.aspx?id=2'), true)
  assert.equal(glob.test('tin-tuc/y-te/con/chi-tiet.aspx@id=2'), false)
  assert.equal(globToRegExp('**/*.html').test('index.html'), true)
  assert.equal(globToRegExp('**/*.html').test('a/b/c.html'), true)
  assert.throws(() => globToRegExp('tin-tuc/{a,b'), /unclosed/)
})
