import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** axe-core's whole default rule set (WCAG 2.1 A and AA and best practices) on the page as shown. */
export async function axeViolations(page: Page, within = 'html'): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) does not apply.
  await page.evaluate(AXE)
  const { violations, passes } = await page.evaluate(async (context) => {
    const results = await (globalThis as unknown as { axe: { run(context: string): Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe.run(context)
    return { violations: results.violations as AxeViolation[], passes: results.passes.length }
  }, within)
  // An empty list must mean "checked and found nothing", not "never ran".
  assert.ok(passes >= 10, `axe ran its rules (${passes} passed)`)
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
