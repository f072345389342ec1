// Old addresses, as the old site answered them, relative to its root: "/?p=12", "/2021/01/ten-bai/",
// "/category/tin-tuc/hoat-dong/". The root is the WXR's base_blog_url (where posts live; a blog in
// a subfolder has /blog there) or else its base_site_url or the channel's <link>; a URL on another
// host is not the site's and gives no address.

export class SiteAddresses {
  private roots: URL[] = []

  addRoot(url: string): void {
    const root = parse(url)
    if (!root) return
    if (!root.pathname.endsWith('/')) root.pathname += '/'
    if (this.roots.some((r) => r.href === root.href)) return
    this.roots.push(root)
    // The longest root first: a post at /blog/x/ is /x/ on a blog rooted at /blog/.
    this.roots.sort((a, b) => b.pathname.length - a.pathname.length)
  }

  /** The path and query of a URL of this site, from its root; undefined for another site's. */
  relative(url: string): string | undefined {
    const trimmed = url.trim()
    if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return normalise(trimmed)
    const target = parse(trimmed)
    if (!target) return undefined
    if (this.roots.length === 0) return normalise(target.pathname + target.search)
    for (const root of this.roots) {
      if (hostOf(root) !== hostOf(target)) continue
      if (!target.pathname.startsWith(root.pathname)) continue
      return normalise(`/${target.pathname.slice(root.pathname.length)}${target.search}`)
    }
    return undefined
  }

  /** True when the URL is on this site (or no root is known). */
  isOwn(url: string): boolean {
    return this.relative(url) !== undefined
  }
}

const parse = (url: string): URL | undefined => {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined
  } catch {
    return undefined
  }
}
// http and https, with or without www., are the same site as far as old links go.
const hostOf = (url: URL) => url.host.toLowerCase().replace(/^www\./, '')
// Browsers send percent escapes in capitals; WordPress writes them in small letters.
const normalise = (path: string) => path.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase())

/** "?p=12" forms of the item's id that WordPress always answers. */
export function idAddresses(postId: string, type: 'post' | 'page'): string[] {
  return type === 'page' ? [`/?page_id=${postId}`, `/?p=${postId}`] : [`/?p=${postId}`]
}

export const unique = (list: (string | undefined)[]): string[] => [...new Set(list.filter((a): a is string => !!a))]
