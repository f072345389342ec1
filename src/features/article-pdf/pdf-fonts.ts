import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { inflateSync } from 'node:zlib'
import type { FaceFiles, FaceName, FontFile } from './render/faces.ts'

// The PDF's fonts are the portal's own self-hosted ones (@fontsource), in WOFF, which pdfkit
// reads and embeds as subsets (WOFF2 it cannot). The packages split each face by script: the
// Latin file has no "ố", the Vietnamese one has "ố" but no "Q". So each face is the set of its
// subsets, each with the unicode-range the package's stylesheet gives it, and text is cut into
// runs drawn with whichever file holds their letters (pdf-typesetter.ts). The subsets are of the
// same face and the same size, so a word drawn from two of them looks like one word.

const FACES: Record<FaceName, { font: string; weight: number; style: 'normal' | 'italic' }> = {
  serif: { font: 'noto-serif', weight: 400, style: 'normal' },
  'serif-bold': { font: 'noto-serif', weight: 700, style: 'normal' },
  'serif-italic': { font: 'noto-serif', weight: 400, style: 'italic' },
  'serif-bold-italic': { font: 'noto-serif', weight: 700, style: 'italic' },
  sans: { font: 'be-vietnam-pro', weight: 400, style: 'normal' },
  'sans-bold': { font: 'be-vietnam-pro', weight: 700, style: 'normal' },
}

// The first subset whose range holds a letter draws it; Latin first, as most letters are.
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const

const require = createRequire(import.meta.url)

function loadFace(face: FaceName): FontFile[] {
  const { font, weight, style } = FACES[face]
  const folder = dirname(require.resolve(`@fontsource/${font}/package.json`))
  const css = readFileSync(join(folder, style === 'italic' ? `${weight}-italic.css` : `${weight}.css`), 'utf8')
  const files = SUBSETS.map((subset): FontFile => {
    const fileName = `${font}-${subset}-${weight}-${style}`
    const range = new RegExp(`/\\* ${fileName} \\*/[^}]*unicode-range:\\s*([^;]+);`).exec(css)?.[1]
    if (!range) throw new Error(`@fontsource/${font}: no unicode-range for ${fileName}`)
    return { name: fileName, bytes: woffToSfnt(readFileSync(join(folder, 'files', `${fileName}.woff`))), ranges: parseUnicodeRange(range) }
  })
  return files
}

/** `U+0000-00FF,U+0131,U+1EA0-1EF9` as [from, to] pairs. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number]
  })
}

/**
 * A WOFF file as the TrueType file it wraps (WOFF is that file with each table deflated). Done
 * once with Node's zlib: fontkit would inflate the tables in JavaScript for every document.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF file')
  const flavor = woff.readUInt32BE(4)
  const count = woff.readUInt16BE(12)
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20
    const offset = woff.readUInt32BE(at + 4)
    const compressed = woff.readUInt32BE(at + 8)
    const length = woff.readUInt32BE(at + 12)
    const raw = woff.subarray(offset, offset + compressed)
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(raw) : raw }
  })
  const log2 = Math.floor(Math.log2(count))
  const header = Buffer.alloc(12 + 16 * count)
  header.writeUInt32BE(flavor, 0)
  header.writeUInt16BE(count, 4)
  header.writeUInt16BE(2 ** log2 * 16, 6)
  header.writeUInt16BE(log2, 8)
  header.writeUInt16BE(count * 16 - 2 ** log2 * 16, 10)
  const parts: Buffer[] = [header]
  let offset = header.length
  tables.forEach((table, i) => {
    header.writeUInt32BE(table.tag, 12 + i * 16)
    header.writeUInt32BE(table.checksum, 16 + i * 16)
    header.writeUInt32BE(offset, 20 + i * 16)
    header.writeUInt32BE(table.data.length, 24 + i * 16)
    const padding = (4 - (table.data.length % 4)) % 4
    parts.push(table.data, Buffer.alloc(padding))
    offset += table.data.length + padding
  })
  return Buffer.concat(parts)
}

let files: FaceFiles | undefined

/** Read from the packages on the first PDF, then kept (about 1 MB). */
export function pdfFontFiles(): FaceFiles {
  files ??= Object.fromEntries((Object.keys(FACES) as FaceName[]).map((f) => [f, loadFace(f)])) as unknown as FaceFiles
  return files
}
