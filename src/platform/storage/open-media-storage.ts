import { LocalFolderStorage } from './local-folder-storage.ts'
import type { MediaStorage } from './media-storage.ts'
import { S3Storage, type S3StorageOptions } from './s3-storage.ts'

export type MediaStorageSettings = { kind: 'local'; folder: string } | ({ kind: 's3' } & S3StorageOptions)

export function openMediaStorage(settings: MediaStorageSettings): MediaStorage {
  return settings.kind === 's3' ? new S3Storage(settings) : new LocalFolderStorage(settings.folder)
}
