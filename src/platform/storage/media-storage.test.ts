import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { startTestS3 } from '../../../test/support/s3-server.ts'
import { mediaStorageContract } from '../../../test/support/storage-contract.ts'
import { contentTypeOfKey, isStorageKey, LocalFolderStorage, S3Storage } from './index.ts'

mediaStorageContract('the local folder', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'toasoan-storage-'))
  return { storage: new LocalFolderStorage(folder), close: async () => rmSync(folder, { recursive: true, force: true }) }
})

mediaStorageContract('an S3 bucket (s3rver, path-style)', async () => {
  const s3 = await startTestS3()
  const storage = new S3Storage({ endpoint: s3.endpoint, region: 'us-east-1', bucket: s3.bucket, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true })
  return { storage, close: async () => { await storage.close(); await s3.close() } }
})

test('the local folder keeps today\'s layout: the key is the path under MEDIA_DIR', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'toasoan-storage-'))
  try {
    const storage = new LocalFolderStorage(folder)
    await storage.put('uploads/2026/11/abc-480.webp', Buffer.from('new'), 'image/webp')
    assert.equal(readFileSync(join(folder, 'uploads/2026/11/abc-480.webp'), 'utf8'), 'new')
    writeFileSync(join(folder, 'uploads/2026/11/old-960.webp'), 'stored before')
    assert.equal(await storage.exists('uploads/2026/11/old-960.webp'), true)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('a key is folder names and a file name, never a way out', () => {
  assert.ok(isStorageKey('uploads/2026/11/0123abcd-1600.webp'))
  assert.ok(isStorageKey('demo/nha-dai-doan-ket.svg'))
  assert.ok(isStorageKey(`uploads/${'x'.repeat(255)}`), 'a name as long as a file system allows')
  for (const bad of ['..', 'a/../b', './a', 'a//b', '/a', 'a\\b', 'a b', 'x'.repeat(513), `uploads/${'x'.repeat(256)}`]) assert.equal(isStorageKey(bad), false, bad)
  assert.equal(contentTypeOfKey('a/b-480.webp'), 'image/webp')
  assert.equal(contentTypeOfKey('a/b.SVG'), 'image/svg+xml')
  assert.equal(contentTypeOfKey('a/b.html'), 'application/octet-stream')
})
