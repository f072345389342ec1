import { bytesToText } from '../../../platform/text/legacy/index.ts'

// A saved page is bytes: read them the way the old site told browsers to, by the charset in its
// <meta>. Windows-1258 keeps tone marks apart ("e" + U+0301) and is put together (NFC) here; pages
// in TCVN3 or VNI usually declared a western charset and set a `.VnTime` font, and are handed
// over as that reading gives them, for the import sink to convert (it reads textHints).

export interface PageText {
  html: string
  /** The charset the page declared, lower-cased, when it declared one. */
  declaredCharset?: string
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i

export function decodePage(bytes: Uint8Array): PageText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)) }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const declaredCharset = META_CHARSET.exec(head)?.[1]?.toLowerCase()
  let html: string
  try {
    // A page that says UTF-8 but holds other bytes (an old article pasted into a new template)
    // is read line by line below, not turned into replacement characters.
    const charset = declaredCharset ?? 'utf-8'
    html = new TextDecoder(charset, { fatal: /^utf-?8$/.test(charset) }).decode(bytes)
  } catch {
    // A charset no browser knows ("tcvn3", "x-viet-vni") or undeclared bytes that are not UTF-8:
    // one character a byte, as the legacy converters expect.
    html = bytesToText(bytes)
  }
  if (declaredCharset === 'windows-1258' || declaredCharset === 'cp1258') html = html.normalize('NFC')
  return declaredCharset ? { html, declaredCharset } : { html }
}
