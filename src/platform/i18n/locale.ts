import { formatNewsroomDate, formatNewsroomTime, formatShortTime, NEWSROOM_TIME_ZONE } from '../text/time.ts'
import type { Catalogue, Lang, Message, Messages, ParamValues, ParamsOf } from './catalogue.ts'

/** t('key') or t('key', { name: … }) when the message has placeholders. */
export type Translate<M extends Messages> = <K extends keyof M & string>(
  key: K,
  ...params: [ParamsOf<M[K]>] extends [never] ? [] : [ParamValues<M[K]>]
) => string

/**
 * Everything a view needs to speak a page's language: its words (through each feature's
 * catalogue), dates, times and numbers.
 */
export interface Locale {
  /** What `<html lang>` says. */
  readonly lang: Lang
  t<M extends Messages>(catalogue: Catalogue<M>): Translate<M>
  /** "Thứ Sáu, 15/01/2021 09:30" / "Friday, 15 January 2021 at 09:30" */
  dateTime(instant: Date): string
  /** "15/01/2021" / "15 January 2021" */
  date(instant: Date): string
  /** "09:30 15/01": short freshness notes (the weather block). */
  shortTime(instant: Date): string
  number(value: number): string
}

export interface LocaleOptions {
  /**
   * Every message wrapped in ⟦…⟧ (the Vietnamese words inside): a test renders pages this way
   * and finds any interface word that did not come from a catalogue.
   */
  pseudo?: boolean
}

const PLACEHOLDER = /\{(\w+)\}/

/** A message cut at its placeholders once: "Tối đa {max} ký tự." → ['Tối đa ', 'max', ' ký tự.'] (text, name, text…). */
const pieces = new Map<string, readonly string[]>()

function piecesOf(text: string): readonly string[] {
  let cut = pieces.get(text)
  if (!cut) {
    // split() with a capture group keeps the names at the odd places.
    cut = text.split(new RegExp(PLACEHOLDER.source, 'g'))
    pieces.set(text, cut)
  }
  return cut
}

// Pages ask for the same messages many times each: a message is cut at its placeholders once
// and filled by joining, not searched with a regular expression on every call.
function fill(text: string, params: Record<string, string | number> | undefined, number: (n: number) => string): string {
  if (!params) return text
  const cut = piecesOf(text)
  if (cut.length === 1) return text
  let out = cut[0]!
  for (let i = 1; i < cut.length; i += 2) {
    const name = cut[i]!
    const value = params[name]
    out += (value === undefined ? `{${name}}` : typeof value === 'number' ? number(value) : value) + cut[i + 1]!
  }
  return out
}

// Vietnamese keeps the newsroom's own formatting (plain arithmetic on UTC+7, platform/text/time.ts):
// its output is what readers have always seen, and it costs less than Intl on every list.
const vietnamese = {
  dateTime: formatNewsroomTime,
  date: formatNewsroomDate,
  shortTime: formatShortTime,
}

function intlDates(lang: Lang) {
  const tag = lang === 'en' ? 'en-GB' : lang
  const zone = { timeZone: NEWSROOM_TIME_ZONE }
  const dateTime = new Intl.DateTimeFormat(tag, { ...zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const date = new Intl.DateTimeFormat(tag, { ...zone, day: 'numeric', month: 'long', year: 'numeric' })
  const shortTime = new Intl.DateTimeFormat(tag, { ...zone, day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return {
    dateTime: (d: Date) => dateTime.format(d),
    date: (d: Date) => date.format(d),
    shortTime: (d: Date) => shortTime.format(d),
  }
}

// The pseudo-language's dates carry no words (the weekday would be the only one): digits and
// punctuation are not interface text the test needs to find.
const pseudoDates = {
  dateTime: (d: Date) => formatNewsroomTime(d).replace(/^[^,]*, /, ''),
  date: formatNewsroomDate,
  shortTime: formatShortTime,
}

export function createLocale(lang: Lang, options: LocaleOptions = {}): Locale {
  const plurals = new Intl.PluralRules(lang)
  const numbers = new Intl.NumberFormat(lang)
  const number = (n: number) => numbers.format(n)
  const dates = options.pseudo ? pseudoDates : lang === 'vi' ? vietnamese : intlDates(lang)
  const wrap = options.pseudo ? (text: string) => `⟦${text}⟧` : (text: string) => text
  const translators = new WeakMap<Catalogue<Messages>, Translate<Messages>>()
  return {
    lang,
    t<M extends Messages>(catalogue: Catalogue<M>): Translate<M> {
      let translate = translators.get(catalogue)
      if (!translate) {
        const table: Readonly<Record<string, Message>> = catalogue[lang]
        translate = (key: string, ...rest: unknown[]) => {
          const message = table[key]
          if (message === undefined) throw new Error(`no message ${catalogue.name}.${key} in ${lang}`)
          const params = rest[0] as Record<string, string | number> | undefined
          if (typeof message === 'string') return wrap(fill(message, params, number))
          const count = Number(params?.count ?? 0)
          const form = plurals.select(count) === 'one' && message.one !== undefined ? message.one : message.other
          return wrap(fill(form, params, number))
        }
        translators.set(catalogue, translate)
      }
      return translate as unknown as Translate<M>
    },
    ...dates,
    number,
  }
}

/** The portal's languages, built once: pages ask for theirs by its code. */
export class Locales {
  readonly #locales: Record<Lang, Locale>
  constructor(options: LocaleOptions = {}) {
    this.#locales = { vi: createLocale('vi', options), en: createLocale('en', options) }
  }

  of(lang: Lang): Locale {
    return this.#locales[lang]
  }
}
