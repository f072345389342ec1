import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { startTestS3, type TestS3 } from '../../../test/support/s3-server.ts'
import { S3Storage } from './s3-storage.ts'
import { entryPoint } from '../../../test/support/entry-point.ts'

// Moving an existing portal from the local folder to a bucket: `npm run toasoan -- copy-media`.
let s3: TestS3
let bucket: S3Storage
const folder = mkdtempSync(join(tmpdir(), 'toasoan-copy-'))

before(async () => {
  s3 = await startTestS3()
  bucket = new S3Storage({ endpoint: s3.endpoint, region: 'us-east-1', bucket: s3.bucket, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true })
  mkdirSync(join(folder, 'uploads/2026/11'), { recursive: true })
  mkdirSync(join(folder, 'demo'))
  writeFileSync(join(folder, 'uploads/2026/11/abc-480.webp'), 'small')
  writeFileSync(join(folder, 'uploads/2026/11/abc-960.webp'), 'large')
  writeFileSync(join(folder, 'demo/tru-so.svg'), '<svg/>')
  writeFileSync(join(folder, 'uploads/2026/11/.1f2e.part'), 'an interrupted write')
})
after(async () => {
  await bucket.close()
  await s3.close()
  rmSync(folder, { recursive: true, force: true })
})

function run(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...entryPoint('cli'), 'copy-media'], { env: { ...process.env, MEDIA_DIR: folder, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }))
  })
}

test('copy-media puts every file of MEDIA_DIR into the bucket under the same key, with its type; a second run copies nothing again', async () => {
  const first = await run(s3.env)
  assert.equal(first.code, 0, first.stderr)
  assert.match(first.stdout, /copied 3 files to bucket toasoan-media; 0 were already there; 1 skipped/)
  assert.match(first.stderr, /not copied \(not a media key\): uploads\/2026\/11\/\.1f2e\.part/)
  const svg = await bucket.get('demo/tru-so.svg')
  assert.equal(svg?.contentType, 'image/svg+xml')
  svg!.body.destroy()
  assert.equal(await bucket.exists('uploads/2026/11/abc-960.webp'), true)

  const second = await run(s3.env)
  assert.match(second.stdout, /copied 0 files to bucket toasoan-media; 3 were already there/)
})

test('copy-media without MEDIA_STORAGE=s3 explains what it needs', async () => {
  const result = await run({ MEDIA_STORAGE: 'local' })
  assert.equal(result.code, 64)
  assert.match(result.stderr, /set MEDIA_STORAGE=s3/)
})
