import { promisify } from 'node:util'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

// The parts of a ZIP container (DOCX, XLSX, ODT, but also JAR and APK), read from its central
// directory on disk: names first, a part's bytes only when asked, and never more than asked
// (a ZIP bomb's part stops at the bound).

const openZip = promisify<string, yauzl.Options, ZipFile>(yauzl.open)
/** A document's central directory is tens of entries; a container with more is not one of ours. */
const MAX_ENTRIES = 20_000

export interface ZipParts {
  names: string[]
  /** A part's bytes, or undefined when there is no such part or it is larger than `maxBytes` unpacked. */
  read(name: string, maxBytes: number): Promise<Buffer | undefined>
  close(): void
}

/** The container's parts, or undefined when the ZIP is broken. */
export async function openZipParts(path: string): Promise<ZipParts | undefined> {
  const listed = await listZip(path)
  if (!listed) return undefined
  const { zip } = listed
  const entries = new Map(listed.entries.map((entry) => [entry.fileName, entry]))
  return {
    names: [...entries.keys()],
    read: (name, maxBytes) => readEntry(zip, entries.get(name), maxBytes),
    close: () => zip.close(),
  }
}

/**
 * A ZIP on disk, open, with its central directory's entries (none read yet); undefined when it
 * is broken or lists more than MAX_ENTRIES. The caller closes it.
 */
export async function listZip(path: string): Promise<{ zip: ZipFile; entries: Entry[] } | undefined> {
  let zip: ZipFile
  try {
    zip = await openZip(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true })
  } catch {
    return undefined
  }
  const entries: Entry[] = []
  const listed = await new Promise<boolean>((resolve) => {
    zip.on('entry', (entry: Entry) => {
      entries.push(entry)
      if (entries.length > MAX_ENTRIES) return resolve(false)
      zip.readEntry()
    })
    zip.on('end', () => resolve(true))
    zip.on('error', () => resolve(false))
    zip.readEntry()
  })
  if (!listed) {
    zip.close()
    return undefined
  }
  return { zip, entries }
}

async function readEntry(zip: ZipFile, entry: Entry | undefined, maxBytes: number): Promise<Buffer | undefined> {
  if (!entry || entry.uncompressedSize > maxBytes) return undefined
  try {
    const stream = await promisify(zip.openReadStream.bind(zip))(entry)
    const chunks: Buffer[] = []
    let length = 0
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      length += chunk.length
      if (length > maxBytes) {
        stream.destroy()
        return undefined
      }
      chunks.push(chunk)
    }
    return Buffer.concat(chunks)
  } catch {
    return undefined
  }
}

/**
 * The first entry as it lies in the file (an ODF package must begin with an uncompressed
 * `mimetype`), read from the local header at offset 0: its name and, when stored, its bytes.
 */
export function firstStoredEntry(head: Buffer): { name: string; content: Buffer | undefined } | undefined {
  if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) return undefined
  const method = head.readUInt16LE(8)
  const compressedSize = head.readUInt32LE(18)
  const nameLength = head.readUInt16LE(26)
  const extraLength = head.readUInt16LE(28)
  const name = head.subarray(30, 30 + nameLength).toString('utf8')
  const from = 30 + nameLength + extraLength
  const content = method === 0 && from + compressedSize <= head.length ? head.subarray(from, from + compressedSize) : undefined
  return { name, content }
}
