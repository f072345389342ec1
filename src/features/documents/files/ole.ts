import type { FileHandle } from 'node:fs/promises'

// The directory of an OLE compound file (the container of DOC, XLS, and of MSI installers too),
// read from the file by sector without loading it: the header, the FAT sectors the directory's
// chain passes through, and the directory entries' names. [MS-CFB] §2.2–2.6.

const SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex')
const END_OF_CHAIN = 0xfffffffe
const FREE = 0xffffffff
/** A directory longer than this is not a document's (a Word file has a few dozen entries). */
const MAX_DIRECTORY_SECTORS = 512

export const isCompoundFile = (head: Buffer) => head.length >= 8 && head.subarray(0, 8).equals(SIGNATURE)

/** The names of the streams and storages in the file, or undefined when its structure is broken. */
export async function compoundFileNames(file: FileHandle, size: number): Promise<string[] | undefined> {
  const header = await readAt(file, 0, 512)
  if (header.length < 512 || !isCompoundFile(header)) return undefined
  const shift = header.readUInt16LE(0x1e)
  if (shift !== 9 && shift !== 12) return undefined
  const sectorSize = 1 << shift
  const perSector = sectorSize / 4
  const sectorAt = (n: number) => (n + 1) * sectorSize
  const difatHead: number[] = []
  for (let i = 0; i < 109; i++) difatHead.push(header.readUInt32LE(0x4c + i * 4))
  let difatNext = header.readUInt32LE(0x44)
  const difat = difatHead
  const fatCache = new Map<number, Buffer>()

  /** The FAT sector holding entry `index`, following the DIFAT chain past the header's 109 if need be. */
  async function fatSectorNumber(index: number): Promise<number | undefined> {
    let guard = 0
    while (index >= difat.length && difatNext !== END_OF_CHAIN && difatNext !== FREE && guard++ < 4096) {
      if (sectorAt(difatNext) + sectorSize > size) return undefined
      const sector = await readAt(file, sectorAt(difatNext), sectorSize)
      for (let i = 0; i < perSector - 1; i++) difat.push(sector.readUInt32LE(i * 4))
      difatNext = sector.readUInt32LE((perSector - 1) * 4)
    }
    return difat[index]
  }

  async function next(sector: number): Promise<number | undefined> {
    const fatSector = await fatSectorNumber(Math.floor(sector / perSector))
    if (fatSector === undefined || fatSector >= END_OF_CHAIN - 4) return undefined
    let fat = fatCache.get(fatSector)
    if (!fat) {
      if (sectorAt(fatSector) + sectorSize > size) return undefined
      fat = await readAt(file, sectorAt(fatSector), sectorSize)
      fatCache.set(fatSector, fat)
    }
    return fat.readUInt32LE((sector % perSector) * 4)
  }

  const names: string[] = []
  const seen = new Set<number>()
  let sector: number | undefined = header.readUInt32LE(0x30)
  while (sector !== undefined && sector !== END_OF_CHAIN) {
    if (seen.has(sector) || seen.size >= MAX_DIRECTORY_SECTORS || sectorAt(sector) + sectorSize > size) return undefined
    seen.add(sector)
    const entries = await readAt(file, sectorAt(sector), sectorSize)
    for (let at = 0; at + 128 <= entries.length; at += 128) {
      const type = entries[at + 0x42]
      const nameBytes = entries.readUInt16LE(at + 0x40)
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue
      names.push(entries.subarray(at, at + nameBytes - 2).toString('utf16le'))
    }
    sector = await next(sector)
  }
  return sector === END_OF_CHAIN ? names : undefined
}

export async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await file.read(buffer, 0, length, position)
  return buffer.subarray(0, bytesRead)
}
