import type { Lang } from '../../platform/i18n/index.ts'
import { slugify } from '../../platform/text/vietnamese.ts'

/** Cache tags: one per week's page, one for every feed, one for all of the calendar's pages (the day turns). */
export const weekTag = (week: string) => `calendar:${week}`
export const CALENDAR_FEEDS_TAG = 'calendar:feeds'
export const CALENDAR_TAG = 'calendar'

export interface CalendarPaths {
  lang: Lang
  list: string
  weekParam: string
  week(week: string): string
  feed: string
  leaderFeed(name: string): string
}

const paths = (lang: Lang, list: string, weekParam: string): CalendarPaths => ({
  lang, list, weekParam,
  week: (week) => `${list}?${weekParam}=${week}`,
  // The feeds are the same data in any language: one address for each.
  feed: '/lich-cong-tac/lich.ics',
  leaderFeed: (name) => `/lich-cong-tac/lanh-dao/${slugify(name, 100)}.ics`,
})

export const VIETNAMESE_CALENDAR = paths('vi', '/lich-cong-tac', 'tuan')
export const ENGLISH_CALENDAR = paths('en', '/en/work-calendar', 'week')
export const NEWSROOM_CALENDAR = '/toa-soan/lich-cong-tac'
