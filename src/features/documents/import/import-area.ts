import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Between the dry run and "Nhập N văn bản" the uploaded spreadsheet and ZIP wait here, in a
// folder named by a random token and bound to the clerk who sent them: a browser cannot send a
// file input again by itself, and a register's ZIP of scans is too large to ask for twice.
// An area is kept for an hour; older ones are swept when the next import starts.

export const AREA_LIFETIME_MS = 60 * 60 * 1000
const TOKEN = /^[0-9a-f]{32}$/

interface AreaMeta {
  userId: number
  createdAt: number
  sheetName: string
  zipName: string | null
}

export interface ImportArea extends AreaMeta {
  token: string
  dir: string
  sheetPath: string
  zipPath: string | null
  /** Where the dry run unpacks the files the rows name. */
  filesDir: string
}

export const importRoot = (): string => join(tmpdir(), 'toasoan-document-imports')

export async function createImportArea(userId: number, now: Date): Promise<{ token: string; dir: string }> {
  await sweepImportAreas()
  const token = randomBytes(16).toString('hex')
  const dir = join(importRoot(), token)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  await writeMeta(dir, { userId, createdAt: now.getTime(), sheetName: '', zipName: null })
  return { token, dir }
}

export async function describeImportArea(dir: string, names: { sheetName: string; zipName: string | null }): Promise<void> {
  const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as AreaMeta
  await writeMeta(dir, { ...meta, ...names })
}

/** The area of this token, if it is this user's and not expired. */
export async function openImportArea(token: string, userId: number, now: Date): Promise<ImportArea | undefined> {
  if (!TOKEN.test(token)) return undefined
  return areaAt(join(importRoot(), token), token, userId, now)
}

/**
 * Takes the area for the real import: renamed, so a second click on "Nhập" (or a second tab)
 * finds nothing to import twice. Undefined when it is gone, expired, someone else's or taken.
 */
export async function claimImportArea(token: string, userId: number, now: Date): Promise<ImportArea | undefined> {
  const area = await openImportArea(token, userId, now)
  if (!area) return undefined
  const claimed = `${area.dir}.running`
  try {
    await rename(area.dir, claimed)
  } catch {
    return undefined
  }
  return areaAt(claimed, token, userId, now)
}

export async function removeImportArea(area: { dir: string }): Promise<void> {
  await rm(area.dir, { recursive: true, force: true })
}

async function areaAt(dir: string, token: string, userId: number, now: Date): Promise<ImportArea | undefined> {
  let meta: AreaMeta
  try {
    meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as AreaMeta
  } catch {
    return undefined
  }
  if (meta.userId !== userId || now.getTime() - meta.createdAt > AREA_LIFETIME_MS || !meta.sheetName) return undefined
  return {
    ...meta, token, dir, sheetPath: join(dir, 'sheet'), zipPath: meta.zipName === null ? null : join(dir, 'files.zip'), filesDir: join(dir, 'files'),
  }
}

async function writeMeta(dir: string, meta: AreaMeta): Promise<void> {
  await writeFile(join(dir, 'meta.json'), JSON.stringify(meta), { mode: 0o600 })
}

/** Areas left behind (a clerk who never confirmed, a crash): by the files' own age, on this machine's clock. */
async function sweepImportAreas(): Promise<void> {
  const root = importRoot()
  const names = await readdir(root).catch(() => [] as string[])
  await Promise.all(names.map(async (name) => {
    const dir = join(root, name)
    const info = await stat(dir).catch(() => undefined)
    if (info && Date.now() - info.mtimeMs > AREA_LIFETIME_MS * 2) await rm(dir, { recursive: true, force: true })
  }))
}
