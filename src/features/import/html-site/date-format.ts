// Old portals print dates their own way ("Thứ hai, 07/12/2026 14:30 (GMT+7)"); the map names the
// pattern ("dd/MM/yyyy HH:mm") and the date is found anywhere in the element's text. Times are
// the newsroom's (Asia/Ho_Chi_Minh, UTC+7 with no daylight saving since 1975).

const OFFSET_MS = 7 * 60 * 60 * 1000
const TOKEN = /yyyy|yy|MM|M|dd|d|HH|H|mm|ss|'[^']*'/g

type Part = 'year' | 'shortYear' | 'month' | 'day' | 'hour' | 'minute' | 'second'
const PARTS: Record<string, { part: Part; digits: string }> = {
  yyyy: { part: 'year', digits: '\\d{4}' },
  yy: { part: 'shortYear', digits: '\\d{2}' },
  // Sites that say "dd" still print "7/1/2021" now and then: one or two digits either way.
  MM: { part: 'month', digits: '\\d{1,2}' },
  M: { part: 'month', digits: '\\d{1,2}' },
  dd: { part: 'day', digits: '\\d{1,2}' },
  d: { part: 'day', digits: '\\d{1,2}' },
  HH: { part: 'hour', digits: '\\d{1,2}' },
  H: { part: 'hour', digits: '\\d{1,2}' },
  mm: { part: 'minute', digits: '\\d{1,2}' },
  ss: { part: 'second', digits: '\\d{1,2}' },
}

export interface DateFormat {
  readonly format: string
  parse(text: string): Date | undefined
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Compiles "dd/MM/yyyy HH:mm"; throws (in English) when the format cannot name a day. */
export function compileDateFormat(format: string): DateFormat {
  if (format === 'iso') return { format, parse: parseIso }
  const order: Part[] = []
  let source = ''
  let last = 0
  for (const match of format.matchAll(TOKEN)) {
    source += literal(format.slice(last, match.index))
    const token = match[0]
    if (token.startsWith("'")) source += literal(token.slice(1, -1))
    else {
      order.push(PARTS[token]!.part)
      source += `(${PARTS[token]!.digits})`
    }
    last = match.index + token.length
  }
  source += literal(format.slice(last))
  const has = (part: Part) => order.includes(part)
  if (!(has('year') || has('shortYear')) || !has('month') || !has('day')) {
    throw new Error(`date format "${format}" must name the day (dd), the month (MM) and the year (yyyy)`)
  }
  if (new Set(order).size !== order.length) throw new Error(`date format "${format}" names a part twice`)
  const pattern = new RegExp(`(?<!\\d)${source}(?!\\d)`)
  return {
    format,
    parse(text) {
      const match = pattern.exec(text)
      if (!match) return undefined
      const value: Partial<Record<Part, number>> = {}
      order.forEach((part, i) => { value[part] = Number(match[i + 1]) })
      const year = value.year ?? 2000 + value.shortYear!
      return localTime(year, value.month!, value.day!, value.hour ?? 0, value.minute ?? 0, value.second ?? 0)
    },
  }
}

function literal(text: string): string {
  // Any run of spaces in the format matches any run of spaces (or none) in the page.
  return text.split(/\s+/).map(escape).join('\\s*')
}

function localTime(year: number, month: number, day: number, hour: number, minute: number, second: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined
  const utc = Date.UTC(year, month - 1, day, hour, minute, second)
  if (new Date(utc).getUTCDate() !== day) return undefined // 31/02
  return new Date(utc - OFFSET_MS)
}

function parseIso(text: string): Date | undefined {
  const match = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(text)
  if (!match) return undefined
  const iso = match[0].replace(' ', 'T')
  // An ISO time with no offset is the newsroom's local time, as the rest of the map's dates are.
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(iso) && iso.includes('T')
  const date = new Date(hasZone ? iso : `${iso.length === 10 ? `${iso}T00:00` : iso}+07:00`)
  return Number.isNaN(date.getTime()) ? undefined : date
}
