// How the home page's top is filled: what editors placed comes first, in their order; the newest
// articles not shown yet fill what is left, so a portal where nobody arranged anything still has
// a full home page, and no story shows twice.

export type HomeSlot = 'lead' | 'featured'

export const HOME_SLOTS: readonly HomeSlot[] = ['lead', 'featured']

/** As editors call them. */
export const SLOT_NAMES: Record<HomeSlot, string> = { lead: 'Tin tiêu điểm', featured: 'Tin nổi bật' }

/** How many each part of the page shows: the lead story and four beside it; four featured. */
export const SLOT_SIZES: Record<HomeSlot, number> = { lead: 5, featured: 4 }

/** "Tin mới", after them. */
export const LATEST_COUNT = 6

/** Enough of the newest to fill every part even when nothing was placed. */
export const NEWEST_NEEDED = SLOT_SIZES.lead + SLOT_SIZES.featured + LATEST_COUNT

export interface HomeStories<T> {
  /** Shown large, first. */
  leadStory: T | undefined
  /** Beside it, with small pictures. */
  focus: T[]
  featured: T[]
  latest: T[]
}

export function arrangeHome<T extends { article: { id: number } }>(picked: Record<HomeSlot, readonly T[]>, newest: readonly T[]): HomeStories<T> {
  const shown = new Set<number>()
  // What editors placed is kept for its own place: the newest filling an earlier part skip it.
  const placed = new Set([...picked.lead, ...picked.featured].map((item) => item.article.id))
  const take = (first: readonly T[], count: number): T[] => {
    const out: T[] = []
    for (const item of [...first, ...newest.filter((n) => !placed.has(n.article.id))]) {
      if (out.length === count) break
      if (shown.has(item.article.id)) continue
      shown.add(item.article.id)
      out.push(item)
    }
    return out
  }
  const [leadStory, ...focus] = take(picked.lead, SLOT_SIZES.lead)
  // Placed stories keep their place even when an editor put one in both lists by mistake: the first wins.
  const featured = take(picked.featured, SLOT_SIZES.featured)
  const latest = take([], LATEST_COUNT)
  return { leadStory, focus, featured, latest }
}

/** The ids already on the page: the sections below leave them out. */
export const shownIds = <T extends { article: { id: number } }>(stories: HomeStories<T>): Set<number> =>
  new Set([stories.leadStory, ...stories.focus, ...stories.featured, ...stories.latest].flatMap((s) => (s ? [s.article.id] : [])))
