/** The issuing bodies in tree order (each under its parent, indented by its depth), for a choice list. */
export function issuerTree<T extends { id: number; parentId: number | null }>(issuers: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(issuers.map((i) => i.id))
  const children = new Map<number | null, T[]>()
  for (const issuer of issuers) {
    // A parent that is not in the list (removed) leaves its children at the top.
    const parent = issuer.parentId !== null && ids.has(issuer.parentId) ? issuer.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), issuer])
  }
  const out: (T & { depth: number })[] = []
  const seen = new Set<number>()
  const walk = (parent: number | null, depth: number) => {
    for (const issuer of children.get(parent) ?? []) {
      if (seen.has(issuer.id)) continue
      seen.add(issuer.id)
      out.push({ ...issuer, depth })
      walk(issuer.id, depth + 1)
    }
  }
  walk(null, 0)
  // A cycle (a body made its own ancestor) still shows every body once.
  for (const issuer of issuers) if (!seen.has(issuer.id)) out.push({ ...issuer, depth: 0 })
  return out
}
