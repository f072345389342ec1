import { createHash } from 'node:crypto'
import { fold } from '../../platform/text/vietnamese.ts'

// Comments are plain text: stored as NFC, shown escaped with their line breaks.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g

export function cleanCommentText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '')
    .split('\n').map((line) => line.trimEnd()).join('\n')
    .replace(/\n{3,}/g, '\n\n').trim()
}

export function cleanLine(text: string): string {
  return text.normalize('NFC').replace(CONTROL, '').replace(/\s+/g, ' ').trim()
}

/** http(s) addresses and www. ones: what a reader would take for a link. */
export const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0
}

/** The same words, whatever the tones, case or spacing: what "the same text" means for duplicates. */
export function bodyKey(text: string): string {
  return createHash('sha256').update(fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).digest('hex')
}

export function searchText(name: string, email: string, body: string): string {
  return fold(`${name} ${email} ${body}`).replace(/\s+/g, ' ')
}

/** Text and link parts, for a comment whose links a moderator allowed. */
export function splitLinks(text: string): { text: string; href?: string }[] {
  const parts: { text: string; href?: string }[] = []
  let last = 0
  for (const match of text.matchAll(LINK)) {
    // A sentence's full stop or closing bracket is not part of the address.
    const url = match[0].replace(/[.,;:!?)\]]+$/, '')
    const start = match.index
    if (start > last) parts.push({ text: text.slice(last, start) })
    parts.push({ text: url, href: url.startsWith('www.') ? `http://${url}` : url })
    last = start + url.length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}
