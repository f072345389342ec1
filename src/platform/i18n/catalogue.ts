// A feature's interface words, in every language the portal speaks. Vietnamese is written first
// and is the reference: the English table must hold the same keys (a missing or extra one is a
// type error) and the same {placeholders} (checked by the test of every catalogue).

export const LANGUAGES = ['vi', 'en'] as const
export type Lang = (typeof LANGUAGES)[number]

/** A message that depends on a number: `{count}` is replaced, the form chosen by Intl.PluralRules. */
export interface Plural {
  one?: string
  other: string
}

export type Message = string | Plural
export type Messages = Record<string, Message>

/** The names between braces in a message: 'Hơn {count} kết quả' → 'count'. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never

export type ParamsOf<M> = M extends Plural ? Placeholders<M['other'] | M['one']> | 'count' : Placeholders<M>

export type ParamValues<M> = { [P in ParamsOf<M>]: P extends 'count' ? number : string | number }

export interface Catalogue<M extends Messages> {
  readonly name: string
  readonly vi: M
  readonly en: { readonly [K in keyof M]: Message }
}

export function defineMessages<const M extends Messages>(name: string, vi: M, en: { readonly [K in keyof M]: M[K] extends Plural ? Plural : string }): Catalogue<M> {
  return { name, vi, en }
}
