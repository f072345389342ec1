import assert from 'node:assert/strict'
import { test } from 'node:test'
import { uploadedName } from './attach-file.ts'
import { contentDisposition, parseRange } from './serve-file.ts'

test('a Range header is one range of bytes; several, or a malformed one, mean the whole file', () => {
  assert.deepEqual(parseRange('bytes=0-99', 1000), { start: 0, end: 99 })
  assert.deepEqual(parseRange('bytes=900-5000', 1000), { start: 900, end: 999 }, 'an end past the file stops at its last byte')
  assert.deepEqual(parseRange('bytes=-100', 1000), { start: 900, end: 999 })
  assert.deepEqual(parseRange('bytes=-5000', 1000), { start: 0, end: 999 })
  assert.equal(parseRange('bytes=1000-', 1000), 'unsatisfiable')
  assert.equal(parseRange('bytes=-0', 1000), 'unsatisfiable')
  for (const whole of [undefined, 'bytes=0-9,20-29', 'bytes=9-0', 'items=0-9', 'bytes=-', 'bytes=a-b']) assert.equal(parseRange(whole, 1000), undefined, String(whole))
})

test('the download keeps the Vietnamese name, with an ASCII one for old clients and nothing that breaks the header', () => {
  assert.equal(contentDisposition('inline', 'Quyết định số 15.pdf'),
    `inline; filename="Quyet dinh so 15.pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%2015.pdf`)
  assert.equal(contentDisposition('attachment', 'Đề án (sửa) 100%.docx'),
    `attachment; filename="De an (sua) 100_.docx"; filename*=UTF-8''%C4%90%E1%BB%81%20%C3%A1n%20%28s%E1%BB%ADa%29%20100%25.docx`)
})

test('an uploaded name loses the folders a browser put before it and control characters, and is kept in NFC', () => {
  assert.equal(uploadedName('C:\\Users\\vanthu\\Quyết định.pdf'.normalize('NFD'), 'pdf'), 'Quyết định.pdf')
  assert.equal(uploadedName('a/b/../../bao\u0000cao\u202e.pdf', 'pdf'), 'baocao.pdf')
  assert.equal(uploadedName('  ', 'docx'), 'tep-dinh-kem.docx')
  assert.equal(uploadedName('..', 'pdf'), 'tep-dinh-kem.pdf')
})
