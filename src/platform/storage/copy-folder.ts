import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { contentTypeOfKey, isStorageKey, type MediaStorage } from './media-storage.ts'

export interface FolderCopy {
  copied: number
  /** Already in the storage: a second run after an interruption goes on where it stopped. */
  alreadyThere: number
  /** Files whose path is not a storage key (hidden files, unusual names): never served, so not copied. */
  notKeys: string[]
}

/** Copies every file under a local media folder into another storage under the same keys. */
export async function copyFolderInto(folder: string, target: MediaStorage, onFile?: (key: string) => void): Promise<FolderCopy> {
  const result: FolderCopy = { copied: 0, alreadyThere: 0, notKeys: [] }
  for (const path of await filesUnder(folder)) {
    const key = relative(folder, path).split(sep).join('/')
    if (!isStorageKey(key)) {
      result.notKeys.push(key)
      continue
    }
    if (await target.exists(key)) {
      result.alreadyThere++
      continue
    }
    await target.put(key, await readFile(path), contentTypeOfKey(key))
    result.copied++
    onFile?.(key)
  }
  return result
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
}
