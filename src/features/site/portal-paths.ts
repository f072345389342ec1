import type { Lang } from '../../platform/i18n/index.ts'

/** Where each language's portal begins: Vietnamese at the root, English under /en/. */
export const ENGLISH_PREFIX = '/en'

export function portalPaths(lang: Lang): { home: string; search: string } {
  return lang === 'en' ? { home: `${ENGLISH_PREFIX}/`, search: `${ENGLISH_PREFIX}/search` } : { home: '/', search: '/tim-kiem' }
}

/** The home and search pages exist in both languages: each names both addresses. */
export const HOME_ALTERNATES = [{ lang: 'vi', path: '/' }, { lang: 'en', path: `${ENGLISH_PREFIX}/` }] as const satisfies readonly { lang: Lang; path: string }[]
export const SEARCH_ALTERNATES = [{ lang: 'vi', path: '/tim-kiem' }, { lang: 'en', path: `${ENGLISH_PREFIX}/search` }] as const satisfies readonly { lang: Lang; path: string }[]

/** The language of the portal an address belongs to: its error pages speak it. */
export function languageOfPath(url: string): Lang {
  return url === ENGLISH_PREFIX || url.startsWith(`${ENGLISH_PREFIX}/`) || url.startsWith(`${ENGLISH_PREFIX}?`) ? 'en' : 'vi'
}
