import { AppError } from '../../platform/http/errors.ts'

/** One image of the media library, as the newsroom and the pages see it. */
export interface MediaItem {
  id: number
  storageKey: string
  /** Smallest first; the last is the main file. */
  widths: number[]
  originalName: string
  mime: string
  width: number
  height: number
  bytes: number
  alt: string
  caption: string
  uploadedBy: number | null
  uploaderName: string | null
  createdAt: Date
  /** The upload at full size, upright and without metadata; absent for images uploaded before it was kept. */
  original: OriginalFile | undefined
  /** Where the eye should go, in % of the width and of the height: thumbnails are cropped around it. */
  focus: Focus
  /** The 3:2 thumbnails' widths, smallest first; empty when none were made. */
  thumbWidths: number[]
}

export interface OriginalFile {
  key: string
  width: number
  height: number
}

export interface Focus {
  x: number
  y: number
}

export const CENTRE: Focus = Object.freeze({ x: 50, y: 50 })

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024
export const MAX_PIXELS = 40_000_000
/** The responsive widths; an image narrower than one is kept at its own width instead, never enlarged. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const
/** Thumbnails for lists and the home page: cropped to 3:2 around the focal point, at these widths. */
export const THUMB_WIDTHS = [320, 640, 960] as const
/** A thumbnail's width over its height. */
export const THUMB_RATIO = 3 / 2
export const ALT_MAX = 300
export const CAPTION_MAX = 1000

/** Judged from the bytes by the decoder, never from the file's name or declared type. */
export const ACCEPTED_FORMATS: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' }

/** An upload the newsroom refuses, with a code for scripts and a message for people. */
export class MediaRejectedError extends AppError {
  constructor(status: 413 | 422, code: string, messageVi: string) {
    super(status, code, `upload refused: ${code}`, messageVi)
  }
}

export const rejections = {
  noFile: () => new MediaRejectedError(422, 'no_file', 'Xin chọn một tệp ảnh để tải lên.'),
  tooLarge: () => new MediaRejectedError(413, 'file_too_large', 'Tệp quá lớn: ảnh tải lên không được vượt quá 15 MB.'),
  unsupported: () => new MediaRejectedError(422, 'unsupported_type', 'Tệp này không phải ảnh JPEG, PNG, WebP hoặc GIF. Xin chọn một tệp ảnh khác.'),
  tooManyPixels: () => new MediaRejectedError(422, 'image_too_large', 'Ảnh quá lớn: kích thước không được vượt quá 40 megapixel (ví dụ 8000 × 5000 điểm ảnh).'),
  unreadable: () => new MediaRejectedError(422, 'invalid_image', 'Không đọc được ảnh: tệp có thể bị hỏng hoặc tải lên chưa hết. Xin thử lại.'),
}

/** Where the portal itself serves the media storage. */
export const LOCAL_MEDIA_BASE = '/media'

/** `base` is MEDIA_PUBLIC_URL (a CDN or the bucket) when set: links made from now on point there. */
export function mediaUrl(item: Pick<MediaItem, 'storageKey'>, width: number, base = LOCAL_MEDIA_BASE): string {
  return `${base}/${item.storageKey}-${width}.webp`
}

/** One thumbnail's storage key: the focal point is in the name, so moving it never replaces a file a page links to. */
export const thumbKey = (storageKey: string, focus: Focus, width: number) => `${storageKey}-c${focus.x}-${focus.y}-${width}.webp`

/** The 3:2 thumbnails as a srcset ('' when the image has none): copied onto articles for their lists. */
export function thumbSrcset(item: Pick<MediaItem, 'storageKey' | 'focus' | 'thumbWidths'>, base = LOCAL_MEDIA_BASE): string {
  return item.thumbWidths.map((w) => `${base}/${thumbKey(item.storageKey, item.focus, w)} ${w}w`).join(', ')
}

const ORIGINAL_EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' }

/** The original's storage key: the upload's own format, under the image's random name. */
export const originalKey = (storageKey: string, mime: string) => `${storageKey}-goc.${ORIGINAL_EXTENSIONS[mime] ?? 'bin'}`

export interface ImageSources {
  src: string
  srcset: string
  sizes: string
  width: number
  height: number
}

/**
 * What an <img> needs to let the browser choose: `src` is the main file, `srcset` every width.
 * `sizes` says how wide the image shows; the default suits the article column.
 */
export function imageSources(item: Pick<MediaItem, 'storageKey' | 'widths' | 'width' | 'height'>, sizes = '(max-width: 800px) 100vw, 800px', base = LOCAL_MEDIA_BASE): ImageSources {
  return {
    src: mediaUrl(item, item.widths.at(-1)!, base),
    srcset: item.widths.map((w) => `${mediaUrl(item, w, base)} ${w}w`).join(', '),
    sizes,
    width: item.width,
    height: item.height,
  }
}
