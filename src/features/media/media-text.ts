import { ValidationError } from '../../platform/http/errors.ts'
import { once } from '../../platform/http/request-schemas.ts'
import type { MediaTextForm } from './media.schemas.ts'
import { ALT_MAX, CAPTION_MAX } from './media.ts'

export interface MediaText {
  alt: string
  caption: string
}

// Control characters other than line breaks never belong in text shown on a page.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g

const clean = (value: MediaTextForm['alt']): string => once(value)?.normalize('NFC').replace(CONTROL, '').trim() ?? ''

/** The alt text and caption as typed, checked; either may be empty. */
export function parseMediaText(fields: MediaTextForm): MediaText {
  const alt = clean(fields.alt).replace(/\s+/g, ' ')
  const caption = clean(fields.caption).replace(/\r\n?/g, '\n')
  const errors: Record<string, string> = {}
  if (alt.length > ALT_MAX) errors.alt = `Lời mô tả ảnh không được dài quá ${ALT_MAX} ký tự.`
  if (caption.length > CAPTION_MAX) errors.caption = `Chú thích không được dài quá ${CAPTION_MAX} ký tự.`
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { alt, caption }
}

/** The uploader's file name, for display only: no folders, no control characters, NFC. */
export function displayFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? ''
  return base.replace(CONTROL, '').replace(/\s+/g, ' ').trim().slice(0, 200)
}
