/**
 * A glob over a saved file's path: `**` any folders, `*` any name part, `?` one character,
 * `{a,b}` either. Matched against the whole path.
 */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!
    if (char === '*' && glob[i + 1] === '*') {
      // "**/" also matches no folder at all.
      if (glob[i + 2] === '/') { source += '(?:.*/)?'; i += 2 } else { source += '.*'; i += 1 }
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '{') { braces++; source += '(?:' }
    else if (char === '}' && braces > 0) { braces--; source += ')' }
    else if (char === ',' && braces > 0) source += '|'
    else source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
  if (braces > 0) throw new Error(`unclosed "{" in "${glob}"`)
  return new RegExp(`^${source}$`)
}
