import { existsSync, mkdirSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { TEST_PASSWORD } from './newsroom.ts'

// Debian's Chromium, never a downloaded one. CI installs it (see .ci/run); a missing browser
// fails the suite with this message rather than skipping its tests.
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const SCREENSHOTS = new URL('../../test-results/', import.meta.url)

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  mkdirSync(SCREENSHOTS, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export function screenshotPath(name: string): string {
  return new URL(`${name}.png`, SCREENSHOTS).pathname
}

/** Signs in through the newsroom's form as a person would (labels, button); resolves on the dashboard. */
export async function signInThroughForm(page: Page, base: string, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.goto(base + '/toa-soan')
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(base + '/toa-soan')
}
