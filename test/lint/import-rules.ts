import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

/**
 * The dependency rules of docs/decisions/0034-import-rules-checked-by-our-own-script.md,
 * checked on the source itself: the TypeScript parser reads each file's import specifiers, so a
 * rule sees `import`, `export … from`, `import type`, `import('…')` and `typeof import('…')` alike.
 */

/** One import of one file, resolved to a path relative to the checked root (with `/`). */
export interface ImportEdge {
  from: string
  to: string
  line: number
  /** `import type`, `{ type A }` only, `import('…').T`: gone once compiled, so no load order. */
  typeOnly: boolean
}

export interface Violation {
  file: string
  line: number
  message: string
}

/** Every import between files of `root`/src; packages and node: built-ins are left out. */
export function readImports(root: string): ImportEdge[] {
  const edges: ImportEdge[] = []
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8')
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
    for (const { specifier, typeOnly } of importSpecifiers(source)) {
      if (!specifier.text.startsWith('.')) continue
      const line = source.getLineAndCharacterOfPosition(specifier.getStart(source)).line + 1
      edges.push({ from: posix(relative(root, file)), to: posix(relative(root, resolve(dirname(file), specifier.text))), line, typeOnly })
    }
  }
  return edges
}

export function checkImports(root: string): Violation[] {
  const edges = readImports(root)
  return [...edges.flatMap(boundaryViolation), ...cycles(edges.filter((edge) => !edge.typeOnly))]
}

function boundaryViolation(edge: ImportEdge): Violation[] {
  const { from, to } = edge
  const fail = (message: string) => [{ file: from, line: edge.line, message: `${message} (imports ${to})` }]
  if (to.startsWith('bench/')) return fail('src/ never imports bench/')
  if (from.startsWith('src/platform/') && to.startsWith('src/features/')) return fail('platform/ never imports features/')
  if (from.startsWith('src/migrations/') && to.startsWith('src/features/')) return fail('a migration never imports feature code')
  const fromFeature = featureOf(from)
  const toFeature = featureOf(to)
  if (fromFeature && toFeature && fromFeature !== toFeature && to !== `src/features/${toFeature}/index.ts`) {
    return fail(`a feature uses another only through its index.ts: import src/features/${toFeature}/index.ts`)
  }
  return []
}

const featureOf = (path: string) => /^src\/features\/([^/]+)\//.exec(path)?.[1]

/**
 * Each import cycle once (Tarjan's strongly connected components), shown as one loop through it:
 * in a cycle, the order modules happen to load in decides what a module sees of the others at
 * its top level. Imports of types only are left out: they are erased before anything loads.
 */
function cycles(edges: ImportEdge[]): Violation[] {
  const next = new Map<string, ImportEdge[]>()
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge])
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: Violation[] = []
  const visit = (file: string) => {
    index.set(file, index.size)
    low.set(file, index.get(file)!)
    stack.push(file)
    onStack.add(file)
    for (const { to } of next.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(file, Math.min(low.get(file)!, low.get(to)!))
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!))
      }
    }
    if (low.get(file) !== index.get(file)) return
    const component = new Set<string>()
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.add(member)
    } while (member !== file)
    const loop = loopThrough(file, component, next)
    if (loop) found.push({ file, line: loop[0]!.line, message: `import cycle: ${[file, ...loop.map((e) => e.to)].join(' → ')}` })
  }
  for (const file of [...next.keys()].sort()) if (!index.has(file)) visit(file)
  return found
}

/** A shortest path of imports from `start` back to itself, inside its component. */
function loopThrough(start: string, component: Set<string>, next: Map<string, ImportEdge[]>): ImportEdge[] | undefined {
  const cameBy = new Map<string, ImportEdge>()
  const queue = [start]
  for (const file of queue) {
    for (const edge of next.get(file) ?? []) {
      if (!component.has(edge.to) || cameBy.has(edge.to)) continue
      cameBy.set(edge.to, edge)
      if (edge.to === start) {
        const path = [edge]
        while (path[0]!.from !== start) path.unshift(cameBy.get(path[0]!.from)!)
        return path
      }
      queue.push(edge.to)
    }
  }
  return undefined
}

interface Specifier {
  specifier: ts.StringLiteralLike
  typeOnly: boolean
}

function importSpecifiers(source: ts.SourceFile): Specifier[] {
  const found: Specifier[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier, typeOnly: isTypeOnly(node) })
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments
      if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument, typeOnly: false })
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteralLike(node.argument.literal)) {
      found.push({ specifier: node.argument.literal, typeOnly: true })
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteralLike(node.moduleReference.expression)) {
      found.push({ specifier: node.moduleReference.expression, typeOnly: node.isTypeOnly })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** `import type …`, `export type …`, or named imports/exports that are each marked `type`. */
function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    return node.isTypeOnly || (!!node.exportClause && ts.isNamedExports(node.exportClause) &&
      node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly))
  }
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  return !clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
    clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

const posix = (path: string) => path.split(sep).join('/')
