import { isElement, parseBody, textOf, type BodyNode } from '../articles/index.ts'
import { bylineAuthors, displayName } from './author-names.ts'

// What one article earns its authors on the royalty sheet (decision record 0060):
// - bài or tin: an article is tin (short news) when its body has fewer words than the sheet's
//   threshold (tin_max_words), else bài; each author of the byline is credited with it.
// - ảnh: each image of the body and the featured (lead) image. An image whose caption credits
//   someone ("Ảnh: Minh Anh") counts for that name; an uncredited one counts for the byline's
//   authors when the byline says they took the pictures (its kind holds "ảnh": "Bài và ảnh",
//   "Ảnh"), else for no one (a picture from the archive or an agency is not a royalty).
// - an article reprinted from elsewhere (byline kind "Theo": "Theo Báo Nhân Dân") earns nothing:
//   its byline names a source, not one of the portal's writers.

export interface CreditedArticle {
  bylineKind: string
  bylineName: string
  bodyHtml: string
  leadImageUrl: string | null
  leadImageCaption: string
}

export interface ArticleCredits {
  authors: string[]
  isShort: boolean
  /** Reprinted ("Theo …"): counted among the articles, never on the royalty sheet. */
  reprinted: boolean
  /** Photos per credited name (as spelt in the article; the resolver merges them). */
  photos: Map<string, number>
}

const PHOTO_CREDIT = /(?:^|[\s(\u2013\u2014-])(?:ảnh|Ảnh|ẢNH)\s*:\s*([^.;()\n]+)/u

/** The name a caption credits the picture to ("… (Ảnh: Lê Hải)" → "Lê Hải"), if any. */
export function photoCredit(caption: string): string | undefined {
  const match = PHOTO_CREDIT.exec(displayName(caption))
  const name = match ? displayName(match[1]!) : ''
  return name || undefined
}

/**
 * The body's words (Vietnamese syllables), as runs between spaces once the tags are gone. A
 * character loop: over a year's articles a regular expression per word cost seconds (bench/reports.ts).
 */
export function wordCount(bodyHtml: string): number {
  const text = bodyHtml.replace(/<[^>]*>|&nbsp;|&#160;/g, ' ')
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** Every image of the body with its caption (a figure's figcaption; '' for a bare img). */
function bodyImages(nodes: readonly BodyNode[], caption = ''): string[] {
  const out: string[] = []
  for (const node of nodes) {
    if (!isElement(node)) continue
    if (node.tag === 'img') out.push(caption)
    else if (node.tag === 'figure') {
      const figcaption = node.children.find((c) => isElement(c, 'figcaption'))
      out.push(...bodyImages(node.children, figcaption ? textOf(figcaption) : caption))
    } else out.push(...bodyImages(node.children, caption))
  }
  return out
}

export function creditsOf(article: CreditedArticle, tinMaxWords: number): ArticleCredits {
  const authors = bylineAuthors(article.bylineName)
  const takesPictures = /ảnh/iu.test(displayName(article.bylineKind))
  const captions = bodyImages(parseBody(article.bodyHtml))
  if (article.leadImageUrl) captions.push(article.leadImageCaption)
  const photos = new Map<string, number>()
  for (const caption of captions) {
    const credited = photoCredit(caption)
    const names = credited ? [credited] : takesPictures ? authors : []
    for (const name of names) photos.set(name, (photos.get(name) ?? 0) + 1)
  }
  const reprinted = /^theo(?![\p{L}])/iu.test(displayName(article.bylineKind))
  return { authors, isShort: wordCount(article.bodyHtml) < tinMaxWords, photos: reprinted ? new Map() : photos, reprinted }
}
