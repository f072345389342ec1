export type { ContentAddress, ContentEntry, ContentItem, ContentRef, ContentSource, IdRange, NewestQuery } from './content-source.ts'
export { ContentSources } from './content-sources.ts'
