import type { Db } from '../../platform/db/connect.ts'
import { ValidationError } from '../../platform/http/errors.ts'
import { findMedia, imageSources, thumbSrcset } from '../media/index.ts'
import type { ChosenLeadImage } from './editorial.repository.ts'

/** The library image chosen as lead image, with the sources readers' pages print. */
export async function chooseLeadImage(db: Db, mediaId: number | undefined, mediaBase: string | undefined): Promise<ChosenLeadImage | undefined> {
  if (mediaId === undefined) return undefined
  const media = await findMedia(db, mediaId)
  if (!media) throw new ValidationError({ leadImageId: 'Không tìm thấy ảnh này trong thư viện.' })
  const sources = imageSources(media, undefined, mediaBase)
  return {
    id: media.id, url: sources.src, srcset: sources.srcset, alt: media.alt, caption: media.caption, width: sources.width, height: sources.height,
    thumbs: thumbSrcset(media, mediaBase),
  }
}
