import type { Translate } from '../../platform/i18n/index.ts'
import { weatherMessages } from './messages.ts'

type WeatherWords = Translate<(typeof weatherMessages)['vi']>
type CodeKey = Extract<keyof (typeof weatherMessages)['vi'], `w${number}`>

const isKnown = (key: string): key is CodeKey => key in weatherMessages.vi

/** A WMO weather interpretation code (as used by Open-Meteo) in the page's words. */
export function describeWeather(code: number, t: WeatherWords): string {
  const key = `w${code}`
  return isKnown(key) ? t(key) : t('unknown')
}
