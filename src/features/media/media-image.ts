import sharp, { type Metadata, type Sharp } from 'sharp'
import { ACCEPTED_FORMATS, MAX_PIXELS, rejections, THUMB_RATIO, THUMB_WIDTHS, VARIANT_WIDTHS, type Focus } from './media.ts'

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
export function variantWidths(width: number, steps: readonly number[] = VARIANT_WIDTHS): number[] {
  const largest = steps[steps.length - 1]!
  const narrower: number[] = steps.filter((w) => w < width)
  return width <= largest ? [...narrower, width] : narrower
}

export interface Region {
  left: number
  top: number
  width: number
  height: number
}

/**
 * The largest 3:2 part of a width × height picture whose centre is as near the focal point as
 * the edges allow: a focus at the left edge keeps the left part, a centred one the middle.
 */
export function cropAround(width: number, height: number, focus: Focus): Region {
  const cropWidth = Math.min(width, Math.round(height * THUMB_RATIO))
  const cropHeight = Math.min(height, Math.round(cropWidth / THUMB_RATIO))
  const place = (size: number, crop: number, percent: number) => Math.min(size - crop, Math.max(0, Math.round((percent / 100) * size - crop / 2)))
  return { left: place(width, cropWidth, focus.x), top: place(height, cropHeight, focus.y), width: cropWidth, height: cropHeight }
}

/** The 3:2 thumbnails of an upright picture, cropped around the focal point, each width encoded as WebP. */
export async function encodeThumbs(upright: Sharp, size: { width: number; height: number }, focus: Focus): Promise<EncodedVariant[]> {
  const region = cropAround(size.width, size.height, focus)
  return Promise.all(variantWidths(region.width, THUMB_WIDTHS).map(async (width) => {
    const { data, info } = await upright.clone().extract(region)
      .resize({ width, height: Math.max(1, Math.round(width / THUMB_RATIO)), fit: 'fill' })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true })
    return { width: info.width, height: info.height, data }
  }))
}

/** Reads a stored picture (the original, or the largest width) to crop new thumbnails from. */
export async function thumbsFromStored(bytes: Buffer, focus: Focus): Promise<EncodedVariant[]> {
  const size = await inspectImage(bytes)
  const upright = sharp(bytes, { limitInputPixels: MAX_PIXELS, pages: 1, failOn: 'error' }).autoOrient()
  try {
    return await encodeThumbs(upright, size, focus)
  } catch {
    throw rejections.unreadable()
  }
}

/**
 * The original at its full size, in its own format, turned upright: re-encoded, so nothing of
 * the file (EXIF, GPS, XMP, ICC) is carried over. A GIF keeps its first frame, as the widths do.
 */
export async function encodeOriginal(input: ImageInput, image: InspectedImage): Promise<Buffer> {
  const upright = sharp(input, { limitInputPixels: MAX_PIXELS, pages: 1, failOn: 'error' }).autoOrient()
  try {
    switch (image.mime) {
      case 'image/jpeg': return await upright.jpeg({ quality: 92 }).toBuffer()
      case 'image/png': return await upright.png().toBuffer()
      case 'image/gif': return await upright.gif().toBuffer()
      default: return await upright.webp({ quality: 92 }).toBuffer()
    }
  } catch {
    throw rejections.unreadable()
  }
}

/**
 * Decodes once, turns the pixels upright, and encodes each width afresh as WebP. Nothing of
 * the original file is copied: sharp writes no EXIF, GPS, XMP or ICC data unless asked to.
 */
export async function encodeVariants(input: ImageInput, image: InspectedImage): Promise<EncodedVariant[]> {
  return (await encodeUpload(input, image, undefined)).variants
}

export interface EncodedUpload {
  variants: EncodedVariant[]
  /** Empty when no focal point was asked for. */
  thumbs: EncodedVariant[]
}

/** Everything the library stores of one picture, made and not yet stored. */
export interface PreparedImage {
  image: InspectedImage
  focus: Focus
  variants: EncodedVariant[]
  thumbs: EncodedVariant[]
  /** Upright, without metadata, in its own format. */
  original: Buffer
}

/** Checks the picture by its content and makes its widths, its thumbnails around `focus` and its original. */
export async function prepareImage(input: ImageInput, focus: Focus): Promise<PreparedImage> {
  const image = await inspectImage(input)
  const [{ variants, thumbs }, original] = await Promise.all([encodeUpload(input, image, focus), encodeOriginal(input, image)])
  return { image, focus, variants, thumbs, original }
}

/** Decodes once; the widths, and the thumbnails around `focus` when given, come from the same pixels. */
export async function encodeUpload(input: ImageInput, image: InspectedImage, focus: Focus | undefined): Promise<EncodedUpload> {
  const decoded = sharp(input, { limitInputPixels: MAX_PIXELS, pages: 1, failOn: 'error' }).autoOrient()
  try {
    const [variants, thumbs] = await Promise.all([widthsOf(decoded, image), focus ? encodeThumbs(decoded, image, focus) : []])
    return { variants, thumbs }
  } catch {
    throw rejections.unreadable()
  }
}

async function widthsOf(decoded: Sharp, image: InspectedImage): Promise<EncodedVariant[]> {
  const encoded = await Promise.all(variantWidths(image.width).map(async (width) => {
    const { data, info } = await decoded.clone()
      .resize({ width, height: WEBP_MAX, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
    return { width: info.width, height: info.height, data }
  }))
  // Scaled to fit WebP's limit, two steps may come out the same width: keep one of each.
  return encoded.filter((v, i) => encoded.findIndex((o) => o.width === v.width) === i)
}
