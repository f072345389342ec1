import type { S3Client } from '@aws-sdk/client-s3'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { assertStorageKey, isStorageKey, StorageUnavailableError, type ByteRange, type MediaStorage, type StoredObject } from './media-storage.ts'

export interface S3StorageOptions {
  /** Omitted for AWS itself; the server's URL for MinIO, Ceph, Garage and the like. */
  endpoint?: string
  region: string
  bucket: string
  /** Both or neither; with neither the SDK looks for credentials the AWS way (instance role, ~/.aws). */
  accessKeyId?: string
  secretAccessKey?: string
  /** `http://host/bucket/key` rather than `http://bucket.host/key`: what most self-hosted servers want. */
  forcePathStyle: boolean
}

type Sdk = typeof import('@aws-sdk/client-s3')
interface Connection { sdk: Sdk; client: S3Client }

/**
 * Objects in one bucket of an S3-compatible service, so that every instance sees every upload.
 * The SDK is loaded at the first request, not at start: importing it costs every process a third
 * of a second, and most portals keep their media on disk.
 */
export class S3Storage implements MediaStorage {
  readonly #options: S3StorageOptions
  readonly #bucket: string
  #connection: Promise<Connection> | undefined

  constructor(options: S3StorageOptions) {
    this.#bucket = options.bucket
    this.#options = options
  }

  #connect(): Promise<Connection> {
    const options = this.#options
    return this.#connection ??= import('@aws-sdk/client-s3').then((sdk) => ({ sdk, client: new sdk.S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle,
      ...(options.accessKeyId && options.secretAccessKey ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } } : {}),
      // Checksums only where S3 demands them: several S3-compatible servers refuse the newer
      // CRC trailers the SDK would otherwise add to every upload.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A storage that does not answer fails the request soon rather than holding it.
      requestHandler: { connectionTimeout: 3000, requestTimeout: 15000 },
      maxAttempts: 2,
    }) }))
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    assertStorageKey(key)
    await this.#call(({ sdk, client }) => client.send(new sdk.PutObjectCommand({
      Bucket: this.#bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length,
    })))
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    assertStorageKey(key)
    const { size } = await stat(path)
    await this.#call(({ sdk, client }) => client.send(new sdk.PutObjectCommand({
      Bucket: this.#bucket, Key: key, Body: createReadStream(path), ContentType: contentType, ContentLength: size,
    })))
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | undefined> {
    if (!isStorageKey(key)) return undefined
    const answer = await this.#call(({ sdk, client }) => client.send(new sdk.GetObjectCommand({
      Bucket: this.#bucket, Key: key, ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
    })))
    if (!answer?.Body) return undefined
    // A ranged answer's ContentLength is the range's; the whole object's is after the slash of Content-Range.
    const whole = answer.ContentRange ? Number(/\/(\d+)$/.exec(answer.ContentRange)?.[1]) : answer.ContentLength
    return {
      body: answer.Body as Readable, contentType: answer.ContentType ?? 'application/octet-stream', length: whole ?? 0,
      etag: answer.ETag ?? `W/"${answer.ContentLength ?? 0}-${answer.LastModified?.getTime() ?? 0}"`,
    }
  }

  async exists(key: string): Promise<boolean> {
    if (!isStorageKey(key)) return false
    return (await this.#call(({ sdk, client }) => client.send(new sdk.HeadObjectCommand({ Bucket: this.#bucket, Key: key })))) !== undefined
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key)
    await this.#call(({ sdk, client }) => client.send(new sdk.DeleteObjectCommand({ Bucket: this.#bucket, Key: key })))
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined
    do {
      const page = await this.#call(({ sdk, client }) => client.send(new sdk.ListObjectsV2Command({ Bucket: this.#bucket, ...(token ? { ContinuationToken: token } : {}) })))
      for (const object of page?.Contents ?? []) if (object.Key && isStorageKey(object.Key)) yield object.Key
      token = page?.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
  }

  async close(): Promise<void> {
    if (this.#connection) (await this.#connection).client.destroy()
  }

  /** "No such object" is an answer (undefined); anything else means the storage is not working. */
  async #call<T>(request: (connection: Connection) => Promise<T>): Promise<T | undefined> {
    const connection = await this.#connect()
    try {
      return await request(connection)
    } catch (error) {
      if (error instanceof connection.sdk.S3ServiceException && error.$metadata.httpStatusCode === 404 && error.name !== 'NoSuchBucket') return undefined
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      throw new StorageUnavailableError(`media storage (S3 bucket ${this.#bucket}) failed: ${reason}`, { cause: error })
    }
  }
}
