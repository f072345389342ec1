import { readFileSync } from 'node:fs'

/** The portal's version (package.json), written into each backup's manifest. */
export function appVersion(): string {
  try {
    const text = readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')
    return String((JSON.parse(text) as { version?: string }).version ?? 'unknown')
  } catch {
    return 'unknown'
  }
}
