import sharp, { type Metadata } from 'sharp'
import { ACCEPTED_FORMATS, MAX_PIXELS, rejections, VARIANT_WIDTHS } from './media.ts'

export interface InspectedImage {
  /** Decided by the decoder from the bytes. */
  mime: string
  /** As shown, after the EXIF orientation is applied. */
  width: number
  height: number
}

export interface EncodedVariant {
  width: number
  height: number
  data: Buffer
}

// WebP cannot be taller or wider than this; a very long infographic is scaled to fit.
const WEBP_MAX = 16383

/** The image's bytes, or the path of the file they were saved to as they arrived. */
export type ImageInput = Buffer | string

/** Reads only the header: what the image is and how big, before any pixel is decoded. */
export async function inspectImage(input: ImageInput): Promise<InspectedImage> {
  let meta: Metadata
  try {
    meta = await sharp(input).metadata()
  } catch {
    throw rejections.unsupported()
  }
  const mime = meta.format && Object.hasOwn(ACCEPTED_FORMATS, meta.format) ? ACCEPTED_FORMATS[meta.format]! : undefined
  if (!mime) throw rejections.unsupported()
  // Animated images keep only their first frame, so one frame is what counts.
  const frameHeight = meta.pageHeight ?? meta.height
  if (!meta.width || !frameHeight) throw rejections.unreadable()
  if (meta.width * frameHeight > MAX_PIXELS) throw rejections.tooManyPixels()
  const turned = (meta.orientation ?? 1) >= 5
  return { mime, width: turned ? frameHeight : meta.width, height: turned ? meta.width : frameHeight }
}

/** The widths to make: each responsive step narrower than the image, and the image itself up to the largest step. */
export function variantWidths(width: number): number[] {
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!
  const steps: number[] = VARIANT_WIDTHS.filter((w) => w < width)
  return width <= largest ? [...steps, width] : steps
}

/**
 * Decodes once, turns the pixels upright, and encodes each width afresh as WebP. Nothing of
 * the original file is copied: sharp writes no EXIF, GPS, XMP or ICC data unless asked to.
 */
export async function encodeVariants(input: ImageInput, image: InspectedImage): Promise<EncodedVariant[]> {
  const decoded = sharp(input, { limitInputPixels: MAX_PIXELS, pages: 1, failOn: 'error' }).autoOrient()
  try {
    const encoded = await Promise.all(variantWidths(image.width).map(async (width) => {
      const { data, info } = await decoded.clone()
        .resize({ width, height: WEBP_MAX, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true })
      return { width: info.width, height: info.height, data }
    }))
    // Scaled to fit WebP's limit, two steps may come out the same width: keep one of each.
    return encoded.filter((v, i) => encoded.findIndex((o) => o.width === v.width) === i)
  } catch {
    throw rejections.unreadable()
  }
}
