import { ValidationError } from '../../platform/http/errors.ts'
import { once } from '../../platform/http/request-schemas.ts'
import type { MediaTextForm } from './media.schemas.ts'
import { ALT_MAX, CAPTION_MAX, type Focus } from './media.ts'

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

/**
 * The focal point as typed (or set by clicking the picture): two whole percentages from 0 to
 * 100. A form without the fields keeps the point it had.
 */
export function parseMediaFocus(fields: MediaTextForm, current: Focus): Focus {
  const read = (name: 'focusX' | 'focusY', label: string, errors: Record<string, string>, kept: number): number => {
    const raw = once(fields[name])?.trim().replace(',', '.')
    if (raw === undefined || raw === '') return kept
    const value = Number(raw)
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      errors[name] = `${label} phải là một số từ 0 đến 100.`
      return kept
    }
    return Math.round(value)
  }
  const errors: Record<string, string> = {}
  const focus = { x: read('focusX', 'Điểm nhìn theo chiều ngang', errors, current.x), y: read('focusY', 'Điểm nhìn theo chiều dọc', errors, current.y) }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return focus
}

/** The uploader's file name, for display only: no folders, no control characters, NFC. */
export function displayFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? ''
  return base.replace(CONTROL, '').replace(/\s+/g, ' ').trim().slice(0, 200)
}
