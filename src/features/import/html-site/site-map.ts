import { readFile } from 'node:fs/promises'
import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { parseHTML } from 'linkedom'
import { MalformedSourceError } from '../records.ts'
import { compileDateFormat, type DateFormat } from './date-format.ts'
import { globToRegExp } from './glob.ts'

// The map an administrator writes for a saved site: per group of saved files, the CSS selectors
// that hold each part of an article. The fixture test/fixtures/import/html-site/map.json is an example.

const Selector = Type.String({ minLength: 1, maxLength: 500 })

const Rule = Type.Object({
  /** How --check and problems name the rule; the pattern when absent. */
  name: Type.Optional(Type.String({ maxLength: 200 })),
  /** Over the saved file's path relative to DIR: "tin-tuc/*\/chi-tiet.aspx*". */
  glob: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  regex: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  kind: Type.Union([Type.Literal('article'), Type.Literal('page')]),
  title: Selector,
  body: Selector,
  date: Type.Optional(Type.Object({ selector: Selector, format: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false })),
  lead: Type.Optional(Selector),
  byline: Type.Optional(Selector),
  category: Type.Optional(Type.Object({
    /** The links of a breadcrumb ("Trang chủ › Tin tức › Thời sự"): a hierarchy of categories. */
    breadcrumb: Type.Optional(Selector),
    /** An element whose text names the category. */
    selector: Type.Optional(Selector),
    /** One category for every file of the rule. */
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  }, { additionalProperties: false })),
  /** The images to carry over, inside the body; every <img> when absent. */
  images: Type.Optional(Selector),
  /** Taken out of the body: share buttons, "Tin liên quan", print links. */
  remove: Type.Optional(Type.Array(Selector, { maxItems: 100 })),
  status: Type.Optional(Type.Union([Type.Literal('published'), Type.Literal('draft')])),
}, { additionalProperties: false })

export const SiteMapSchema = Type.Object({
  /** The addresses the old site was served from, so absolute links to it are known as its own. */
  site: Type.Optional(Type.Array(Type.String({ pattern: '^https?://[^/]+/?$' }), { maxItems: 20 })),
  rules: Type.Array(Rule, { minItems: 1, maxItems: 200 }),
}, { additionalProperties: false })
export type SiteMapJson = Static<typeof SiteMapSchema>
type RuleJson = Static<typeof Rule>

export interface SiteRule extends RuleJson {
  /** The rule's name, or its pattern. */
  label: string
  matches(savedPath: string): boolean
  dateFormat?: DateFormat
}

export interface SiteMap {
  /** Origins ("http://soyte.example.gov.vn") whose links are the old site's own. */
  origins: string[]
  rules: SiteRule[]
}

/** "/rules/0/kind" → "rules[0].kind", as an administrator reads a JSON file. */
export function jsonPath(pointer: string): string {
  if (!pointer) return '(the map)'
  return pointer.split('/').slice(1).map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

/** Reads and checks the map: every problem is a MalformedSourceError naming the file (and line, or JSON path). */
export async function loadSiteMap(file: string): Promise<SiteMap> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new MalformedSourceError({ file }, `cannot read the map: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)
    const where = position ? lineAndColumn(text, Number(position[1])) : {}
    throw new MalformedSourceError({ file, ...where }, `the map is not valid JSON: ${(error as Error).message}`)
  }
  return parseSiteMap(json, file)
}

export function parseSiteMap(json: unknown, file: string): SiteMap {
  const fail = (pointer: string, problem: string) => new MalformedSourceError({ file }, `${jsonPath(pointer)}: ${problem}`)
  if (!Value.Check(SiteMapSchema, json)) {
    const first = Value.Errors(SiteMapSchema, json).First()!
    throw fail(first.path, first.message)
  }
  const probe = parseHTML('<!DOCTYPE html><html><body></body></html>').document
  const checkSelector = (pointer: string, selector: string | undefined) => {
    if (selector === undefined) return
    try {
      probe.querySelectorAll(selector)
    } catch {
      throw fail(pointer, `"${selector}" is not a CSS selector`)
    }
  }
  const rules = json.rules.map((rule, i): SiteRule => {
    const at = `/rules/${i}`
    if ((rule.glob === undefined) === (rule.regex === undefined)) throw fail(at, 'a rule needs either "glob" or "regex" (one of them)')
    let pattern: RegExp
    try {
      pattern = rule.regex !== undefined ? new RegExp(rule.regex) : globToRegExp(rule.glob!)
    } catch (error) {
      throw fail(`${at}/${rule.regex !== undefined ? 'regex' : 'glob'}`, `does not compile: ${(error as Error).message}`)
    }
    for (const field of ['title', 'body', 'lead', 'byline', 'images'] as const) checkSelector(`${at}/${field}`, rule[field])
    checkSelector(`${at}/date/selector`, rule.date?.selector)
    checkSelector(`${at}/category/breadcrumb`, rule.category?.breadcrumb)
    checkSelector(`${at}/category/selector`, rule.category?.selector)
    rule.remove?.forEach((selector, j) => checkSelector(`${at}/remove/${j}`, selector))
    if (rule.category && !rule.category.breadcrumb && !rule.category.selector && !rule.category.name) {
      throw fail(`${at}/category`, 'needs "breadcrumb", "selector" or "name"')
    }
    if (rule.category && rule.kind === 'page') throw fail(`${at}/category`, 'pages have no category')
    let dateFormat: DateFormat | undefined
    try {
      dateFormat = rule.date && compileDateFormat(rule.date.format)
    } catch (error) {
      throw fail(`${at}/date/format`, (error as Error).message)
    }
    return {
      ...rule,
      label: rule.name ?? rule.glob ?? rule.regex!,
      matches: savedPath => pattern.test(savedPath),
      dateFormat,
    }
  })
  return { origins: (json.site ?? []).map(site => new URL(site).origin), rules }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}
