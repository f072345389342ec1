import { parseHTML } from 'linkedom'
import { resolveOnSite } from './saved-files.ts'
import type { SiteMap, SiteRule } from './site-map.ts'

// One saved page read through its rule: the parts of an article, the body cleaned of the old
// portal's own furniture, its images found among the saved files.

export interface CategoryLevel {
  name: string
  /** The category's page on the old site, when the breadcrumb links to it. */
  address?: string
}

export interface PageImage {
  /** The saved file, relative to DIR. */
  savedPath: string
  /** Its address on the old site ("/Uploads/anh.jpg"): what the body names it by now. */
  address: string
  /** The src as the page wrote it, when it named the old site in full ("http://…/Uploads/anh.jpg"). */
  written: string
  alt?: string
}

export interface ExtractedPage {
  title: string
  lead?: string
  byline?: string
  publishedAt?: Date
  bodyHtml: string
  /** From the top of the hierarchy down; empty when the rule names none or nothing matched. */
  categories: CategoryLevel[]
  images: PageImage[]
  /** What was dropped or changed, for the article's notes. */
  notes: string[]
  /** What the administrator should look at (a date not understood, an image not saved). */
  problems: string[]
  fontFaces: string[]
}

/** What each of the rule's selectors found, as text: --check shows it. */
export type SelectorFindings = Record<string, string | undefined>


const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
const HOME = /^(trang chủ|trang chu|home|trang nhất)$/i
// Markup of the old portal that no article can show: scripts, its forms (ASP.NET's __VIEWSTATE),
// Flash players. Dropped with a note.
const UNRENDERABLE: [string, string][] = [
  ['script', 'script'], ['noscript', 'noscript block'], ['style', 'style block'], ['link', 'stylesheet link'],
  ['object, embed, applet', 'Flash or plug-in object'], ['form, input, select, textarea, button', 'form control'],
]

export function findings(document: ReturnType<typeof parseHTML>['document'], rule: SiteRule): SelectorFindings {
  const text = (selector: string | undefined) => {
    if (!selector) return undefined
    const found = [...document.querySelectorAll(selector)].map(el => collapse(el.textContent)).filter(Boolean)
    return found.length ? found.join(' | ') : ''
  }
  const found: SelectorFindings = { title: text(rule.title), body: text(rule.body) }
  if (rule.date) found.date = text(rule.date.selector)
  if (rule.lead) found.lead = text(rule.lead)
  if (rule.byline) found.byline = text(rule.byline)
  if (rule.category?.breadcrumb) found.breadcrumb = text(rule.category.breadcrumb)
  if (rule.category?.selector) found.category = text(rule.category.selector)
  const body = document.querySelector(rule.body)
  if (body) {
    found.images = [...body.querySelectorAll(rule.images ?? 'img')].map(img => img.getAttribute('src') ?? '').join(' | ')
    for (const selector of rule.remove ?? []) found[`remove ${selector}`] = String(body.querySelectorAll(selector).length)
  }
  return found
}

export function parsePage(html: string) {
  return parseHTML(html).document
}

export function extractPage(
  document: ReturnType<typeof parseHTML>['document'],
  rule: SiteRule,
  map: SiteMap,
  pageAddress: string,
  dir: string,
): { ok: true; page: ExtractedPage } | { ok: false; problem: string } {
  const titleElement = document.querySelector(rule.title)
  const title = collapse(titleElement?.textContent)
  if (!title) return { ok: false, problem: `the title selector "${rule.title}" found nothing` }
  const body = document.querySelector(rule.body)
  if (!body) return { ok: false, problem: `the body selector "${rule.body}" found nothing` }

  const notes: string[] = []
  const problems: string[] = []
  const first = (selector: string | undefined) => (selector ? document.querySelector(selector) : null)
  const leadElement = first(rule.lead)
  const bylineElement = first(rule.byline)
  const dateElement = first(rule.date?.selector)
  const lead = collapse(leadElement?.textContent) || undefined
  const byline = collapse(bylineElement?.textContent) || undefined

  let publishedAt: Date | undefined
  if (rule.date) {
    const dateText = collapse(dateElement?.getAttribute('datetime') || dateElement?.textContent)
    publishedAt = dateText ? rule.dateFormat!.parse(dateText) : undefined
    if (!dateText) problems.push(`the date selector "${rule.date.selector}" found nothing`)
    else if (!publishedAt) problems.push(`the date "${dateText}" does not read as "${rule.date.format}"`)
  }

  // Links on the page are relative to its <base href> when it has one, else to its own address.
  const baseHref = document.querySelector('base[href]')?.getAttribute('href')
  const linkBase = (baseHref && resolveOnSite(baseHref, pageAddress, map.origins)?.address) || pageAddress
  const categories = categoriesOf(document, rule, map, linkBase, title)
  if (rule.category && categories.length === 0) problems.push('no category found')

  const fontFaces = fontFacesOf(document, [titleElement, leadElement, body])

  // The parts taken into their own fields leave the body, so they are not shown twice.
  for (const part of [titleElement, leadElement, bylineElement, dateElement]) {
    if (part && part !== body && body.contains(part)) part.remove()
  }
  for (const selector of rule.remove ?? []) for (const el of body.querySelectorAll(selector)) el.remove()
  for (const [selector, what] of UNRENDERABLE) {
    const all = [...body.querySelectorAll(selector)]
    // An <embed> inside its <object> is one player, not two.
    const found = all.filter(el => !all.some(other => other !== el && other.contains(el)))
    if (found.length) notes.push(`${found.length} ${what}${found.length > 1 ? 's' : ''} dropped`)
    for (const el of found) el.remove()
  }
  removeComments(body)

  const images = carryImages(body, rule, map, linkBase, dir, problems)
  rewriteLinks(body, map, linkBase)

  return {
    ok: true,
    page: { title, lead, byline, publishedAt, bodyHtml: body.innerHTML.trim(), categories, images, notes, problems, fontFaces },
  }
}

