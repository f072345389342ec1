import type { Db } from '../../platform/db/connect.ts'
import type { CategoryTree } from '../categories/index.ts'
import { findMedia, listMedia, mediaUrl, type MediaItem } from '../media/index.ts'
import type { DraftInput } from './draft.ts'
import type { LeadImageChoice } from './views/lead-image-picker.view.ts'
import type { SeoPreview } from './views/seo-preview.view.ts'

// The parts of the editor page read from elsewhere: the library's recent images for the lead
// image, and the address, title, description and picture a search engine or a shared link shows.

/** Enough for a glance at what was uploaded lately; the library has the rest. */
const RECENT_IMAGES = 12
const THUMBNAIL_WIDTH = 160

export async function leadImageChoices(db: Db, selected: number | undefined, mediaBase: string | undefined): Promise<LeadImageChoice[]> {
  const recent = await listMedia(db, { limit: RECENT_IMAGES })
  const current = selected !== undefined && !recent.some((m) => m.id === selected) ? await findMedia(db, selected) : undefined
  return [...(current ? [current] : []), ...recent].map((m) => leadImageChoice(m, mediaBase))
}

export function leadImageChoice(m: MediaItem, mediaBase: string | undefined): LeadImageChoice {
  return {
    id: m.id, thumbnailUrl: mediaUrl(m, m.widths[0]!, mediaBase), alt: m.alt,
    width: THUMBNAIL_WIDTH, height: Math.max(1, Math.round((THUMBNAIL_WIDTH * m.height) / m.width)),
  }
}

type FormValues = Partial<DraftInput> & { slug?: string }

/** As the public page's <title>, description and og:image would come out of these values. */
export function seoPreviewOf(values: FormValues, tree: CategoryTree, publicUrl: string, leadImage: LeadImageChoice | undefined): SeoPreview {
  const base = publicUrl.replace(/\/$/, '')
  const category = values.categoryId !== undefined && tree.find(values.categoryId) ? tree.url(values.categoryId) : ''
  return {
    url: `${base}${category}/${values.slug || '…'}`,
    title: values.seoTitle || values.title || '',
    description: values.seoDescription || values.lead || '',
    imageUrl: leadImage?.thumbnailUrl,
  }
}
