import { existsSync, statSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, sep } from 'node:path'

// A site saved by `wget --mirror`: one file an address. wget writes "chi-tiet.aspx?id=45" as
// "chi-tiet.aspx?id=45" (or "chi-tiet.aspx@id=45" with --restrict-file-names=windows), adds
// ".html" to dynamic pages with --adjust-extension, and saves "/tin-tuc/" as "tin-tuc/index.html".

const DYNAMIC = /\.(?:aspx?|php\d?|jspx?|cfm|do|cgi|pl|html?|shtml)$/i
const PAGE_LIKE = /\.(?:aspx?|php\d?|jspx?|cfm|do|cgi|pl|html?|shtml|xhtml)$/i

/** Every file under DIR, as paths relative to it with "/" between folders, sorted (so runs agree). */
export async function listSavedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name).slice(dir.length).replace(/^[\\/]+/, '').split(sep).join('/'))
    .sort()
}

function splitQuery(name: string): { name: string; query?: string } {
  let at = name.indexOf('?')
  if (at < 0) {
    at = name.indexOf('@')
    // "@" stands for "?" only before a query ("@id=45"), not in a name such as "logo@2x.png".
    if (at >= 0 && !name.slice(at + 1).includes('=')) at = -1
  }
  return at < 0 ? { name } : { name: name.slice(0, at), query: name.slice(at + 1) }
}

/** The addresses the old site answered for a saved page: "/tin-tuc/chi-tiet.aspx?id=45", "/gioi-thieu/". */
export function addressesOfSavedPage(savedPath: string): string[] {
  const folders = savedPath.split('/')
  const split = splitQuery(folders.pop()!)
  let { name } = split
  let query = split.query
  if (query !== undefined && /\.html?$/i.test(query)) query = query.replace(/\.html?$/i, '')
  else if (query === undefined && DYNAMIC.test(name.replace(/\.html?$/i, '')) && /\.html?$/i.test(name)) name = name.replace(/\.html?$/i, '')
  const folder = `/${folders.map(f => `${f}/`).join('')}`
  if (query === undefined && /^index\.html?$/i.test(name)) return [asServed(folder), asServed(`${folder}${name}`)]
  return [asServed(`${folder}${name}${query !== undefined ? `?${query}` : ''}`)]
}

/** As a request names it: "/tin-tức/" is "/tin-t%E1%BB%A9c/", the form links on the pages resolve to. */
function asServed(address: string): string {
  const url = new URL(address, 'http://saved-site.invalid')
  return `${url.pathname}${url.search}`
}

/** True for files that are pages of the site rather than its images, styles and scripts. */
export function isPageLike(savedPath: string): boolean {
  const name = splitQuery(savedPath.split('/').pop()!).name
  return PAGE_LIKE.test(name) || !/\.[a-z0-9]{1,5}$/i.test(name)
}

export interface SiteAddress {
  /** Path and query on the old site: "/Uploads/2021/anh%201.jpg". */
  address: string
  /** The saved file for it, relative to DIR, when it was saved. */
  savedPath?: string
}

/**
 * Where a link on a page points, when it is the old site's own: relative links, "/…" links, and
 * absolute links to one of the map's `site` origins. Undefined for other sites (and mailto: …).
 */
export function resolveOnSite(href: string, pageAddress: string, origins: string[], dir?: string): SiteAddress | undefined {
  const base = 'http://saved-site.invalid'
  let url: URL
  try {
    url = new URL(href.trim(), `${origins[0] ?? base}${pageAddress}`)
  } catch {
    return undefined
  }
  if (url.origin !== base && !origins.includes(url.origin)) return undefined
  const address = `${url.pathname}${url.search}`
  return { address, savedPath: dir === undefined ? undefined : findSaved(dir, url) }
}

function findSaved(dir: string, url: URL): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    path = url.pathname
  }
  const query = url.search.slice(1)
  const forms = query
    ? [`${path}?${query}`, `${path}@${query}`, `${path}?${query}.html`, `${path}@${query}.html`]
    : path.endsWith('/') ? [`${path}index.html`, `${path}index.htm`] : [path, url.pathname]
  for (const form of forms) {
    const relative = form.replace(/^\/+/, '')
    if (relative && !relative.split('/').includes('..') && existsSync(join(dir, relative)) && statSync(join(dir, relative)).isFile()) return relative
  }
  return undefined
}
