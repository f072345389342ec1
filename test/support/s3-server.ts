import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'

/**
 * A real S3-compatible server for the tests: s3rver (from the npm registry) on a free port,
 * keeping its objects in a temporary folder. The SDK talks to it over HTTP with signed
 * requests and path-style addresses, as it would to MinIO or Ceph.
 */
export interface TestS3 {
  endpoint: string
  bucket: string
  /** What the portal's configuration needs to use this bucket. */
  env: Record<string, string>
  /** Stops the server (a test may stop it early to see the portal without its storage). */
  close(): Promise<void>
}

export async function startTestS3(bucket = 'toasoan-media'): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'toasoan-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  let closed = false
  return {
    endpoint,
    bucket,
    // s3rver accepts these (its own documented pair); nothing secret.
    env: { MEDIA_STORAGE: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: 'true' },
    async close() {
      if (closed) return
      closed = true
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
