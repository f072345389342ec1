import { launchBrowser } from './test/support/browser.ts'
const browser = await launchBrowser()
const page = await browser.newPage({ viewport: { width: 900, height: 1200 } })
await page.goto('file:///tmp/pdfp/small.pdf#page=3').catch((e) => console.log('goto', e.message))
await page.waitForTimeout(3000)
await page.screenshot({ path: '/tmp/pdfp/small3.png' })
await browser.close()
