import { articleMessages } from './features/articles/index.ts'
import { commentMessages } from './features/comments/index.ts'
import { homeMessages } from './features/home/index.ts'
import { linkMessages } from './features/links/index.ts'
import { mostReadMessages } from './features/most-read/index.ts'
import { searchMessages } from './features/search/index.ts'
import { siteMessages } from './features/site/index.ts'
import { weatherMessages } from './features/weather/index.ts'
import { httpMessages } from './platform/http/messages.ts'
import type { Catalogue, Messages } from './platform/i18n/index.ts'

/** Every catalogue of the public portal's interface: each must be complete in every language. */
export const PORTAL_CATALOGUES: readonly Catalogue<Messages>[] = [
  httpMessages, siteMessages, articleMessages, homeMessages, commentMessages, searchMessages, weatherMessages, linkMessages, mostReadMessages,
]
