import type { NewsroomEventName } from '../events.ts'
import type { Lang, Locale } from '../i18n/index.ts'
import type { SafeHtml } from '../views/html.ts'
import type { SlotName } from './slots.ts'

/**
 * Something a feature offers to show around every page's own content ("Thời tiết", "Đọc
 * nhiều"…). A plain description a feature's index.ts exports; the block registry is the one
 * place that knows them all, and the administrator decides where each one shows.
 */
export interface Block {
  /** Stable: the stored placements name the block by it. */
  id: string
  /** What the administrator calls it on the layout screen. */
  title: string
  /** The slots it makes sense in; it is refused anywhere else. */
  slots: readonly SlotName[]
  /** Where it shows until the administrator says otherwise; absent: nowhere until placed. */
  defaultPlacement?: { slot: SlotName; order: number }
  /** Its markup in the page's language (words from the catalogues). Kept in memory, per language, until one of the `staleOn` events. */
  render(locale: Locale): Promise<SafeHtml>
  /** The languages whose pages show it; absent: every language. A block of Vietnamese content says ['vi']. */
  languages?: readonly Lang[]
  /**
   * Shown on every page whatever the layout says: the administrator may move it, never hide it
   * (urgent alerts: a portal must be able to warn every reader). A hidden placement stored
   * before the block said so is shown all the same.
   */
  alwaysShown?: boolean
  /** The changes after which `render()` must be asked again. */
  staleOn: readonly NewsroomEventName[]
}