function categoriesOf(document: ReturnType<typeof parseHTML>['document'], rule: SiteRule, map: SiteMap, pageAddress: string, title: string): CategoryLevel[] {
  const category = rule.category
  if (!category) return []
  if (category.breadcrumb) {
    const levels = [...document.querySelectorAll(category.breadcrumb)].map((el): CategoryLevel & { root: boolean } => {
      const href = el.getAttribute('href')
      const address = href ? resolveOnSite(href, pageAddress, map.origins)?.address : undefined
      return { name: collapse(el.textContent), address: address === '/' ? undefined : address, root: address === '/' }
    }).filter(level => level.name && !level.root && !HOME.test(level.name))
    if (levels.at(-1)?.name === title) levels.pop()
    if (levels.length) return levels.map(({ name, address }) => (address ? { name, address } : { name }))
  }
  if (category.selector) {
    const name = collapse(document.querySelector(category.selector)?.textContent)
    if (name) return [{ name }]
  }
  return category.name ? [{ name: category.name }] : []
}

const FONT_FAMILY = /font-family\s*:\s*([^;}"]+)/gi

function fontFacesOf(document: ReturnType<typeof parseHTML>['document'], parts: (Element | null)[]): string[] {
  const faces = new Set<string>()
  const add = (list: string) => {
    for (const face of list.split(',')) {
      const name = face.trim().replace(/^['"]|['"]$/g, '').trim()
      if (name) faces.add(name)
    }
  }
  const fromElement = (el: Element) => {
    for (const match of (el.getAttribute('style') ?? '').matchAll(FONT_FAMILY)) add(match[1]!)
    if (el.localName === 'font' && el.getAttribute('face')) add(el.getAttribute('face')!)
  }
  for (const part of parts) {
    if (!part) continue
    // The part itself, what it holds, and what it sits in (a <font> around the whole body).
    for (let el: Element | null = part; el; el = el.parentElement as Element | null) fromElement(el)
    for (const el of part.querySelectorAll('[style], font[face]')) fromElement(el)
  }
  // A stylesheet in the page that sets a legacy font for everything.
  for (const style of document.querySelectorAll('style')) for (const match of (style.textContent ?? '').matchAll(FONT_FAMILY)) add(match[1]!)
  return [...faces]
}

function removeComments(body: Element) {
  const walker = body.ownerDocument.createTreeWalker(body, 128 /* NodeFilter.SHOW_COMMENT */)
  const comments: ChildNode[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node as ChildNode)
  for (const comment of comments) comment.remove()
}

function carryImages(body: Element, rule: SiteRule, map: SiteMap, pageAddress: string, dir: string, problems: string[]): PageImage[] {
  const images: PageImage[] = []
  for (const img of body.querySelectorAll(rule.images ?? 'img')) {
    const src = img.getAttribute('src')
    if (!src) continue
    const found = resolveOnSite(src, pageAddress, map.origins, dir)
    if (!found) {
      problems.push(`image ${src} is on another site: left as it is`)
      continue
    }
    if (!found.savedPath) {
      problems.push(`image ${src} was not saved with the site: left as it is`)
      continue
    }
    // The body names the image by its address on the old site, the form the sink rewrites.
    img.setAttribute('src', found.address)
    images.push({ savedPath: found.savedPath, address: found.address, written: src, alt: img.getAttribute('alt') || undefined })
  }
  return images
}

function rewriteLinks(body: Element, map: SiteMap, pageAddress: string) {
  // "chi-tiet.aspx?id=46" means nothing on the new portal; "/tin-tuc/chi-tiet.aspx?id=46" is an
  // old address it answers with a redirect.
  for (const a of body.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!
    if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) && !map.origins.some(origin => href.startsWith(origin))) continue
    const found = resolveOnSite(href, pageAddress, map.origins)
    if (found) a.setAttribute('href', `${found.address}${new URL(href, 'http://x.invalid/').hash}`)
  }
}
