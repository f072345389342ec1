import sharp from 'sharp'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { readUpload } from '../media/index.ts'
import type { Block, ImageRef } from './article-blocks.ts'
import { printSource, PRINT_WIDTH, type PdfImage } from './render/images.ts'

// Images in the PDF come from the media storage (the uploads' own bytes, local or S3), never
// over the network: an image on another site is named by its description instead. pdfkit reads
// JPEG and PNG, not WebP, so each is made a JPEG about as wide as the printed column needs, on
// sharp's thread pool (not the event loop), before the layout starts.

const MAX_SOURCE_BYTES = 20 * 1024 * 1024
/** A gallery of hundreds of photos still makes a PDF of bounded size and cost. */
export const MAX_PDF_IMAGES = 40

/** Every image a PDF shows, in order: the lead image, then the body's (figures, galleries, video posters). */
export function imagesOf(leadImage: ImageRef | undefined, blocks: readonly Block[]): ImageRef[] {
  const refs: ImageRef[] = leadImage ? [leadImage] : []
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.kind === 'figure') refs.push(block.image)
      else if (block.kind === 'video' && block.poster) refs.push(block.poster)
      else if (block.kind === 'quote') walk(block.blocks)
      else if (block.kind === 'list') block.items.forEach(walk)
    }
  }
  walk(blocks)
  return refs
}

/** The JPEG of each image the storage holds, by the address the layout will ask for. */
export async function loadPdfImages(storage: MediaStorage, publicBase: string | undefined, refs: readonly ImageRef[], log: { warn(obj: object, msg: string): void }): Promise<[string, PdfImage][]> {
  const urls = [...new Set(refs.map(printSource))].slice(0, MAX_PDF_IMAGES)
  const loaded = await Promise.all(urls.map(async (url): Promise<[string, PdfImage] | undefined> => {
    try {
      const bytes = await readUpload(storage, url, publicBase, MAX_SOURCE_BYTES)
      if (!bytes) return undefined
      const { data, info } = await sharp(bytes, { limitInputPixels: 40_000_000, pages: 1 })
        .resize({ width: PRINT_WIDTH, withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 80 })
        .toBuffer({ resolveWithObject: true })
      return [url, { jpeg: data, width: info.width, height: info.height }]
    } catch (error) {
      // A missing or broken image leaves its description in the PDF, not a failed download.
      log.warn({ err: error, url }, 'an image could not be put into the article PDF')
      return undefined
    }
  }))
  return loaded.filter((entry) => entry !== undefined)
}
