import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { keptInTemp } from '../../platform/kept-in-temp.ts'
import { CENTRE, prepareImage, THUMB_WIDTHS, VARIANT_WIDTHS, type PreparedImage } from '../media/index.ts'

// The demo's drawings (demo-images/*.svg, made for this project) become photos as an editor
// would upload them: drawn into a JPEG, then prepared by the media library (widths, 3:2
// thumbnails, original). Preparing two dozen takes seconds of CPU, so what was prepared is kept
// in the machine's temporary folder, named after the drawing and the way it is prepared, and
// reused by the next empty portal (every test portal that loads the demo, a second `npm start`).

/** Drawn at 1200 × 675. */
const DEMO_WIDTH = 1200
/** Change it when the library prepares pictures differently (quality, formats): the kept ones are then made anew. */
const PREPARATION = 'v1'

export async function prepareDemoPicture(svg: Buffer): Promise<PreparedImage> {
  const name = createHash('sha256').update(JSON.stringify([PREPARATION, DEMO_WIDTH, VARIANT_WIDTHS, THUMB_WIDTHS])).update(svg).digest('hex').slice(0, 32)
  return keptInTemp('toasoan-demo-pictures', `${name}.bin`, async () => {
    const photo = await sharp(svg).resize(DEMO_WIDTH).jpeg({ quality: 90 }).toBuffer()
    return prepareImage(photo, CENTRE)
  }, { encode, decode })
}

interface Header {
  image: PreparedImage['image']
  focus: PreparedImage['focus']
  variants: { width: number; height: number; bytes: number }[]
  thumbs: { width: number; height: number; bytes: number }[]
  original: number
}

/** One file: the header's length (4 bytes), the header as JSON, then every file's bytes in order. */
function encode(p: PreparedImage): Buffer {
  const header: Header = {
    image: p.image, focus: p.focus, original: p.original.length,
    variants: p.variants.map((v) => ({ width: v.width, height: v.height, bytes: v.data.length })),
    thumbs: p.thumbs.map((t) => ({ width: t.width, height: t.height, bytes: t.data.length })),
  }
  const json = Buffer.from(JSON.stringify(header))
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  return Buffer.concat([length, json, ...p.variants.map((v) => v.data), ...p.thumbs.map((t) => t.data), p.original])
}

/** What was kept, or undefined when it cannot be read (it is made again). */
function decode(bytes: Buffer): PreparedImage | undefined {
  try {
    const length = bytes.readUInt32BE(0)
    const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as Header
    let at = 4 + length
    const take = (n: number) => {
      const part = bytes.subarray(at, at + n)
      if (part.length !== n) throw new Error('short file')
      at += n
      return part
    }
    const variants = header.variants.map((v) => ({ width: v.width, height: v.height, data: take(v.bytes) }))
    const thumbs = header.thumbs.map((t) => ({ width: t.width, height: t.height, data: take(t.bytes) }))
    const original = take(header.original)
    if (at !== bytes.length || variants.length === 0) return undefined
    return { image: header.image, focus: header.focus, variants, thumbs, original }
  } catch {
    return undefined
  }
}
