/** A Content-Security-Policy header by directive: "a b; c d" → { a: ['b'], c: ['d'] }. */
export function directivesOf(header: string): Record<string, string[]> {
  return Object.fromEntries(header.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]))
}
