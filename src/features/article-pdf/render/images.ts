import type { ImageRef } from '../article-blocks.ts'

export interface PdfImage {
  /** JPEG bytes. */
  jpeg: Uint8Array
  width: number
  height: number
}

/** The images of one PDF, read beforehand by the portal (../pdf-images.ts). */
export interface ImageSource {
  get(ref: ImageRef): PdfImage | undefined
}

/** Enough for the 17 cm column at about 150 dpi. */
export const PRINT_WIDTH = 1000

/** The smallest width of the srcset that is at least the print width, else the largest, else src. */
export function printSource(ref: ImageRef): string {
  const candidates = (ref.srcset ?? '').split(',').map((entry) => {
    const [url, size] = entry.trim().split(/\s+/)
    return { url: url ?? '', width: Number((size ?? '').replace(/w$/, '')) || 0 }
  }).filter((c) => c.url && c.width > 0).sort((a, b) => a.width - b.width)
  return (candidates.find((c) => c.width >= PRINT_WIDTH) ?? candidates.at(-1))?.url ?? ref.src
}

export function imageMap(entries: Iterable<[string, PdfImage]>): ImageSource {
  const images = new Map(entries)
  return { get: (ref) => images.get(printSource(ref)) }
}
