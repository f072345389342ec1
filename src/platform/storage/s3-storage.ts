import {
  DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException,
} from '@aws-sdk/client-s3'
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

/** Objects in one bucket of an S3-compatible service, so that every instance sees every upload. */
export class S3Storage implements MediaStorage {
  readonly #client: S3Client
  readonly #bucket: string

  constructor(options: S3StorageOptions) {
    this.#bucket = options.bucket
    this.#client = new S3Client({
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
    })
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    assertStorageKey(key)
    await this.#call(() => this.#client.send(new PutObjectCommand({
      Bucket: this.#bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length,
    })))
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    assertStorageKey(key)
    const { size } = await stat(path)
    await this.#call(() => this.#client.send(new PutObjectCommand({
      Bucket: this.#bucket, Key: key, Body: createReadStream(path), ContentType: contentType, ContentLength: size,
    })))
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | undefined> {
    if (!isStorageKey(key)) return undefined
    const answer = await this.#call(() => this.#client.send(new GetObjectCommand({
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
    return (await this.#call(() => this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: key })))) !== undefined
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key)
    await this.#call(() => this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key })))
  }

  async close(): Promise<void> {
    this.#client.destroy()
  }

  /** "No such object" is an answer (undefined); anything else means the storage is not working. */
  async #call<T>(request: () => Promise<T>): Promise<T | undefined> {
    try {
      return await request()
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404 && error.name !== 'NoSuchBucket') return undefined
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      throw new StorageUnavailableError(`media storage (S3 bucket ${this.#bucket}) failed: ${reason}`, { cause: error })
    }
  }
}
