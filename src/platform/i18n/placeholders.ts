import type { Message } from './catalogue.ts'

/** The {names} a message uses, sorted: both languages of a key must use the same ones. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : [message.other, ...(message.one === undefined ? [] : [message.one])]
  const names = new Set<string>()
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1]!)
  if (typeof message !== 'string') names.add('count')
  return [...names].sort()
}
