export { LocalFolderStorage } from './local-folder-storage.ts'
export { assertStorageKey, contentTypeOfKey, InvalidStorageKeyError, isStorageKey, StorageUnavailableError, type MediaStorage, type StoredObject } from './media-storage.ts'
export { openMediaStorage, type MediaStorageSettings } from './open-media-storage.ts'
export { S3Storage, type S3StorageOptions } from './s3-storage.ts'
