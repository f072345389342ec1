import { escapeText, foldLine } from '../../platform/text/content-lines.ts'
import type { ChartPerson } from './org-chart.ts'

// vCard 4.0 (RFC 6350), in the content-line format it shares with iCalendar (platform/text/content-lines.ts).

/** Vietnamese names are family name first: "Nguyễn Văn An" → family "Nguyễn", given "An", middle "Văn". */
function nameParts(name: string): { family: string; given: string; middle: string } {
  const words = name.trim().split(/\s+/)
  if (words.length < 2) return { family: '', given: name.trim(), middle: '' }
  return { family: words[0]!, given: words.at(-1)!, middle: words.slice(1, -1).join(' ') }
}

export function personVcard(p: ChartPerson, organisation: string, publicUrl: string): string {
  const n = nameParts(p.name)
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeText(p.name)}`,
    `N:${escapeText(n.family)};${escapeText(n.given)};${escapeText(n.middle)};;`,
    `TITLE:${escapeText(p.title.text)}`,
    // ORG's components are separated by ';', so each is escaped on its own.
    `ORG:${[organisation, p.unitName.text].filter(Boolean).map(escapeText).join(';')}`,
    ...(p.phone ? [`TEL;VALUE=uri;TYPE=work,voice:tel:${p.phone.replace(/[^0-9+]/g, '')}`] : []),
    ...(p.email ? [`EMAIL;TYPE=work:${escapeText(p.email)}`] : []),
    ...(p.photo ? [`PHOTO:${absolute(p.photo.src, publicUrl)}`] : []),
    `LANG:vi`,
    'END:VCARD',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

/** Media served by the portal has a path; from a CDN, a whole address already. */
export const absolute = (src: string, publicUrl: string): string => (src.startsWith('/') && !src.startsWith('//') ? publicUrl + src : src)
