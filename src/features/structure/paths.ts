import type { Lang } from '../../platform/i18n/index.ts'

/** The page cache's tag of every structure page: any change to units or people purges them all. */
export const STRUCTURE_TAG = 'structure'
export const NEWSROOM_PATH = '/toa-soan/co-cau'

export interface StructurePaths {
  lang: Lang
  chart: string
  directory: string
  other: { chart: string; directory: string }
}

export const VIETNAMESE_PATHS: StructurePaths = {
  lang: 'vi', chart: '/co-cau-to-chuc', directory: '/co-cau-to-chuc/danh-ba',
  other: { chart: '/en/organisation', directory: '/en/organisation/directory' },
}
export const ENGLISH_PATHS: StructurePaths = {
  lang: 'en', chart: '/en/organisation', directory: '/en/organisation/directory',
  other: { chart: '/co-cau-to-chuc', directory: '/co-cau-to-chuc/danh-ba' },
}

/** One card for both languages: its words are the Vietnamese record's. */
export const vcardPath = (personId: number) => `/co-cau-to-chuc/danh-ba/${personId}.vcf`
