import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Day, RelationKind, Validity } from '../document.ts'
import { documentMessages } from '../messages.ts'

// Small pieces every view of the register shares: a calendar day, a validity badge, a relation's words.

/** A calendar day of the register ("2021-05-01") as the page's language writes a date. */
export const dayText = (locale: Locale, day: Day): string => locale.date(new Date(`${day}T12:00:00+07:00`))

export const validityText = (locale: Locale, validity: Validity): string => locale.t(documentMessages)(`validity.${validity}`)

/** No badge for a kind without validity (công văn, thông báo, báo cáo). */
export function validityBadge(locale: Locale, validity: Validity | null): SafeHtml | '' {
  return validity ? html`<span class="validity-badge validity-${validity}">${validityText(locale, validity)}</span>` : ''
}

export const relationText = (locale: Locale, kind: RelationKind, side: 'acting' | 'other'): string => locale.t(documentMessages)(`relation.${kind}.${side}`)

/** "1,2 MB", "350 KB": sizes as readers read them, in the page's number format. */
export function sizeText(locale: Locale, bytes: number): string {
  const t = locale.t(documentMessages)
  if (bytes >= 1024 * 1024) return t('megabytes', { size: Math.round((bytes / (1024 * 1024)) * 10) / 10 })
  if (bytes >= 1024) return t('kilobytes', { size: Math.round(bytes / 1024) })
  return t('bytes', { size: bytes })
}

/** "PDF", "DOCX": the type readers know, from the stored media type. */
export function fileTypeText(mediaType: string, fileName: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/msword': 'DOC',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/vnd.ms-excel': 'XLS',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
    'application/vnd.oasis.opendocument.text': 'ODT',
    'image/jpeg': 'JPG',
    'image/png': 'PNG',
  }
  return known[mediaType] ?? (fileName.includes('.') ? fileName.split('.').pop()!.toUpperCase() : mediaType)
}
