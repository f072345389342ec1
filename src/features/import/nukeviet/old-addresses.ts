// The addresses a NukeViet 4 site answered, relative to its root: each page both with URL
// rewriting on (`/news/tin-tuc/hoi-nghi-12.html`) and off (`/index.php?language=vi&nv=news&op=…`),
// since sites switched it on over the years and both forms are linked from outside.

export interface SiteForm {
  lang: string
}

function both(site: SiteForm, module: string, op: string | undefined, rewritten: string): string[] {
  const query = `/index.php?language=${site.lang}&nv=${module}${op === undefined ? '' : `&op=${op}`}`
  return [rewritten, query]
}

export function newsCategoryAddresses(site: SiteForm, module: string, catAlias: string): string[] {
  return both(site, module, catAlias, `/${module}/${catAlias}/`)
}

export function newsArticleAddresses(site: SiteForm, module: string, catAliases: string[], alias: string, id: string): string[] {
  return catAliases.flatMap((cat) => both(site, module, `${cat}/${alias}-${id}`, `/${module}/${cat}/${alias}-${id}.html`))
}

export function newsTagAddresses(site: SiteForm, module: string, tagAlias: string): string[] {
  return both(site, module, `tag/${tagAlias}`, `/${module}/tag/${tagAlias}`)
}

export function pageAddresses(site: SiteForm, module: string, alias: string): string[] {
  return both(site, module, alias, `/${module}/${alias}.html`)
}

export function lawAddresses(site: SiteForm, module: string, alias: string): string[] {
  return both(site, module, `detail/${alias}`, `/${module}/detail/${alias}.html`)
}

/** NukeViet's FAQ has no page per question: its sitemap names each by the category and `question-<id>`. */
export function questionAddresses(site: SiteForm, module: string, catAlias: string | undefined, id: string): string[] {
  const op = `${catAlias ? `${catAlias}/` : ''}question-${id}`
  return [...both(site, module, op, `/${module}/${op}/`), `/${module}/${op}.html`]
}
