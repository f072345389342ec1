import assert from 'node:assert/strict'
import type { Readable } from 'node:stream'
import { after, before, describe, test } from 'node:test'
import { InvalidStorageKeyError, type MediaStorage } from '../../src/platform/storage/index.ts'

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

const TRAVERSALS = ['../outside.webp', 'uploads/../../outside.webp', '/etc/passwd', 'uploads//a.webp', 'uploads\\..\\a.webp', '.hidden', 'uploads/.part', '', 'uploads/a.webp/', 'a\u0000.webp', 'ảnh.webp']

/**
 * What every media storage promises, run unchanged against each implementation: the local
 * folder and the S3 one must be interchangeable behind the portal.
 */
export function mediaStorageContract(name: string, open: () => Promise<{ storage: MediaStorage; close(): Promise<void> }>): void {
  describe(`${name} keeps the media storage contract`, () => {
    let storage: MediaStorage
    let close: () => Promise<void>
    before(async () => ({ storage, close } = await open()))
    after(() => close())

    test('what is put is got back: the same bytes, content type and length', async () => {
      const bytes = Buffer.from([0x52, 0x49, 0x46, 0x46, 0, 1, 2, 3, 255, 254])
      await storage.put('uploads/2026/11/abc-480.webp', bytes, 'image/webp')
      const got = await storage.get('uploads/2026/11/abc-480.webp')
      assert.ok(got)
      assert.equal(got.contentType, 'image/webp')
      assert.equal(got.length, bytes.length)
      assert.deepEqual(await readAll(got.body), bytes)
      assert.equal(await storage.exists('uploads/2026/11/abc-480.webp'), true)
    })

    test('each kind of image keeps its content type', async () => {
      for (const [key, type] of [['demo/a.svg', 'image/svg+xml'], ['demo/b.png', 'image/png'], ['demo/c.jpg', 'image/jpeg'], ['demo/d.gif', 'image/gif']] as const) {
        await storage.put(key, Buffer.from(key), type)
        const got = await storage.get(key)
        assert.equal(got?.contentType, type, key)
        await readAll(got!.body)
      }
    })

    test('a file on disk is put streamed, and a byte range of it is got back with the whole length', async () => {
      const { mkdtemp, rm, writeFile } = await import('node:fs/promises')
      const { tmpdir } = await import('node:os')
      const { join } = await import('node:path')
      const folder = await mkdtemp(join(tmpdir(), 'toasoan-put-file-'))
      try {
        const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251))
        await writeFile(join(folder, 'f'), bytes)
        await storage.putFile('van-ban/7/abc.pdf', join(folder, 'f'), 'application/pdf')
        const whole = await storage.get('van-ban/7/abc.pdf')
        assert.deepEqual(await readAll(whole!.body), bytes)
        const part = await storage.get('van-ban/7/abc.pdf', { start: 65_536, end: 65_545 })
        assert.equal(part?.length, bytes.length, 'the length is still the whole object\'s')
        assert.deepEqual(await readAll(part!.body), bytes.subarray(65_536, 65_546))
      } finally {
        await rm(folder, { recursive: true, force: true })
      }
    })

    test('a missing key is undefined, not an error', async () => {
      assert.equal(await storage.get('uploads/2026/11/nothing-here-480.webp'), undefined)
      assert.equal(await storage.exists('uploads/2026/11/nothing-here-480.webp'), false)
      assert.equal(await storage.get('uploads/2026'), undefined, 'a folder is not an object')
    })

    test('putting the same key again replaces the object', async () => {
      await storage.put('demo/logo.png', Buffer.from('first version'), 'image/png')
      const first = await storage.get('demo/logo.png')
      first!.body.destroy()
      await storage.put('demo/logo.png', Buffer.from('second'), 'image/png')
      const got = await storage.get('demo/logo.png')
      assert.notEqual(got?.etag, first!.etag, 'the version tag changed')
      assert.equal(got?.length, 6)
      assert.equal((await readAll(got!.body)).toString(), 'second')
    })

    test('keys nest in folders, and a sibling is untouched by a delete', async () => {
      await storage.put('uploads/2027/01/deep/er/x-960.webp', Buffer.from('x'), 'image/webp')
      await storage.put('uploads/2027/01/deep/er/y-960.webp', Buffer.from('y'), 'image/webp')
      await storage.delete('uploads/2027/01/deep/er/x-960.webp')
      assert.equal(await storage.get('uploads/2027/01/deep/er/x-960.webp'), undefined)
      assert.equal(await storage.exists('uploads/2027/01/deep/er/x-960.webp'), false)
      const y = await storage.get('uploads/2027/01/deep/er/y-960.webp')
      assert.equal((await readAll(y!.body)).toString(), 'y')
    })

    test('deleting what is not there is not an error', async () => {
      await storage.delete('uploads/2027/01/never-stored-480.webp')
      await storage.delete('uploads/2027/01/deep/er/x-960.webp')
    })

    test('an empty file is an object too', async () => {
      await storage.put('demo/empty.webp', Buffer.alloc(0), 'image/webp')
      const got = await storage.get('demo/empty.webp')
      assert.equal(got?.length, 0)
      assert.equal((await readAll(got!.body)).length, 0)
    })

    test('a key that climbs out, is absolute, hidden or malformed is refused for writing and finds nothing', async () => {
      for (const key of TRAVERSALS) {
        await assert.rejects(storage.put(key, Buffer.from('x'), 'image/webp'), InvalidStorageKeyError, JSON.stringify(key))
        await assert.rejects(storage.delete(key), InvalidStorageKeyError, JSON.stringify(key))
        assert.equal(await storage.get(key), undefined, JSON.stringify(key))
        assert.equal(await storage.exists(key), false, JSON.stringify(key))
      }
    })
  })
}
