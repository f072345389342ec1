export type { ContentAddress, ContentEntry, ContentItem, ContentRef, ContentSource, IdRange, ListCursor, NewestQuery, Tagged, TaggedQuery } from './content-source.ts'
export { ContentSources } from './content-sources.ts'
export { ContentParts, type ContentPart, type PartOf } from './content-parts.ts'
export { FeedPins, type FeedPin, type PinnedFeedItem } from './feed-pins.ts'
