import { compareVietnamese, fold, toNfc } from '../../platform/text/vietnamese.ts'

// Bylines are free text, so an author is a normalised name. Two keys:
// - the name's key (NFC, trimmed, spaces collapsed, lower-case): spellings with the same key are
//   one author without asking ("Lê  Hải", "lê hải");
// - its folded key (no diacritics, no punctuation): names that match only there are suggested for
//   a merge, never merged alone, since "Lê Hải" and "Lệ Hải" may well be two people.
// The merge table (report_author_aliases) maps a key to the author it counts for.

export const UNNAMED = '(Không ghi tên)'

export const displayName = (name: string): string => toNfc(name).replace(/\s+/g, ' ').trim()

export const nameKey = (name: string): string => displayName(name).toLowerCase()

export const foldedKey = (name: string): string => fold(displayName(name)).replace(/[^a-z0-9]+/g, '')

/**
 * The authors a byline names: "Lê Hải, Minh Anh", "Lê Hải và Minh Anh", "Lê Hải & Minh Anh" are
 * two; each is credited in full with the article (co-authors each have written it).
 */
export function bylineAuthors(bylineName: string): string[] {
  const names = displayName(bylineName).split(/\s*(?:[,;&]|\s(?:và|cùng)\s)\s*/u).map(displayName).filter(Boolean)
  const seen = new Set<string>()
  return names.filter((n) => (seen.has(nameKey(n)) ? false : (seen.add(nameKey(n)), true)))
}

/** Who a spelling counts for, after the merge table. */
export class AuthorResolver {
  private readonly aliases: ReadonlyMap<string, string>
  private readonly firstSpelling = new Map<string, string>()

  constructor(aliases: readonly { aliasKey: string; authorName: string }[]) {
    this.aliases = new Map(aliases.map((a) => [a.aliasKey, displayName(a.authorName)]))
    // The target's own key reads as the target, whatever spelling of it comes first.
    for (const target of this.aliases.values()) this.firstSpelling.set(nameKey(target), target)
  }

  /** The author's name as shown: the merge's target, else the first spelling met of this key. */
  resolve(name: string): string {
    const clean = displayName(name)
    if (!clean) return UNNAMED
    const merged = this.aliases.get(nameKey(clean))
    if (merged) return merged
    const known = this.firstSpelling.get(nameKey(clean))
    if (known) return known
    this.firstSpelling.set(nameKey(clean), clean)
    return clean
  }
}

export interface MergeSuggestion {
  /** The spellings whose folded keys match, the most frequent first: the first is offered as the author. */
  names: string[]
}

/**
 * Names (as resolved, with how often each occurs) that fold to the same key: "Le Hai" and
 * "Lê Hải" are suggested, "Lê Hải" and "Lê Hải" (one key) never reach here.
 */
export function suggestMerges(counts: ReadonlyMap<string, number>): MergeSuggestion[] {
  const groups = new Map<string, string[]>()
  for (const name of counts.keys()) {
    if (name === UNNAMED) continue
    const key = foldedKey(name)
    if (!key) continue
    groups.set(key, [...(groups.get(key) ?? []), name])
  }
  return [...groups.values()].filter((g) => new Set(g.map(nameKey)).size > 1)
    .map((g) => ({ names: g.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareVietnamese(a, b)) }))
    .sort((a, b) => compareVietnamese(a.names[0]!, b.names[0]!))
}
