// How long a title and a description show in a search result or a shared link, near enough;
// the page (views/seo-preview.view.ts) and its script cut them the same way.
export const SEO_TITLE_CHARS = 60
export const SEO_DESCRIPTION_CHARS = 160
export const SHARE_TITLE_CHARS = 100
export const SHARE_DESCRIPTION_CHARS = 120

export function shortened(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`
}
