import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Work that costs seconds and gives the same bytes for the same inputs (the demo's pictures and
// PDFs), kept in the machine's temporary folder under a name made from those inputs, so the next
// empty portal (every test portal that loads the demo, a second `npm start`) reads it instead.
// Never a cache of anything a reader or an editor sent: only what the code itself makes.

/** How a kept value is written, and read back; `undefined` when the bytes are not one (made again). */
export interface KeptForm<T> {
  encode(value: T): Buffer
  decode(bytes: Buffer): T | undefined
}

const BYTES: KeptForm<Buffer> = { encode: (b) => b, decode: (b) => b }

/** `folder` under the temporary folder; `name` says everything the value depends on (a content hash). */
export async function keptInTemp<T = Buffer>(folder: string, name: string, make: () => Promise<T>, form: KeptForm<T> = BYTES as unknown as KeptForm<T>): Promise<T> {
  const dir = join(tmpdir(), folder)
  const path = join(dir, name)
  const kept = await readFile(path).then((bytes) => form.decode(bytes), () => undefined)
  if (kept !== undefined) return kept
  const made = await make()
  // Kept or not, the value is good: a full disk or a read-only folder only costs the next start.
  await keep(dir, path, () => form.encode(made)).catch(() => {})
  return made
}

async function keep(dir: string, path: string, encoded: () => Buffer): Promise<void> {
  const bytes = encoded()
  await mkdir(dir, { recursive: true })
  // Written whole under another name first: a portal starting beside this one never reads half a file.
  const partial = `${path}.${randomBytes(6).toString('hex')}.part`
  await writeFile(partial, bytes)
  await rename(partial, path)
}
