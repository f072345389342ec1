import { mkdir, readdir, rename, rm, copyFile } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { S3Storage, type S3StorageOptions } from '../../platform/storage/index.ts'

/** What a scheduled backup is called: its start in UTC, so names sort as the backups were taken. */
export const SCHEDULED_NAME = /^toasoan-backup-\d{8}-\d{6}\.tar\.gz$/
export function scheduledName(startedAt: Date): string {
  return `toasoan-backup-${startedAt.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.tar.gz`
}

/** Where scheduled backups go and are pruned: a folder of this machine or a bucket. */
export interface BackupDestination {
  /** As the newsroom reads it: the archive's path, or s3://bucket/key. */
  where(name: string): string
  /** Where the archive may be written directly (a folder of this machine); undefined: written aside, then stored. */
  directFile(name: string): string | undefined
  /** Moves the finished archive (a local file) there under `name`. */
  store(file: string, name: string): Promise<void>
  /** The scheduled backups there, by name. */
  list(): Promise<string[]>
  remove(name: string): Promise<void>
  close(): Promise<void>
}

/** The S3 connection of the portal (S3_ENDPOINT, S3_REGION, the key pair), without a bucket. */
export type S3Connection = Omit<S3StorageOptions, 'bucket'>

export class DestinationError extends Error {}

/**
 * `--to DIR` (made absolute, so the runner finds it whatever its working folder) or
 * `--to s3://BUCKET[/PREFIX]`. The bucket must not be the media bucket: the media are served
 * (or linked) from it, and a backup holds every account's password hash and every contact.
 */
export function normaliseDestination(to: string, mediaBucket: string | undefined): string {
  if (to === 's3') throw new DestinationError('name the bucket: --to s3://BUCKET[/PREFIX] (a bucket of its own, not the media bucket)')
  if (to.startsWith('s3://')) {
    const { bucket, prefix } = parseS3(to)
    if (bucket === mediaBucket) throw new DestinationError(`backups may not go to the media bucket ${bucket}: its objects are served to readers; use a bucket of its own`)
    return `s3://${bucket}${prefix ? `/${prefix}` : ''}`
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(to)) throw new DestinationError(`--to takes a folder or s3://BUCKET[/PREFIX] (got "${to}")`)
  return isAbsolute(to) ? to : resolve(to)
}

function parseS3(to: string): { bucket: string; prefix: string } {
  const [bucket = '', ...rest] = to.slice('s3://'.length).split('/')
  const prefix = rest.filter(Boolean).join('/')
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new DestinationError(`"${bucket}" is not a bucket name (3–63 lower-case letters, digits, dots or hyphens)`)
  if (prefix && !/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/.test(prefix)) throw new DestinationError(`"${prefix}" is not a folder of a bucket (letters, digits, . _ - and /)`)
  return { bucket, prefix }
}

export function openDestination(destination: string, s3: S3Connection): BackupDestination {
  if (destination.startsWith('s3://')) {
    const { bucket, prefix } = parseS3(destination)
    return new BucketDestination(new S3Storage({ ...s3, bucket }), bucket, prefix)
  }
  return new FolderDestination(destination)
}

class FolderDestination implements BackupDestination {
  constructor(private readonly folder: string) {}
  where(name: string): string {
    return join(this.folder, name)
  }
  directFile(name: string): string {
    return join(this.folder, name)
  }
  async store(file: string, name: string): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    const target = join(this.folder, name)
    // The archive is written in the system's temporary folder; another disk cannot take a rename.
    await rename(file, target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error
      await copyFile(file, `${target}.part`)
      await rename(`${target}.part`, target)
    })
  }
  async list(): Promise<string[]> {
    const names = await readdir(this.folder).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)))
    return names.filter((n) => SCHEDULED_NAME.test(n))
  }
  async remove(name: string): Promise<void> {
    await rm(join(this.folder, name), { force: true })
  }
  async close(): Promise<void> {}
}

class BucketDestination implements BackupDestination {
  constructor(private readonly storage: S3Storage, private readonly bucket: string, private readonly prefix: string) {}
  #key(name: string): string {
    return this.prefix ? `${this.prefix}/${name}` : name
  }
  where(name: string): string {
    return `s3://${this.bucket}/${this.#key(name)}`
  }
  directFile(): undefined {
    return undefined
  }
  async store(file: string, name: string): Promise<void> {
    await this.storage.putFile(this.#key(name), file, 'application/gzip')
  }
  async list(): Promise<string[]> {
    const names: string[] = []
    const start = this.prefix ? `${this.prefix}/` : ''
    for await (const key of this.storage.list()) {
      if (!key.startsWith(start)) continue
      const name = key.slice(start.length)
      if (SCHEDULED_NAME.test(name)) names.push(name)
    }
    return names
  }
  async remove(name: string): Promise<void> {
    await this.storage.delete(this.#key(name))
  }
  async close(): Promise<void> {
    await this.storage.close()
  }
}
