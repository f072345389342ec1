import type { Lang } from '../../platform/i18n/index.ts'

/** Where each language's portal begins: Vietnamese at the root, English under /en/. */
export const ENGLISH_PREFIX = '/en'

export function portalPaths(lang: Lang): { home: string; search: string } {
  return lang === 'en' ? { home: `${ENGLISH_PREFIX}/`, search: `${ENGLISH_PREFIX}/search` } : { home: '/', search: '/tim-kiem' }
}

/** The language of the portal an address belongs to: its error pages speak it. */
export function languageOfPath(url: string): Lang {
  return url === ENGLISH_PREFIX || url.startsWith(`${ENGLISH_PREFIX}/`) || url.startsWith(`${ENGLISH_PREFIX}?`) ? 'en' : 'vi'
}
