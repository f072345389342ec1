import { fileURLToPath } from 'node:url'

/**
 * The arguments that start one of the portal's entry points in a child process: through tsx from
 * the sources (`node --test` on a .ts file), or compiled, as `npm test` runs the tests
 * (compiled-tests.ts), where tsx would only slow every import.
 */
export function entryPoint(name: 'main' | 'cli'): string[] {
  const compiled = import.meta.url.endsWith('.js')
  const file = fileURLToPath(new URL(`../../src/${name}.${compiled ? 'js' : 'ts'}`, import.meta.url))
  return compiled ? [file] : ['--import', 'tsx', file]
}
