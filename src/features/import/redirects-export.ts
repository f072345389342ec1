import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import type { Db } from '../../platform/db/connect.ts'
import type { OldAddresses } from './old-addresses.ts'

// `npm run toasoan -- redirects export`: every old address and where it leads now, for sites
// that want the proxy in front to answer them, or a record of the move. Old addresses that lead
// to nothing published now are left out (the portal would not redirect them either).

const PAGE = 1000

export interface RedirectsFiles {
  csv: string
  nginx: string
}

export async function exportRedirects(db: Db, addresses: OldAddresses, files: RedirectsFiles): Promise<{ written: number; unresolved: number; files: string[] }> {
  const csv = createWriteStream(files.csv)
  const nginx = createWriteStream(files.nginx)
  let written = 0
  let unresolved = 0
  // A BOM, so Excel reads the Vietnamese paths as UTF-8.
  await write(csv, '\uFEFFold_address,new_address\r\n')
  await write(nginx, [
    '# Old addresses of the site before Tòa Soạn, and where they lead now (npm run toasoan -- redirects export).',
    '# In http {}: include this file. In the server {} block: if ($toasoan_redirect) { return 301 $toasoan_redirect; }',
    '# nginx compares the request as sent: the portal itself also answers the forms written differently',
    '# (another case, a trailing slash, parameters in another order).',
    'map $request_uri $toasoan_redirect {',
    '    default "";',
    '',
  ].join('\n'))
  for (let after = ''; ;) {
    const rows = await db.selectFrom('old_addresses').select('address').where('address', '>', after).orderBy('address').limit(PAGE).execute()
    if (rows.length === 0) break
    after = rows.at(-1)!.address
    for (const { address } of rows) {
      const to = await addresses.whereIs(address)
      if (to === undefined) {
        unresolved++
        continue
      }
      written++
      await write(csv, `${csvCell(address)},${csvCell(to)}\r\n`)
      for (const form of nginxForms(address)) await write(nginx, `    ${nginxString(form)} ${nginxString(encodeURI(to))};\n`)
    }
  }
  await write(nginx, '}\n')
  csv.end()
  nginx.end()
  await Promise.all([once(csv, 'finish'), once(nginx, 'finish')])
  return { written, unresolved, files: [files.csv, files.nginx] }
}

/** As browsers send it (percent-encoded), with and without the trailing slash WordPress used. */
function nginxForms(address: string): string[] {
  const [path, query] = address.split('?') as [string, string | undefined]
  const encoded = encodeURI(path)
  const q = query === undefined ? '' : `?${query}`
  return path === '/' ? [`${encoded}${q}`] : [`${encoded}${q}`, `${encoded}/${q}`]
}

function nginxString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\$/g, '\\$')}"`
}

/** Quoted, and a cell a spreadsheet would run as a formula is made text. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}
