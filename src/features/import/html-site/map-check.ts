import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { decodePage } from './page-text.ts'
import { extractPage, findings, parsePage } from './page-extract.ts'
import { openHtmlSiteSource } from './html-site-source.ts'
import { addressesOfSavedPage } from './saved-files.ts'

// `import html DIR --map FILE.json --check`: what the map takes from a few pages of each rule, so
// an administrator can tune the selectors before importing thousands of pages.

export const NOTHING_MATCHED = 'nothing matched'

export interface SampleCheck {
  savedPath: string
  /** Selector by selector: what it found as text, or NOTHING_MATCHED. */
  found: Record<string, string>
  /** The date as read, in ISO, when the rule has a date. */
  publishedAt?: string
  categories?: string
  problems: string[]
}

export interface RuleCheck {
  rule: string
  matchedFiles: number
  samples: SampleCheck[]
}

export interface MapCheck {
  rules: RuleCheck[]
  /** Saved pages that no rule takes (skipped by the import). */
  unmatched: number
}

export async function checkHtmlSiteMap(dir: string, mapFile: string, samplesPerRule = 5): Promise<MapCheck> {
  const source = await openHtmlSiteSource(dir, mapFile)
  const { pages, unmatched } = await source.plan()
  const rules: RuleCheck[] = []
  for (const rule of source.map.rules) {
    const taken = pages.filter(page => page.rule === rule)
    const samples: SampleCheck[] = []
    for (const { savedPath } of taken.slice(0, samplesPerRule)) {
      const html = decodePage(await readFile(join(source.dir, savedPath))).html
      const found = Object.fromEntries(Object.entries(findings(parsePage(html), rule))
        .map(([field, text]) => [field, text ? shorten(text) : NOTHING_MATCHED]))
      const extracted = extractPage(parsePage(html), rule, source.map, addressesOfSavedPage(savedPath)[0]!, source.dir)
      // The body as the import would take it: without the parts taken out and the furniture removed.
      if (extracted.ok) found.body = shorten(extracted.page.bodyHtml.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()) || NOTHING_MATCHED
      const sample: SampleCheck = { savedPath, found, problems: extracted.ok ? extracted.page.problems : [extracted.problem] }
      if (extracted.ok && extracted.page.publishedAt) sample.publishedAt = extracted.page.publishedAt.toISOString()
      if (extracted.ok && rule.category) sample.categories = extracted.page.categories.map(c => c.name).join(' › ') || NOTHING_MATCHED
      samples.push(sample)
    }
    rules.push({ rule: rule.label, matchedFiles: taken.length, samples })
  }
  return { rules, unmatched: unmatched.length }
}

const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text)

/** The check as the CLI prints it. */
export function formatMapCheck(check: MapCheck): string {
  const lines: string[] = []
  for (const rule of check.rules) {
    lines.push(`Rule "${rule.rule}": ${rule.matchedFiles} file(s)${rule.matchedFiles > rule.samples.length ? `, ${rule.samples.length} shown` : ''}`)
    if (rule.matchedFiles === 0) lines.push('  (no saved file matches this rule)')
    for (const sample of rule.samples) {
      lines.push(`  ${sample.savedPath}`)
      for (const [field, text] of Object.entries(sample.found)) lines.push(`    ${field}: ${text}`)
      if (sample.publishedAt) lines.push(`    date read as: ${sample.publishedAt}`)
      if (sample.categories) lines.push(`    categories: ${sample.categories}`)
      for (const problem of sample.problems) lines.push(`    problem: ${problem}`)
    }
  }
  lines.push(`${check.unmatched} saved page(s) match no rule and would be skipped`)
  return lines.join('\n')
}
