// Items a module pins at the top of the portal's feeds while they last (an urgent alert): not
// content (no search, no sitemap, no tag page), just something feed readers must see first.
// They go into the cached feed, so the module purges the feeds ('layout') when they change.

export interface PinnedFeedItem {
  title: string
  /** Absolute, or a path on the portal (the feed makes it absolute). */
  url: string
  lead: string
  publishedAt: Date
  /** Stable and unique: several pinned items may share a link. */
  guid: string
}

export interface FeedPin {
  /** Stable, for errors and logs. */
  id: string
  items(): Promise<readonly PinnedFeedItem[]>
}

/** Every module's pins, in the modules' order. */
export class FeedPins {
  readonly #pins: FeedPin[] = []

  add(pin: FeedPin): void {
    if (this.#pins.some((p) => p.id === pin.id)) throw new Error(`the feed pin "${pin.id}" is added twice`)
    this.#pins.push(pin)
  }

  async items(): Promise<PinnedFeedItem[]> {
    return (await Promise.all(this.#pins.map((p) => p.items()))).flat()
  }
}
