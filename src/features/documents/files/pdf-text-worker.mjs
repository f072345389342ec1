// Reads the text layer of one PDF, in a worker thread (file-text.ts starts it): pdf.js parses
// on the thread it runs on, and a 300-page decree must not hold the portal's event loop.
// Plain JavaScript, so that the built portal runs it as it is (copied beside the bundle).
import { readFile } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import { getDocumentProxy } from 'unpdf'

const { path, maxPages, maxChars } = workerData
try {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)), { isEvalSupported: false, verbosity: 0 })
  const pages = []
  let length = 0
  for (let n = 1; n <= Math.min(pdf.numPages, maxPages) && length < maxChars; n++) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('')
    pages.push(text)
    length += text.length
    page.cleanup()
  }
  await pdf.destroy()
  parentPort.postMessage({ text: pages.join('\n') })
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message || error) })
}
