import type { Catalogue, Messages, ParamValues, ParamsOf } from './catalogue.ts'
import type { Locale } from './locale.ts'

/**
 * A message named but not yet said: an error raised deep in a service carries it, and the page
 * that reports the error says it in the page's language.
 */
export interface Phrase {
  readonly catalogue: Catalogue<Messages>
  readonly key: string
  readonly params?: Record<string, string | number>
}

export function phrase<M extends Messages, K extends keyof M & string>(
  catalogue: Catalogue<M>,
  key: K,
  ...params: [ParamsOf<M[K]>] extends [never] ? [] : [ParamValues<M[K]>]
): Phrase {
  return { catalogue: catalogue as unknown as Catalogue<Messages>, key, ...(params[0] ? { params: params[0] as Record<string, string | number> } : {}) }
}

export function say(locale: Locale, words: Phrase): string {
  const t = locale.t(words.catalogue) as (key: string, params?: Record<string, string | number>) => string
  return t(words.key, words.params)
}
