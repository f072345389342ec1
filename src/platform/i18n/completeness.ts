import { LANGUAGES, type Catalogue, type Messages } from './catalogue.ts'
import { placeholdersOf } from './placeholders.ts'

/**
 * What is wrong with a catalogue, in words: a key missing from a language (the type checker
 * catches it in source; this catches a table built some other way), an empty message, or a
 * translation that drops or invents a {placeholder}.
 */
export function catalogueProblems(catalogue: Catalogue<Messages>): string[] {
  const problems: string[] = []
  const keys = new Set(LANGUAGES.flatMap((lang) => Object.keys(catalogue[lang])))
  for (const key of keys) {
    const reference = catalogue.vi[key]
    for (const lang of LANGUAGES) {
      const message = catalogue[lang][key]
      if (message === undefined) {
        problems.push(`${catalogue.name}.${key}: missing in ${lang}`)
        continue
      }
      const texts = typeof message === 'string' ? [message] : [message.other, message.one ?? 'x']
      if (texts.some((text) => text.trim() === '')) problems.push(`${catalogue.name}.${key}: empty in ${lang}`)
      if (reference !== undefined && placeholdersOf(message).join() !== placeholdersOf(reference).join()) {
        problems.push(`${catalogue.name}.${key}: ${lang} uses {${placeholdersOf(message).join('}, {')}}, vi {${placeholdersOf(reference).join('}, {')}}`)
      }
    }
  }
  return problems
}
